import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * At "Shall we check that you remember your answers?" right after set-up, a child types a question's word
 * ("colour"), thinking she is still choosing. It was deleted as maybe her password or a secret answer sent
 * again. When it is none of this set-up's answers nor its password (known by their keyed digests), she is
 * told what to do instead; her real answer or password sent again is still deleted.
 */
describe("a question's word at the practice offer after set-up", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    expect(await openStep(world, kid)).toBe("setup.practiceOffer");
  });
  afterEach(async () => world.close());

  it.each(["colour", "food", "颜色", "makanan", "நிறம்"])(
    "'%s' is not deleted as a secret: she is told to tap a button, and the offer comes again",
    async (word) => {
      const outcome = await kid.send(word);
      const texts = textsOf(outcome);
      expect(outcome.deleteInbound).toBe(false);
      expect(texts.join("\n")).not.toContain("It may have been your password or a secret answer");
      expect(texts[0]).toContain("Tap a button");
      expect(texts.at(-1)).toContain("Shall we check that you remember your answers?");
      expect(await openStep(world, kid)).toBe("setup.practiceOffer");
    },
  );

  it("her real answer or her password sent again is still deleted", async () => {
    for (const secret of [WEI_LING_ANSWERS[1], WEI_LING.password]) {
      const outcome = await kid.send(secret);
      expect(outcome.deleteInbound, secret).toBe(true);
      expect(textsOf(outcome)[0]).toContain("It may have been your password or a secret answer");
    }
  });

  it("the practice round goes on after it as before", async () => {
    await kid.send("colour");
    await kid.press("Check that I remember");
    expect(await openStep(world, kid)).toBe("setup.practice");
  });
});
