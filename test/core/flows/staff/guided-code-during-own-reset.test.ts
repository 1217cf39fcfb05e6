import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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
 * A child is at her own /reset's first question when her teacher sends her a guided reset's code. She types
 * the code where she is: it was checked as her answer, her reset failed, and the failure counted toward her
 * suspension (here one failure suspends). While the code works, six digits at her reset's question are that
 * code: she is told to read it out, it is deleted, nothing is counted, and her reset goes on.
 */
describe("a guided reset's code typed at the child's own reset question", () => {
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
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
  });
  afterEach(async () => world.close());

  const code = () => String(noticesTo(world, kid)[0]?.reply.text.params?.code);

  it("counts nothing, says to read it out, deletes it, and her reset and the code still work", async () => {
    const typed = await kid.send(code());
    expect(typed.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 1 of 3");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();

    await kid.send("/cancel");
    await teacher.send(code());
    expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
  });

  it("any six digits get the same words, so none tells whether it was the code", async () => {
    const other = String((Number(code()) + 1) % 1_000_000).padStart(6, "0");
    await kid.send(other);
    expect(kid.lastText).toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 1 of 3");
    expect(await openStep(world, kid)).toBe("reset.answer");
  });

  it("in her language", async () => {
    await kid.send(code(), { locale: "ms" });
    expect(kid.lastText).toContain("Bacakan");
  });
});

describe("a guided reset's code sent while the child's own turn is running in her chat", () => {
  it("leaves her turn's save standing: the note is not written over a dialog her turn holds", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await kid.send("/reset");
    // Her next message's turn has her chat's lock and has read her dialog (an answer check takes a while).
    const store = world.deps.store;
    const token = await store.lockChat(kid.ref, 30_000, 0);
    expect(token).not.toBeNull();
    const read = await store.loadDialog(kid.ref);
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    expect(noticesTo(world, kid)).toHaveLength(1);
    // Her turn's save still finds the dialog it read: before, the teacher's write had changed it, and she
    // was told "I'm still working on your last message" with her answers' count already made.
    expect(await store.saveDialog(kid.ref, read!.revision, read!.json, 600)).toBe(true);
    await store.unlockChat(kid.ref, token!);
  });
});

/**
 * The code is sent first, and only then does the child start /reset in her chat and type it at her first
 * question (the guide promises it "at a question of her own /reset in that chat, while the code works"). Only
 * a reset already open when the code went out knew of it: hers checked the code as answer 1, failed, and
 * counted toward her suspension. Her reset now reads, as it starts, until when a code for her works there.
 */
describe("a guided reset's code typed at a reset the child starts after the code was sent", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({
      STAFF_PASSWORD_AGAIN_MINUTES: "0",
      RESET_MAX_FAILURES: "1",
    }));
    kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    await kid.send("/reset");
  });
  afterEach(async () => world.close());

  const code = () => String(noticesTo(world, kid)[0]?.reply.text.params?.code);

  it("counts nothing, says to read it out, deletes it, and her reset and the code still work", async () => {
    expect(kid.lastText).toContain("Question 1 of 3");
    const typed = await kid.send(code());
    expect(typed.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 1 of 3");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();

    await kid.send("/cancel");
    await teacher.send(code());
    expect(teacher.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
  });

  it("once the code has run out, six digits are checked as an answer again", async () => {
    vi.setSystemTime(Date.now() + 10 * 60_000 + 1000);
    await kid.send("/reset");
    await kid.send("123456");
    expect(kid.lastText).not.toContain(READ_IT_OUT);
    expect(kid.lastText).toContain("Question 2 of 3");
  });
});
