import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isNonAnswer, refusedWhenSaved } from "../../src/core/answers/non-answers.js";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child who does not know what the bot wants asks "what is this" (这是什么, "apa ini", இது என்ன) without a
 * question mark. At set-up's answer prompt that was saved as her secret answer, which she could never give
 * again at a reset. It asks for help now, as "I don't understand" does (non-answers version 8).
 */
const WHAT_IS_THIS = {
  en: "what is this",
  zh: "这是什么",
  ms: "apa ini",
  ta: "இது என்ன",
} as const;

describe("'what is this' asks for help", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  for (const [language, words] of Object.entries(WHAT_IS_THIS)) {
    it(`at set-up's answer prompt, in ${language}: not saved; the step's help, and the same question`, async () => {
      const send = (text: string) => kid.send(text, { locale: language });
      await send("/setup");
      await send(WEI_LING.id);
      await send(WEI_LING.password);
      await send("1");
      const sent = await send(words);
      expect(sent.deleteInbound).toBe(true);
      expect(sent.replies.map((r) => r.text.key)).toEqual(["setup.helpAnswer", "setup.askAnswer"]);
      expect(new Set(sent.replies.map((r) => r.language))).toEqual(new Set([language]));
      expect(await openStep(world, kid)).toBe("setup.answer");
    });
  }

  it("spelt otherwise, and its neighbours", () => {
    for (const words of [
      "What's this",
      "WHAT IS THIS.",
      "what does this mean",
      "what do I type",
      "这是什么意思",
    ])
      expect(isNonAnswer(words), words).toBe(true);
  });

  it("an answer saved before version 8 may be these words, and a reset checks it", () => {
    const savedUnderSeven = { normalisationVersion: 3, nonAnswersVersion: 7 };
    for (const words of Object.values(WHAT_IS_THIS)) {
      expect(refusedWhenSaved(words, savedUnderSeven), words).toBe(false);
      expect(refusedWhenSaved(words, { normalisationVersion: 3, nonAnswersVersion: 8 }), words).toBe(true);
    }
    for (const words of ["I don't understand", "我不懂", "I need help"])
      expect(refusedWhenSaved(words, savedUnderSeven), words).toBe(true);
  });
});
