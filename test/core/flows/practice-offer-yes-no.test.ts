import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { couldBeAnAnswer } from "../../../src/core/answers/answer-rules.js";
import { YES_OR_NO_WORDS } from "../../../src/core/yes-or-no.js";
import { WEI_LING, WEI_LING_ANSWERS } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/**
 * "Shall we check that you remember your answers?" is a yes-or-no question, and a child answers it so:
 * "yes", "no", 好, "tak nak", வேண்டாம். Such a word is the button it means, in every language; no answer
 * set-up saves can be one of them (they are refused as answers), so none is a secret sent again.
 */
// 是, 对, 嗯 and 不 alone: how a Chinese child often answers 吧？ (she got "Tap a button" before; found by QA).
const YES = ["yes", "Yes!", "ok", "sure", "好", "好的", "可以", "是", "对", "嗯", "ya", "boleh", "ஆம்", "சரி"];
const NO = ["no", "No thanks", "nope", "不用", "不要", "不", "tidak", "tak nak", "இல்லை", "வேண்டாம்"];
// As they are said: 好啊, 好吧, 行; "ok la" (Malaysia, Singapore); ஆமா, ஓகே; "tak mahu". Each was "Was that your
// password or a secret answer?" before.
YES.push("好啊", "好吧！", "行", "ok la", "okla", "ஆமா", "ஓகே");
NO.push("tak mahu");

describe("the practice offer answered in words", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    expect(kid.lastText).toContain("Shall we check that you remember your answers?");
  });
  afterEach(async () => world.close());

  for (const word of YES) {
    it(`"${word}" starts the check, as "Check that I remember" would`, async () => {
      const outcome = await kid.send(word);
      expect(kid.lastText).toContain("Practice, question 1 of 3:");
      expect(outcome.deleteInbound).toBe(false);
    });
  }

  for (const word of NO) {
    it(`"${word}" is "No thanks"`, async () => {
      await kid.send(word);
      expect(kid.lastText).toBe(
        "Okay! Remember your answers. You will need them if you forget your password.",
      );
    });
  }

  it("other words still get the hint and the question", async () => {
    await kid.send("maybe later");
    expect(kid.lastText).toContain("Tap a button, or type its number (1–2).");
    expect(kid.lastText).toContain("Shall we check that you remember your answers?");
  });
});

it("every yes-or-no word is refused as a set-up answer, so none is a secret typed again", () => {
  // Refused as a non-answer, or too short for any answer (是, 不: one Han character; two is the least).
  expect(YES_OR_NO_WORDS.filter((word) => couldBeAnAnswer(word))).toEqual([]);
});
