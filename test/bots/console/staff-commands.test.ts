import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestWorld } from "../../helpers/test-world.js";
import { onTheTerminal, typedLines } from "../../helpers/on-the-terminal.js";
import { LOGOUT_LINES } from "../../helpers/logout.js";

/** Wei Ling (S1001) on the terminal, then her form teacher Mrs Ng (T2001) on the same terminal. */
const SCRIPT = [
  "/setup",
  "S1001",
  "Garden-Lamp-21",
  "1",
  "Hippopotamus",
  "1",
  "Turquoise",
  "1",
  "Nasi lemak",
  ...LOGOUT_LINES,
  "/setup",
  "T2001",
  "Teach-Four-A-2026",
  "/guided S1001",
  "1",
  "Hippopotamus",
  "Turquoise",
  "Nasi lemak",
  "/coverage",
];

describe("teachers' commands on the terminal", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a teacher guides a reset where the student answers at the terminal, then checks coverage", async () => {
    const screen = await onTheTerminal(world, typedLines(SCRIPT));

    expect(screen).toContain("This chat is no longer linked to your account.");
    expect(screen).toContain("This chat is now linked to your account, Mrs Ng Mei Hua.");
    // Without a linked chat, the routes are numbered; "1" is the student answering here.
    const routes = screen.slice(screen.indexOf("How can Tan Wei Ling prove it's them?"));
    expect(routes).toMatch(
      /1\. They answer their questions here\n {2}2\. I checked them in person\n {2}3\. Cancel/,
    );
    expect(routes).toContain("Question 1 of 3 for Tan Wei Ling:");
    expect(routes).toContain("Question 3 of 3 for Tan Wei Ling:");

    // The new password is shown once, saying that it stays on the screen (nothing here takes it away), and it works.
    const shown = /Tan Wei Ling's new password is:\n\n(\S+)\n\n/.exec(screen);
    expect(shown, screen).not.toBeNull();
    const password = shown![1]!;
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    expect(world.memoryDirectory.mustChangePassword("S1001")).toBe(true);
    expect(screen).toContain("It stays on this screen, so close this window when Tan Wei Ling has it.");
    expect(screen).not.toContain("disappears");
    expect(screen).not.toContain("(On a phone, this goes away after 5 minutes.)");

    // Coverage of the teacher's one class, without asking which.
    const coverage = screen.slice(screen.lastIndexOf("Class 4A:"));
    expect(coverage).toContain("Class 4A: 3 students, 1 set up.");
    expect(coverage).toContain("• Aisha Binte Rahman (S1002)");
    expect(coverage).toContain("• Arjun Kumar (S1003)");

    // Nothing typed in secret was printed back (the new password aside, which may share a word).
    const rest = screen.replace(password, "");
    for (const secret of ["Garden-Lamp-21", "Teach-Four-A-2026", "Hippopotamus", "Turquoise", "Nasi lemak"]) {
      expect(rest).not.toContain(secret);
    }
  });
});
