import { MAX_GRADE } from "./flesch-kincaid.js";
import { MIN_WORDS, tooHard, type Measured } from "./student-messages.js";

/** The table (key, words, grade; hardest first), the maximum, and what is wrong if anything is. */
export function formatReport(rows: readonly Measured[]): { text: string; passed: boolean } {
  const keyWidth = Math.max(...rows.map((row) => row.key.length), 3);
  const lines = [`${"key".padEnd(keyWidth)}  words  grade`];
  for (const row of rows) {
    const mark = row.grade > MAX_GRADE ? `  <- above grade ${MAX_GRADE}` : "";
    lines.push(
      `${row.key.padEnd(keyWidth)}  ${String(row.words).padStart(5)}  ${row.grade.toFixed(1).padStart(5)}${mark}`,
    );
  }
  const hardest = rows[0];
  lines.push(
    "",
    hardest === undefined
      ? "no messages measured"
      : `${rows.length} messages of ${MIN_WORDS}+ words measured; ` +
          `maximum grade ${hardest.grade.toFixed(1)} (${hardest.key}); limit ${MAX_GRADE}`,
  );
  const failing = tooHard(rows);
  if (failing.length > 0) {
    lines.push(
      `${failing.length} message(s) above grade ${MAX_GRADE}: use shorter sentences and everyday words.`,
    );
  }
  return { text: lines.join("\n"), passed: failing.length === 0 };
}
