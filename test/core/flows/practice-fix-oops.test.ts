import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../src/core/i18n/translate.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/*
 * The practice round finds her colour "not the same as before" (she typed "blue", not "Purple"), and asks her
 * to type the answer to keep. A child who sees her slip types "oops" (哎呀, alamak, ஐயோ): before, "oops" was
 * saved as her colour, and at her next reset "Purple" was wrong. Now it is no answer: she is told how to keep
 * the old one or type a new one, and nothing is saved.
 */
describe("'oops' at the practice round's 'type the answer you want to keep'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  async function atFix(): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    await kid.send("Tiger");
    await kid.send("blue");
    await kid.send("Chicken rice");
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
  }

  it.each(["oops", "Oops!!", "opps", "whoops", "oh no", "sorry", "哎呀", "alamak", "ஐயோ"])(
    "'%s' tells her how to keep or change it, and saves nothing",
    async (typed) => {
      await atFix();
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(translate({ key: "practice.keepOrType" }, "en"));
      expect(kid.lastText).not.toContain("I saved your new answer");
      expect(await openStep(world, kid)).toBe("setup.practiceFix");
      await kid.press("Keep my old answer");
      await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
      expect(kid.lastText).toContain("all 3 answers are right");
    },
  );
});
