import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStep, WEI_LING } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * At set-up's "Choose question 1 of 3", a child types the question as it reads: "favourite colour",
 * "warna kegemaran", 最喜欢的颜色, பிடித்த நிறம். "colour" (warna, 颜色, நிறம்) alone picked it, but with
 * "favourite" the message was deleted as maybe her password ("I deleted that message. It may have been
 * your password or a secret answer.") and she was asked to choose again.
 */
describe("a question named with 'favourite'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each([
    ["favourite colour", "1", "What is your favourite colour?"],
    ["Favorite Color", "1", "What is your favourite colour?"],
    ["fav colour", "1", "What is your favourite colour?"],
    ["my favourite food", "1", "What is your favourite food?"],
    ["warna kegemaran", "3", "Apakah warna kegemaran kamu?"],
    ["Makanan kegemaran", "3", "Apakah makanan kegemaran kamu?"],
    ["最喜欢的颜色", "2", "你最喜欢的颜色是什么？"],
    ["喜欢的食物", "2", "你最喜欢的食物是什么？"],
    ["பிடித்த நிறம்", "4", "உனக்குப் பிடித்த நிறம் எது?"],
  ])("'%s' (language %s) picks %s", async (typed, language, asked) => {
    await kid.send("/language");
    await kid.send(language);
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    const outcome = await kid.send(typed);
    expect(outcome.deleteInbound).toBe(false);
    expect(kid.lastText).toContain(asked);
    expect(await openStep(world, kid)).toBe("setup.answer");
  });
});
