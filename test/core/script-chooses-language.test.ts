import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * Most phones in a Singapore or Malaysian school are set to English. A child who reads only Chinese or Tamil
 * writes to the bot in her own script ("你好", 我要改密码, வணக்கம்) and got the English menu back, again and
 * again: only the 🌐 button's small "语言" told her the way out. Words written only in the script of one
 * offered language, at the start menu of a chat that has not chosen a language, choose that language, as its
 * name typed there does.
 */
const languagesOf = (outcome: Outcome) => new Set(outcome.replies.map((r) => r.language));

describe("a greeting in a script of its own, at the start menu", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each([
    ["你好", "zh"],
    ["我要改密码！", "zh"],
    ["வணக்கம்", "ta"],
    ["எனக்கு உதவி", "ta"],
  ] as const)(
    "'%s' on an English phone: the menu in %s, and what follows stays in it",
    async (text, language) => {
      const sent = await kid.send(text, { locale: "en" });
      expect(languagesOf(sent)).toEqual(new Set([language]));
      expect(kid.lastText).toContain(translate({ key: "language.set" }, language));
      expect(kid.buttons).toContain(translate({ key: "menu.setup" }, language));
      const setup = await kid.send("/setup", { locale: "en" });
      expect(languagesOf(setup)).toEqual(new Set([language]));
    },
  );

  it("a chat that chose English keeps it", async () => {
    await kid.send("/language", { locale: "en" });
    await kid.press("English");
    const sent = await kid.send("你好", { locale: "en" });
    expect(languagesOf(sent)).toEqual(new Set(["en"]));
    expect(kid.lastText).not.toContain(translate({ key: "language.set" }, "zh"));
  });

  it("Latin letters (English or Malay), or Chinese mixed with them, choose nothing", async () => {
    for (const text of ["hello", "hai cikgu", "hi 你好"]) {
      const sent = await kid.send(text, { locale: "zh" });
      expect(languagesOf(sent), text).toEqual(new Set(["zh"]));
      expect(kid.lastText).not.toContain(translate({ key: "language.set" }, "zh"));
    }
    expect(languagesOf(await kid.send("hi 你好", { locale: "en" }))).toEqual(new Set(["en"]));
  });

  it("a school that does not offer the language: the menu as before", async () => {
    await world.close();
    world = await TestWorld.create({ LANGUAGES: "en,ms" });
    kid = world.chat("kid");
    const sent = await kid.send("你好", { locale: "en" });
    expect(languagesOf(sent)).toEqual(new Set(["en"]));
  });
});
