import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sendDueReminders } from "../../src/core/flows/practice-reminder-flow.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { DAY, type countArgon2 } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";
import { closeCounted, expectNothingCounted, weiLingSetUpAndCounted } from "../helpers/nothing-counted.js";

/**
 * "stop", "help", "cancel" (and 停止, batal, உதவி...) can never be an answer: set-up refuses them. Typed at a
 * prompt that checks an answer, they work as the commands: no answer check, nothing counted.
 */
describe("command words at an answer prompt are commands", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    ({ world, kid, argon } = await weiLingSetUpAndCounted());
  });
  afterEach(() => closeCounted(world, argon));

  const nothingCounted = (chat: TestChat = kid) => expectNothingCounted(world, argon, chat);

  it("'stop' at a reset question stops the reset, as often as a child types it, and never pauses it", async () => {
    for (let i = 0; i < 6; i++) {
      await kid.send("/reset");
      expect(kid.lastText).toContain("Question 1 of 3");
      await kid.send("stop");
      expect(kid.lastText).toContain("Okay, we stopped.");
      expect(await openStep(world, kid)).toBeNull();
    }
    await nothingCounted();
    await kid.send("/reset");
    expect(kid.lastText).toContain("Question 1 of 3");
  });

  it("'help' at a reset question shows the help and asks the same question again", async () => {
    await kid.send("/reset");
    await kid.send(weiLingAnswerFor(kid.lastText));
    argon.reset();
    await kid.send("Help!");
    expect(kid.lastText).toContain("To stop, type /cancel.");
    expect(kid.lastText).toContain("Question 2 of 3");
    expect(argon.verifications).toBe(0);
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("the words of every language work there, whatever the chat's language", async () => {
    for (const word of ["cancel", "batal", "取消", "停止", "ரத்து", "berhenti", "quit"]) {
      await kid.send("/reset");
      await kid.send(word);
      expect(kid.lastText, word).toContain("Okay, we stopped.");
    }
    await nothingCounted();
  });

  // On a Chinese keyboard the "/" key types ／ (full width), or 、 in Chinese punctuation mode, and the letters
  // may be full width too. ／cancel already worked (as the word "cancel"); ／reset was no command, and
  // ／setup at a reset question was checked as her answer and counted.
  it.each(["／reset", "、reset", "／ｒｅｓｅｔ", "/ｒｅｓｅｔ"])(
    "%s starts a reset as /reset does",
    async (typed) => {
      await kid.send(typed);
      expect(kid.lastText).toContain("Question 1 of 3");
    },
  );

  it("／setup at a reset question is the command, not an answer, and counts nothing", async () => {
    await kid.send("/reset");
    argon.reset();
    await kid.send("／setup");
    expect(kid.lastText).toContain("Okay, we stopped making your new password.");
    expect(argon.verifications).toBe(0);
    await kid.send("/cancel");
    await nothingCounted();
  });

  it("、 before a word that is no command is no command", async () => {
    await kid.send("、hello");
    expect(kid.lastText).not.toContain("I don't know that command");
  });

  it("in the practice round, 'stop' ends it and says the answers are saved", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    argon.reset();
    await kid.send("stop");
    expect(kid.lastText).toContain("Remember your answers.");
    expect(kid.lastText).not.toContain("Nothing was changed");
    expect(argon.verifications).toBe(0);
    expect(await openStep(world, kid)).toBeNull();
  });

  it("at the reminder's questions, 'help' and 'stop' cost no check and count as no failed reset", async () => {
    vi.setSystemTime(Date.now() + 120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    await kid.send("help");
    expect(kid.lastText).toContain("To stop, type /cancel.");
    expect(kid.lastText).toContain("Practice, question 1 of 3");
    await kid.send("stop");
    expect(kid.lastText).toContain("Okay, we stopped.");
    await nothingCounted();
  });

  it("on the teacher's device, 'stop' ends the guided questions without a check or a failure", async () => {
    await logOut(kid);
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    argon.reset();
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    await teacher.send("help");
    expect(teacher.lastText).toContain("Teacher commands");
    expect(teacher.lastText).toContain("Question 1 of 3 for Tan Wei Ling");
    await teacher.send("stop");
    expect(teacher.lastText).toContain("Okay, we stopped.");
    await nothingCounted(teacher);
  });

  // "stop" there first gets how to stop (see help-at-setup-password.test.ts); a password may be "stop".
  it("a password prompt still takes the words as the password, typed again", async () => {
    const other = world.chat("other");
    await other.send("/setup");
    await other.send(WEI_LING.id);
    await other.send("stop");
    expect(other.lastText).toContain("To stop, type /cancel.");
    await other.send("stop");
    expect(other.lastText).toContain("that user ID and password don't match");
  });
});
