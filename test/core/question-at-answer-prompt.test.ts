import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { alreadySetUp, countArgon2, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child who does not understand a question asks the bot back: "what do you mean?", "can I pick another
 * one?", 我可以换一个吗？. At set-up that question was saved as her secret answer, without a word, and she could
 * never give it again at a reset; at a reset it was checked and counted as a wrong try. Words that end with
 * a question mark are now told "Is that a question?" and the same question is asked again; a title that
 * really ends with one ("Where's Wally?") is typed again without it, which is the same answer (answers are
 * compared without punctuation). "What does that mean" (什么意思, with or without the question mark) asks for
 * help (what-is-this-at-answer).
 */
const TOLD = {
  en: ["what do you mean?", "Is that a question? I can't answer questions here."],
  zh: ["我可以换一个吗？", "这是在问问题吗？我在这里回答不了问题。"],
  ms: ["kenapa soalan ini?", "Adakah itu soalan? Saya tidak boleh jawab soalan di sini."],
  ta: ["ஏன் இந்தக் கேள்வி?", "அது ஒரு கேள்வியா? இங்கே என்னால் கேள்விகளுக்குப் பதில் சொல்ல முடியாது."],
} as const;

describe("a question typed at an answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  async function atFirstSetUpAnswer(language = "en"): Promise<void> {
    await kid.send("/setup", { locale: language });
    await kid.send(WEI_LING.id, { locale: language });
    await kid.send(WEI_LING.password, { locale: language });
    await kid.send("1", { locale: language });
  }

  for (const [language, [question, told]] of Object.entries(TOLD)) {
    it(`at set-up, in ${language}: not saved; told so, and the same question asked again`, async () => {
      await atFirstSetUpAnswer(language);
      const sent = await kid.send(question, { locale: language });
      expect(sent.deleteInbound).toBe(true);
      expect(kid.last.replies.map((r) => r.text.key)).toEqual(["answer.isQuestion", "setup.askAnswer"]);
      expect(kid.lastText).toContain(told);
      expect(await openStep(world, kid)).toBe("setup.answer");
    });
  }

  it("at set-up: a title with a question mark, typed again without it, is saved, and works at reset", async () => {
    await atFirstSetUpAnswer();
    await kid.send("Where's Wally?");
    expect(kid.lastText).toContain("type it again without the question mark");
    await kid.send("Where's Wally");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
    await kid.send("1");
    await kid.send("Purple");
    await kid.send("1");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("All done!");
    await kid.send("No thanks");

    await kid.send("/reset");
    await kid.send("wheres wally");
    await kid.send("purple");
    await kid.send("chicken rice");
    expect(kid.lastText).toContain("all 3 answers are right");
  });
});

describe("a question typed at a reset's answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", { animal: "Tiger", colour: "Purple", food: "Chicken rice" });
  });

  it("is not checked nor counted; the same question is asked again", async () => {
    await kid.send("/reset");
    const argon = countArgon2();
    try {
      const sent = await kid.send("do I type the animal?");
      expect(sent.deleteInbound).toBe(true);
      expect(kid.last.replies.map((r) => r.text.key)).toEqual(["answer.isQuestion", "reset.askAnswer"]);
      expect(argon.verifications).toBe(0);
    } finally {
      argon.restore();
    }
    expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).toEqual([]);
    await kid.send("Tiger");
    await kid.send("Purple");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("all 3 answers are right");
  });
});
