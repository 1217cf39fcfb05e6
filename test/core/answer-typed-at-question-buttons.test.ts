import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep, textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const DELETED = "It may have been your password or a secret answer";

/**
 * At "Choose question 2 of 3", a child types an answer ("Blue!!") before choosing its question. Set-up knows
 * every secret typed in it by its keyed digest (the password, the answers so far), so words that are none of
 * them are no secret sent again: they are kept, and she is told to tap a button. Before, they were deleted
 * with "It may have been your password or a secret answer" (found by QA playing a child).
 */
describe("words at set-up's question buttons that are none of its secrets", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("Tiger");
    expect(kid.lastText).toContain("Choose question 2 of 3");
  });
  afterEach(async () => world.close());

  it.each(["Blue!!", "Purple", "nasi lemak", "老虎很好"])(
    "'%s' is kept, with the buttons' hint and the same question",
    async (words) => {
      const outcome = await kid.send(words);
      const texts = textsOf(outcome);
      expect(outcome.deleteInbound).toBe(false);
      expect(texts.join("\n")).not.toContain(DELETED);
      expect(texts[0]).toContain("Tap a button");
      expect(texts.at(-1)).toContain("Choose question 2 of 3");
      expect(await openStep(world, kid)).toBe("setup.question");
    },
  );

  it("her answer or her password sent again, or words that look like a password, are still deleted", async () => {
    for (const secret of ["Tiger", " tiger ", WEI_LING.password, "Moon-Lamp-77"]) {
      const outcome = await kid.send(secret);
      expect(outcome.deleteInbound, secret).toBe(true);
    }
  });
});
