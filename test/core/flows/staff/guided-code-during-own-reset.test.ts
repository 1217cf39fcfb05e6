import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../../helpers/dialog-helpers.js";
import { noticesTo, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const READ_IT_OUT =
  "Is that the code I sent you? You don't need to type it here. Read it out to the grown-up who is helping you.";

/**
 * A child is at her own /reset's first question when her teacher sends her a guided reset's code. She types
 * the code where she is: it was checked as her answer, her reset failed, and the failure counted toward her
 * suspension (here one failure suspends). The code's notice now ends her open reset question first, so the
 * code typed after it is told what to do, and nothing is counted.
 */
describe("a guided reset's code sent while the child is at her own reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({
      STAFF_PASSWORD_AGAIN_MINUTES: "0",
      RESET_MAX_FAILURES: "1",
    }));
    kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    await kid.send("/reset");
    expect(await openStep(world, kid)).toBe("reset.answer");
  });
  afterEach(async () => world.close());

  it("counts nothing, tells her to read it out, and the code still works", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    const code = String(noticesTo(world, kid)[0]?.reply.text.params?.code);

    await kid.send(code);
    expect(kid.lastText).toContain(READ_IT_OUT);
    // Whatever she is asked next she answers right: a failed reset here would suspend her.
    for (let i = 0; i < 3 && kid.lastText.includes("Question"); i++)
      await kid.send(weiLingAnswerFor(kid.lastText));
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
    expect(await openStep(world, kid)).toBeNull();

    await teacher.send(code);
    expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
  });
});
