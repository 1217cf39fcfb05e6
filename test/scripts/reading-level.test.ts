import { describe, expect, it } from "vitest";
import { countText, fleschKincaidGrade, MAX_GRADE } from "../../scripts/reading-level/flesch-kincaid.js";
import {
  isStudentMessage,
  measure,
  studentMessages,
  tooHard,
} from "../../scripts/reading-level/student-messages.js";
import { formatReport } from "../../scripts/reading-level/report.js";

describe("Flesch–Kincaid grade", () => {
  it("gives the textbook grade for two sentences whose counts are known", () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59
    expect(countText("The cat sat on the mat.")).toEqual({ words: 6, sentences: 1, syllables: 6 });
    expect(fleschKincaidGrade("The cat sat on the mat.")).toBeCloseTo(-1.45, 2);
    // 10 words, 1 sentence, 13 syllables (chil-dren, gar-den, af-ter): 0.39 × 10 + 11.8 × 1.3 − 15.59
    const garden = "Children like to play games in the garden after school.";
    expect(countText(garden)).toEqual({ words: 10, sentences: 1, syllables: 13 });
    expect(fleschKincaidGrade(garden)).toBeCloseTo(3.65, 2);
  });

  it("reads a bot message as a child meets it: lines are sentences, /commands and numbers are words", () => {
    expect(countText("Question 2 of 3:\nType /reset now")).toEqual({ words: 7, sentences: 2, syllables: 9 });
    expect(countText("/setup – set up your questions.")).toEqual({ words: 5, sentences: 1, syllables: 7 });
  });
});

describe("the reading-level check", () => {
  it("fails a deliberately hard message and passes an easy one", () => {
    const rows = measure([
      { key: "hard", text: "Unauthorised modifications necessitate immediate administrative notification." },
      { key: "easy", text: "Your password was changed. If this wasn't you, tell your teacher." },
    ]);
    expect(rows.map((row) => row.key)).toEqual(["hard", "easy"]);
    expect(tooHard(rows).map((row) => row.key)).toEqual(["hard"]);
  });

  it("leaves out messages under six words", () => {
    expect(
      measure([{ key: "short", text: "Antidisestablishmentarianism is unquestionably incomprehensible." }]),
    ).toEqual([]);
  });

  it("measures what children read, and leaves out labels, staff-only messages and the question list", () => {
    for (const key of [
      "help",
      "reset.failed",
      "notice.passwordChanged",
      "notice.unlinkedByAdmin",
      "guided.codeForStudent",
      "guided.codeStoppedForStudent",
      "staff.onlyStaff",
    ]) {
      expect(isStudentMessage(key), key).toBe(true);
    }
    for (const key of [
      "menu.setup",
      "reset.generate",
      "common.cancel",
      "question",
      "staff.help",
      "guided.codeSent",
      "coverage.report",
      "audit.report",
      "stats.report",
      "clear.confirm",
      "unlock.done",
      "setup.staffLinked",
      "setup.staffStillLinked",
      "reset.staffAccount",
      "logout.staffDone",
      "input.staffUseButtons",
      "console.staffUseButtons",
    ]) {
      expect(isStudentMessage(key), key).toBe(false);
    }
  });

  it(`keeps every English student message at grade ${MAX_GRADE} or below`, () => {
    const rows = measure(studentMessages());
    expect(rows.length).toBeGreaterThan(50);
    expect(tooHard(rows)).toEqual([]);
  });

  it("prints a table hardest first with the maximum, and fails when one message is above grade 5", () => {
    const failing = formatReport(
      measure([
        { key: "easy", text: "Your password was changed. If this wasn't you, tell your teacher." },
        {
          key: "hard",
          text: "Unauthorised modifications necessitate immediate administrative notification.",
        },
      ]),
    );
    expect(failing.passed).toBe(false);
    const lines = failing.text.split("\n");
    expect(lines[0]).toMatch(/^key\s+words\s+grade$/);
    expect(lines[1]).toMatch(/^hard\s+6\s+39\.8\s+<- above grade 5$/);
    expect(lines[2]).toMatch(/^easy\s+11\s+1\.6$/);
    expect(failing.text).toContain("2 messages of 6+ words measured; maximum grade 39.8 (hard); limit 5");
    expect(failing.text).toContain("1 message(s) above grade 5");

    const today = formatReport(measure(studentMessages()));
    expect(today.passed).toBe(true);
  });
});
