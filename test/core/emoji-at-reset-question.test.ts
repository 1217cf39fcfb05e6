import { afterEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep } from "../helpers/dialog-helpers.js";
import { closeCounted, expectNothingCounted, weiLingSetUpAndCounted } from "../helpers/nothing-counted.js";
import { countArgon2, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * A child who answers "What is your favourite animal?" with 🐯 (or 😭, or "!!!") is told that emoji and marks
 * don't count, only words, and to think of the words she typed when she set up; then the same question.
 * "I didn't get any words." alone did not say why, nor what to do with a tiger she meant as her answer.
 */
const TOLD: Record<string, string> = {
  "1": "Emoji and marks don't count, only words. Think of the words you typed when you set up.",
  "2": "表情符号和标点不算，只有文字才算。想一想你设置时输入的文字。",
  "3": "Emoji dan tanda tidak dikira, hanya perkataan. Ingat semula perkataan yang kamu taip semasa kamu sediakannya.",
  "4": "எமோஜியும் குறிகளும் கணக்கில் வராது, சொற்கள் மட்டுமே. அமைக்கும்போது நீ தட்டச்சு செய்த சொற்களை நினைத்துப் பார்.",
};

/** Every reply of an outcome in the language it was sent in. */
const textsOf = (outcome: Outcome) => outcome.replies.map((r) => translate(r.text, r.language));

describe("emoji or marks alone at a reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;
  afterEach(async () => closeCounted(world, argon));

  it.each([
    ["🐯", "1"],
    ["😭😭😭", "1"],
    ["!!! ", "1"],
    ["🐯", "2"],
    ["🐯", "3"],
    ["🐯", "4"],
  ])(
    "%j (language %s) says why and what to do, then the same question, counting nothing",
    async (typed, language) => {
      ({ world, kid, argon } = await weiLingSetUpAndCounted());
      await kid.send("/language");
      await kid.send(language);
      await kid.send("/reset");
      const asked = textsOf(kid.last).at(-1)!;
      const outcome = await kid.send(typed);
      expect(textsOf(outcome)).toEqual([TOLD[language], asked]);
      expect(outcome.deleteInbound).toBe(true);
      expect(await openStep(world, kid)).toBe("reset.answer");
      await expectNothingCounted(world, argon, kid);
      for (let i = 0; i < 3; i++) await kid.send(WEI_LING_ANSWERS[i]!);
      expect(await openStep(world, kid)).toBe("reset.choose");
    },
  );

  it("in the practice round too, where it is not counted as a different answer", async () => {
    useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    argon = countArgon2();
    const asked = textsOf(kid.last).at(-1)!;
    const outcome = await kid.send("🐯");
    expect(textsOf(outcome)).toEqual([TOLD["1"], asked]);
    expect(argon.verifications).toBe(0);
    expect(await openStep(world, kid)).toBe("setup.practice");
  });
});
