import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sendDueReminders } from "../../src/core/flows/practice-reminder-flow.js";
import { openStep, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { DAY, type countArgon2 } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";
import { closeCounted, expectNothingCounted, weiLingSetUpAndCounted } from "../helpers/nothing-counted.js";

/**
 * A child who has forgotten an answer types what a child types: "I don't know", "idk", 不知道, "tak tahu".
 * Set-up refuses those as answers, so none can be right: checking one would only count a failed reset
 * towards a 24-hour pause. They are told what to do instead, and nothing is checked or counted.
 */
describe("'I don't know' at an answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    ({ world, kid, argon } = await weiLingSetUpAndCounted());
  });
  afterEach(() => closeCounted(world, argon));

  const nothingCounted = (chat: TestChat = kid) => expectNothingCounted(world, argon, chat);

  it("at a reset question says it's okay and what to do, asks again, and never pauses the reset", async () => {
    for (let round = 0; round < 6; round++) {
      await kid.send("/reset");
      for (let i = 0; i < 3; i++) await kid.send("I don't know");
      expect(kid.lastText).toContain("It's okay if you don't remember.");
      expect(kid.lastText).toContain("type /cancel");
      expect(kid.lastText).toContain("Question 1 of 3");
      await kid.send("/cancel");
    }
    await nothingCounted();
  });

  it("a child who remembers after all goes on with the same round", async () => {
    await kid.send("/reset");
    await kid.send(weiLingAnswerFor(kid.lastText));
    argon.reset();
    await kid.send("idk");
    expect(kid.lastText).toContain("Question 2 of 3");
    expect(argon.verifications).toBe(0);
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  // What a 9-year-old types when she has forgotten: "I forgot", not "I don't know". It was checked as her
  // answer, and a wrong one counted towards her pause.
  it.each([
    "I forgot",
    "forgot!",
    "I can't remember",
    "忘了",
    "我不记得了",
    "lupa",
    "saya tak ingat",
    "மறந்துவிட்டேன்",
    "தெரியவில்லை",
    "எனக்குத் தெரியவில்லை",
    "நினைவில் இல்லை",
    "ஞாபகம் இல்லை",
    "tak tau",
    // Non-answers version 9: "I forgot" as said in Malay, Chinese and spoken Tamil.
    "terlupa",
    "Saya terlupa!",
    "想不起来",
    "忘记",
    "மறந்துட்டேன்",
  ])("'%s' at a reset question is the same: nothing is checked or counted", async (words) => {
    await kid.send("/reset");
    await kid.send(words);
    expect(kid.lastText).toContain("It's okay if you don't remember.");
    expect(kid.lastText).toContain("Question 1 of 3");
    await kid.send("/cancel");
    await nothingCounted();
  });

  it("in every language, in the chat's own language", async () => {
    await kid.send("/language");
    await kid.send("2");
    for (const words of ["不知道", "tak tahu", "தெரியாது", "dunno"]) {
      await kid.send("/reset");
      await kid.send(words);
      expect(kid.lastText, words).toContain("记不起来也没关系。");
      await kid.send("/cancel");
    }
    await nothingCounted();
  });

  it("at the reminder's questions, it counts as no failed reset", async () => {
    vi.setSystemTime(Date.now() + 120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    await kid.send("no idea");
    expect(kid.lastText).toContain("It's okay if you don't remember.");
    expect(kid.lastText).toContain("Practice, question 1 of 3");
    await nothingCounted();
  });

  it("on the teacher's device, the teacher is told the other way, and nothing counts", async () => {
    await logOut(kid);
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    argon.reset();
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    await teacher.send("I don't know");
    expect(teacher.lastText).toContain("Tan Wei Ling does not remember this answer?");
    expect(teacher.lastText).toContain("I checked them in person");
    expect(teacher.lastText).toContain("Question 1 of 3 for Tan Wei Ling");
    expect(await openStep(world, teacher)).toBe("guided.answer");
    await nothingCounted(teacher);
  });
});
