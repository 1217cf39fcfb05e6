import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TestWorld } from "../../helpers/test-world.js";

/**
 * A child who cannot read English types the name she sees on the language list ("中文") instead of tapping
 * it: the hint that follows ("Type the number of your choice") is in English, so a list that only took a
 * tap or a number would ask her again and again, in a language she cannot read.
 */
describe("the language list: a language typed by its name is chosen", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it.each([
    ["中文", "好的！现在我用中文和你说话。"],
    ["Bahasa Melayu", "Baiklah! Sekarang saya akan bercakap dalam Bahasa Melayu"],
    ["melayu", "Baiklah! Sekarang saya akan bercakap dalam Bahasa Melayu"],
    ["தமிழ்", "இனி நான் உன்னுடன் தமிழில் பேசுவே"],
    ["Chinese", "好的！现在我用中文和你说话。"],
    ["tamil", "இனி நான் உன்னுடன் தமிழில் பேசுவே"],
    [" english ", "English"],
  ])("%j at the list chooses that language, and the start menu follows in it", async (typed, said) => {
    const kid = world.chat(`kid-${typed.trim()}`);
    await kid.send("/language");
    await kid.send(typed);
    expect(kid.lastText).toContain(said);
    expect(kid.lastText).not.toContain("Which language would you like?");
  });

  it("words that name no language still get the hint and the list", async () => {
    const kid = world.chat("kid-x");
    await kid.send("/language");
    await kid.send("French");
    expect(kid.lastText).toContain("Which language would you like?");
  });

  it("a language the school does not offer is not chosen by its name", async () => {
    world.deps.settings.languages.splice(0, world.deps.settings.languages.length, "en", "ms");
    const kid = world.chat("kid-y");
    await kid.send("/language");
    await kid.send("中文");
    expect(kid.lastText).toContain("Which language would you like?");
  });

  it("right after /language in the middle of set-up, 中文 picks the language, and is no user ID", async () => {
    const kid = world.chat("kid-mid");
    await kid.send("/setup");
    await kid.send("/language");
    await kid.send("中文");
    expect(kid.lastText).toContain("好的！现在我用中文和你说话。");
    expect(kid.lastText).toContain("请输入你的用户名");
  });

  it("right after /language at the set-up password prompt, 'Bahasa Melayu' is no wrong password", async () => {
    const kid = world.chat("kid-mid-2");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send("/language");
    await kid.send("Bahasa Melayu");
    expect(kid.lastText).toContain("Sekarang saya akan bercakap dalam Bahasa Melayu");
    expect(await world.deps.store.attemptCountsOf("S1001")).toEqual([]);
    await kid.send("Garden-Lamp-21");
    expect(kid.lastText).toContain("Tan Wei Ling");
  });
  it("at a secret answer's prompt, 'Chinese' right after /language picks the language and is still deleted", async () => {
    const kid = world.chat("kid-food");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send("Garden-Lamp-21");
    await kid.press("favourite food");
    await kid.send("/language");
    // It may be her answer to "What is your favourite food?": it must not stay in the chat.
    const outcome = await kid.send("Chinese");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("好的！现在我用中文和你说话。");
  });
});
