import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { linkedOnOwnPhone, noticesTo, PRIYA, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const READ_IT_OUT =
  "Is that the code I sent you? You don't need to type it here. Read it out to the grown-up who is helping you.";

/**
 * A reset the child starts in her chat reads until when her teacher's code works there, so that six digits
 * typed at its question are taken as that code typed back, never as her answer. Once the code was used or
 * stopped early, that note was left until the code's 10 minutes were over: any six digits at her reset (a
 * favourite movie, "1917"… or a number she chose as an answer) got "Is that the code…?" and were never checked.
 */
describe("a guided code used or stopped early no longer stands for six digits at her reset", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const code = () => String(noticesTo(world, kid).at(-1)?.reply.text.params?.code);

  async function sixDigitsAtHerReset(): Promise<void> {
    await kid.send("/reset");
    expect(kid.lastText).toContain("Question 1 of 3");
    await kid.send("123456");
  }

  it("stopped by the teacher's /cancel: six digits are checked as her answer", async () => {
    await teacher.send("/cancel");
    // The code's end is told to her chat after the teacher's reply.
    await world.engine.settled();
    expect(noticesTo(world, kid).at(-1)?.reply.text.key).toBe("guided.codeStoppedForStudent");
    await sixDigitsAtHerReset();
    expect(kid.lastText).not.toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 2 of 3");
  });

  it("used (her new password sent): six digits are checked as her answer", async () => {
    await teacher.send(code());
    expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
    await sixDigitsAtHerReset();
    expect(kid.lastText).not.toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 2 of 3");
  });

  it("a later code another staff member sent, still working, still stands for them", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    vi.setSystemTime(Date.now() + 60_000);
    await admin.send("/guided S1001");
    await admin.press("Send a code");
    await teacher.send("/cancel");
    await world.engine.settled();
    await sixDigitsAtHerReset();
    expect(kid.lastText).toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 1 of 3");
  });
});

/**
 * The same for the reset she had open when the code went out: the code's end was noted into it
 * (noteGuidedCodeInOwnReset), and forgetting the note for a later reset left that copy. After /cancel she
 * was told the code no longer works, then her six digits still got "Is that the code…?" for 10 minutes.
 */
describe("a guided code used or stopped early no longer stands for six digits at the reset she had open", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await kid.send("/reset");
    expect(kid.lastText).toContain("Question 1 of 3");
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const code = () => String(noticesTo(world, kid).at(-1)?.reply.text.params?.code);

  it("stopped by the teacher's /cancel: six digits are checked as her answer", async () => {
    await teacher.send("/cancel");
    await world.engine.settled();
    expect(noticesTo(world, kid).at(-1)?.reply.text.key).toBe("guided.codeStoppedForStudent");
    await kid.send("123456");
    expect(kid.lastText).not.toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 2 of 3");
  });

  it("used (her new password sent): six digits are checked as her answer", async () => {
    await teacher.send(code());
    expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
    await kid.send("123456");
    expect(kid.lastText).not.toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 2 of 3");
  });

  it("while it works: six digits are still the code typed back", async () => {
    await kid.send("123456");
    expect(kid.lastText).toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 1 of 3");
  });

  it("a later code another staff member sent, still working, still stands for them", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    vi.setSystemTime(Date.now() + 60_000);
    await admin.send("/guided S1001");
    await admin.press("Send a code");
    await teacher.send("/cancel");
    await world.engine.settled();
    await kid.send("123456");
    expect(kid.lastText).toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 1 of 3");
  });
});
