import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  WEI_LING,
  openStep,
  weiLingAnswerFor,
  weiLingSetUpOnOwnPhone,
} from "../../../helpers/dialog-helpers.js";
import { noticesTo, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const READ_IT_OUT =
  "Is that the code I sent you? You don't need to type it here. Read it out to the grown-up who is helping you.";

/**
 * A child typed "start again" at her reset's question and is asked "Do you want to start again from question
 * 1?" when her teacher sends her a guided reset's code. The note that the code works in her chat was written
 * only into a reset at a question, so this one never learnt it: after "Yes, start again" (or "No, it was my
 * answer") the code she typed where she was told was checked as her answer, failed her reset and counted
 * toward her suspension (here one failure suspends). The Yes/No step now takes the note too, and keeps it
 * whichever button she taps.
 */
describe("a guided reset's code sent while the child is asked whether to start again", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({
      STAFF_PASSWORD_AGAIN_MINUTES: "0",
      RESET_MAX_FAILURES: "1",
    }));
    kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await kid.send("/reset");
  });
  afterEach(async () => world.close());

  const code = () => String(noticesTo(world, kid).at(-1)?.reply.text.params?.code);

  async function codeSentAtRestartAsk(): Promise<void> {
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send("start again");
    expect(await openStep(world, kid)).toBe("reset.restartAsk");
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    expect(noticesTo(world, kid)).toHaveLength(1);
  }

  async function expectNothingCountedAndCodeWorks(): Promise<void> {
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
    await kid.send("/cancel");
    await teacher.send(code());
    expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
  }

  it("after 'Yes, start again', the code typed at question 1 is the code, not her answer", async () => {
    await codeSentAtRestartAsk();
    await kid.press("Yes, start again");
    expect(kid.lastText).toContain("Question 1 of 3");
    const typed = await kid.send(code());
    expect(typed.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 1 of 3");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
    await expectNothingCountedAndCodeWorks();
  });

  it("after 'No, it was my answer', the code typed at the next question is the code, not her answer", async () => {
    await codeSentAtRestartAsk();
    await kid.press("No, it was my answer");
    expect(kid.lastText).toContain("Question 3 of 3");
    await kid.send(code());
    expect(kid.lastText).toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 3 of 3");
    await expectNothingCountedAndCodeWorks();
  });

  it("a code noted before she typed 'start again' is kept through the question", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send("start again");
    await kid.press("Yes, start again");
    await kid.send(code());
    expect(kid.lastText).toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 1 of 3");
    await expectNothingCountedAndCodeWorks();
  });

  it("stopped by the teacher while she is asked, the code's note goes: six digits are her answer again", async () => {
    await codeSentAtRestartAsk();
    await teacher.send("/cancel");
    await world.engine.settled();
    await kid.press("Yes, start again");
    await kid.send("123456");
    expect(kid.lastText).not.toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 2 of 3");
  });
});
