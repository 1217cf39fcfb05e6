import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { onTheTerminal, typedLines } from "../helpers/on-the-terminal.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child who cannot read "Now type your password" types her language's name, as she may at "Type your
 * user ID" and at the start menu. At the password prompt "中文" was checked as her password: a counted wrong
 * try, and "Hmm, that user ID and password don't match..." in English, which she cannot read. Now that
 * language is chosen and her password asked again in it; no try is used. A password may be such a word:
 * typed again at once, it is checked.
 */
const NAMED = [
  ["中文", "好的！现在我用中文和你说话。\n现在请输入你的密码。"],
  ["Chinese", "好的！现在我用中文和你说话。\n现在请输入你的密码。"],
  [
    "Bahasa Melayu",
    "Baiklah! Sekarang saya akan bercakap dalam Bahasa Melayu dengan kamu.\nSekarang taip kata laluan kamu.",
  ],
  ["தமிழ்", "சரி! இனி நான் உன்னுடன் தமிழில் பேசுவேன்.\nஇப்போது உன் கடவுச்சொல்லைத் தட்டச்சு செய்."],
] as const;

describe("her language's name at set-up's 'Now type your password'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  const atPasswordPrompt = async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    expect(await openStep(world, kid)).toBe("setup.password");
  };

  it.each(NAMED)("'%s': that language, and her password asked in it; no try used", async (typed, told) => {
    await atPasswordPrompt();
    const tries = vi.spyOn(world.memoryDirectory, "authenticate");

    const sent = await kid.send(typed);

    expect(sent.deleteInbound).toBe(true);
    expect(sent.replies.map((r) => r.text.key)).toEqual(["language.set", "setup.askPassword"]);
    expect(kid.lastText).toContain(told);
    expect(tries).not.toHaveBeenCalled();
    expect(await openStep(world, kid)).toBe("setup.password");
  });

  it("then her password links her, told in that language", async () => {
    await atPasswordPrompt();
    await kid.send("中文");
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("太好了，是你，Tan Wei Ling！");
  });

  it("a real password 'English', typed twice in a row, is checked and links her", async () => {
    await world.memoryDirectory.setPassword(WEI_LING.id, "English", { mustChange: false });
    await atPasswordPrompt();
    await kid.send("English");
    await kid.send("English");
    expect(kid.lastText).toContain("Great, it's you, Tan Wei Ling!");
    expect(await world.redisDump()).not.toContain("English");
  });

  it("a real ID gets the same words as a made-up one: they tell nothing about which IDs exist", async () => {
    await atPasswordPrompt();
    await kid.send("中文");
    const other = world.chat("prober");
    await other.send("/setup");
    await other.send("S9999");
    await other.send("中文");
    expect(other.lastText).toBe(kid.lastText);
  });

  it("on the terminal: '1', 'S1001', '中文' asks for her password in Chinese, with no 'don't match'", async () => {
    const screen = await onTheTerminal(world, typedLines(["1", WEI_LING.id, "中文"]));
    const after = screen.slice(screen.indexOf("Now type your password."));
    expect(after).not.toContain("don't match");
    expect(after).toContain("好的！现在我用中文和你说话。");
    expect(after.trimEnd()).toMatch(/现在请输入你的密码。[^\n]*$/u);
  });
});
