import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * "/language ms" or "/language Bahasa Melayu" showed the list and ignored the word after the command, though
 * the same word typed at the list chose the language. The word after /language is read as the list reads
 * what is typed at it: that language, said in it; an open dialog's question is asked again in it.
 */
const languagesOf = (outcome: Outcome) => new Set(outcome.replies.map((r) => r.language));

describe("/language with the language after it", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each([
    ["/language ms", "ms"],
    ["/language Bahasa Melayu", "ms"],
    ["/language 中文", "zh"],
    ["/language tamil", "ta"],
    ["/language 2", "zh"],
    ["/language two", "zh"],
    // The examples in /help's four languages.
    ["/language 马来文", "ms"],
    ["/language மலாய்", "ms"],
    ["/language English", "en"],
  ] as const)(
    "'%s' with nothing open chooses %s, says so in it, and shows the menu",
    async (text, language) => {
      const sent = await kid.send(text, { locale: "en" });
      expect(languagesOf(sent)).toEqual(new Set([language]));
      expect(kid.lastText).toContain(translate({ key: "language.set" }, language));
      expect(kid.lastText).not.toContain(translate({ key: "language.choose" }, language));
      // The next message is read as usual, not "We are in the middle of something".
      const next = await kid.send("/reset", { locale: "en" });
      expect(languagesOf(next)).toEqual(new Set([language]));
      expect(kid.lastText).not.toContain(translate({ key: "help.inDialog" }, language));
    },
  );

  it("in the middle of a reset, chooses the language and asks the question again in it, as the list does", async () => {
    await kid.send("/reset", { locale: "en" });
    const sent = await kid.send("/language Bahasa Melayu", { locale: "en" });
    expect(languagesOf(sent)).toEqual(new Set(["ms"]));
    expect(kid.lastText).toContain(translate({ key: "language.set" }, "ms"));
    expect(kid.lastText).not.toContain(translate({ key: "language.choose" }, "ms"));
    const byList = world.chat("sister");
    await byList.send("/reset", { locale: "en" });
    await byList.send("/language", { locale: "en" });
    await byList.send("Bahasa Melayu", { locale: "en" });
    expect(kid.lastText).toBe(byList.lastText);
  });

  it("a word that names no language shows the list, as /language alone does", async () => {
    await kid.send("/language klingon", { locale: "en" });
    expect(kid.lastText).toContain(translate({ key: "language.choose" }, "en"));
    expect(kid.buttons.length).toBeGreaterThan(1);
    await kid.send("/reset", { locale: "en" });
    await kid.send("/language 9", { locale: "en" });
    expect(kid.lastText).toBe(translate({ key: "language.choose" }, "en"));
  });

  it("a language's code typed at the list chooses it, as after /language", async () => {
    await kid.send("/language", { locale: "en" });
    const sent = await kid.send("ms", { locale: "en" });
    expect(languagesOf(sent)).toEqual(new Set(["ms"]));
  });

  it("/help tells it", async () => {
    await kid.send("/help", { locale: "en" });
    expect(kid.lastText).toContain("/language 中文");
  });
});
