import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep, textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const DELETED = "It may have been your password or a secret answer";

/**
 * At "Choose question 2 of 3", a child types an answer ("Blue!!") before choosing its question. It is none of
 * the secrets typed so far (set-up knows those by their keyed digests), but it is the answer she is about to
 * save: kept, it would sit in the chat right above "What is your favourite colour?" once she taps it, for
 * anyone with the phone to read. So it is deleted like a secret, and she is told to tap a button.
 */
describe("an answer typed at set-up's question buttons, before its question", () => {
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
    "'%s' is deleted, with the buttons' hint and the same question",
    async (words) => {
      const outcome = await kid.send(words);
      const texts = textsOf(outcome);
      expect(outcome.deleteInbound).toBe(true);
      expect(texts[0]).toContain(DELETED);
      expect(texts.join("\n")).toContain("Tap a button");
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
