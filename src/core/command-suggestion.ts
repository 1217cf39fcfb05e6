import { ALL_COMMANDS, COMMANDS, commandWordOf, type StudentCommand } from "./commands.js";
import { staffActor } from "./flows/staff/staff-access.js";
import { ADMIN_COMMANDS, TEACHER_COMMANDS } from "./flows/staff/staff-command-names.js";
import type { FlowContext } from "./flows/flow.js";
import { MAX_ID_LENGTH } from "./flows/typed-id.js";
import { looksLikePassword } from "./looks-like-password.js";
import { staffCommandWithoutSlash } from "./staff-command-without-slash.js";

/**
 * How many single-letter edits turn `a` into `b`: a letter added, dropped or changed, or two neighbours
 * swapped ("strat" → "start" is one). The restricted Damerau-Levenshtein distance (optimal string
 * alignment), which is all a typo in a command word needs.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const above = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}

/** Shorter words than this are not read as a try at any command ("/a", "/ok"). */
const MIN_LETTERS = 3;
/**
 * Up to this many letters, one edit at most: two edits turn many short words into a command ("dance" is
 * two from "cancel"); longer ones may have two ("tsrat" is two from "start").
 */
const SHORT_WORD = 5;

/** The command of `commands` nearest to `typed`, and how many edits away (see nearestCommand). */
function nearestMatch(
  typed: string,
  commands: readonly string[],
): { command: string; distance: number } | null {
  const word = typed.toLowerCase();
  if (word.length < MIN_LETTERS) return null;
  const most = word.length <= SHORT_WORD ? 1 : 2;
  let best: { command: string; distance: number } | null = null;
  for (const command of commands) {
    // Lengths alone tell the distance is too big: no need to count it.
    if (Math.abs(command.length - word.length) > most) continue;
    const distance = editDistance(word, command);
    if (distance <= most && (best === null || distance < best.distance)) best = { command, distance };
  }
  return best;
}

/**
 * The command of `commands` that `typed` most likely meant: the nearest within one edit (two for a word of
 * more than five letters), the first of the list on a tie; null when none is that near (random text).
 */
export function nearestCommand(typed: string, commands: readonly string[]): string | null {
  return nearestMatch(typed, commands)?.command ?? null;
}

/**
 * Words children type for a student command that no spelling brings near it: "/lang", Malay "/bahasa"
 * (language), "/mula" (start), "/lupa" (forgot), "/forgot", "/password".
 */
const OTHER_WORDS: Readonly<Record<string, StudentCommand>> = {
  lang: "language",
  bahasa: "language",
  mula: "start",
  lupa: "reset",
  forgot: "reset",
  password: "reset",
};

/**
 * Whether `typed` (a word without its "/") is a try at one of `commands`: a typo of one (nearestCommand), or
 * a word children type for a student command (OTHER_WORDS). Asks nothing of the directory.
 */
export function triesCommand(typed: string, commands: readonly string[]): boolean {
  return OTHER_WORDS[typed.toLowerCase()] !== undefined || nearestCommand(typed, commands) !== null;
}

/**
 * A mistyped command ("/covrage 4A", "/langauge"): a "/word" that tries one of the commands, a student's or
 * staff's (triesCommand, from the text alone), alone or with one short word after it shaped like a user ID
 * or a class, not like a password. Its slash makes a long word password-shaped (looksLikePassword), but it
 * is no password: it is answered "Did you mean...?" and stays in the chat, at a user-ID prompt as with
 * nothing open. Anything else after it may be a password the words after it do not show on their own (one
 * of words, of digits, of small letters: "/covrage mango tiger cloud 47"), and nothing at all after a word
 * for forgetting a password ("/password 12345678", "/lupa iloveyou"): the whole line is then read as it is
 * typed, and a password-shaped one is still deleted, as are "/Garden-Lamp-21" (no command) and
 * "/covrage Garden-Lamp-21".
 */
export function isMistypedCommand(text: string): boolean {
  const word = commandWordOf(text);
  if (word === null || ALL_COMMANDS.includes(word) || !triesCommand(word, ALL_COMMANDS)) return false;
  const after = wordsAfterCommand(text);
  if (after === "") return true;
  if (OTHER_WORDS[word.toLowerCase()] === "reset") return false;
  return ONE_SHORT_WORD.test(after) && !looksLikePassword(after);
}

/** One word no longer than a user ID may be ("4A", "S1001", "P4-Courage"). */
const ONE_SHORT_WORD = new RegExp(`^\\S{1,${MAX_ID_LENGTH}}$`, "u");

/** What follows the command word ("4A" in "/covrage 4A"); "" when nothing does. */
function wordsAfterCommand(typed: string | undefined): string {
  return /^\S+\s+(.+)$/su.exec(typed?.trim() ?? "")?.[1] ?? "";
}

/**
 * The command a mistyped one (`typed`, the word after "/") most likely meant, among those the writer may use:
 * the students' commands, and a teacher's or an admin's own only when such an account is linked to this chat
 * (asked of the directory only when a staff command is at least as near). On a tie, a staff member's own
 * command wins: an admin's "/stat" is /stats, a child's /start. Null when none is near.
 */
export async function suggestCommand(ctx: FlowContext, typed: string): Promise<string | null> {
  const meant = OTHER_WORDS[typed.toLowerCase()];
  if (meant !== undefined) return meant;
  const students = nearestMatch(typed, COMMANDS);
  const staff = nearestMatch(typed, [...TEACHER_COMMANDS, ...ADMIN_COMMANDS]);
  if (staff === null || (students !== null && students.distance < staff.distance))
    return students?.command ?? null;
  const actor = await staffActor(ctx).catch(() => null);
  if (actor === null) return students?.command ?? null;
  const own = nearestMatch(
    typed,
    actor.role === "admin" ? [...TEACHER_COMMANDS, ...ADMIN_COMMANDS] : TEACHER_COMMANDS,
  );
  if (own === null || (students !== null && students.distance < own.distance))
    return students?.command ?? null;
  return own.command;
}

/** The staff commands that act on one ID or class typed after them ("/coverage 4A"); /stats and /export take none. */
const TAKES_AN_ID_OR_CLASS: readonly string[] = [...TEACHER_COMMANDS, "audit"];

/**
 * The suggested command as it is to be typed again: with the one user ID or class that followed the mistyped
 * word ("/covrage 4A": "coverage 4A"), as "coverage 4A" without its slash would be read (one word with a
 * digit), so a busy teacher loses nothing she typed right. Never anything that looks like a password (a
 * pupil's read out, or her own), nor words, which may be one written as words or a child's name: the
 * command alone then, as for a student's command, which takes nothing after it.
 */
export function suggestionToType(near: string, typed: string | undefined): string {
  if (!TAKES_AN_ID_OR_CLASS.includes(near)) return near;
  const after = wordsAfterCommand(typed);
  if (after === "" || looksLikePassword(after)) return near;
  const read = staffCommandWithoutSlash(`${near} ${after}`);
  return read === null ? near : `${near} ${read.argument}`;
}
