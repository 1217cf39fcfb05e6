import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textsOf } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * With nothing open, a child who read "/setup – set up your 3 secret questions" types "setup" (or "Set up",
 * "reset", "language") without the slash: that is the command, as its button is. Before, she got the menu
 * again with no word of why.
 */
describe("a menu command typed without its slash, with nothing open", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  it.each(["setup", "Set up", "SETUP!", " set-up "])("'%s' begins set-up", async (words) => {
    await kid.send(words);
    expect(kid.lastText).toContain("Type your user ID.");
  });

  it("'reset' begins a reset, as 'I forgot my password' does", async () => {
    const tapped = textsOf(await kid.send("I forgot my password"));
    expect(textsOf(await kid.send("reset"))).toEqual(tapped);
  });

  it("'language' shows the languages", async () => {
    await kid.send("language");
    expect(kid.lastText).toContain("Which language would you like?");
  });

  // The language button reads "🌐 语言 Language", "🌐 Bahasa Language", "🌐 மொழி Language": its own word typed.
  it.each([
    ["语言", "中文"],
    ["Bahasa", "Bahasa Melayu"],
    ["மொழி", "தமிழ்"],
  ])("'%s' (chat in %s) shows the languages", async (word, language) => {
    await kid.send("/language");
    await kid.press(language);
    await kid.send(word);
    expect(kid.buttons).toEqual(["English", "中文", "Bahasa Melayu", "தமிழ்"]);
  });

  it("other words still get the menu", async () => {
    await kid.send("settings");
    expect(kid.lastText).toContain("What would you like to do?");
  });
});
