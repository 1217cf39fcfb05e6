import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child on an English phone who reads only Chinese or Tamil asks for help in her own script (帮助, 我不懂,
 * 帮帮我, உதவி) with nothing open. Before, she got the English help list, which she cannot read. Now, in a
 * chat that chose no language, the words choose that language (as they do at the start menu) and the help
 * comes in it.
 */
const languagesOf = (outcome: Outcome) => new Set(outcome.replies.map((r) => r.language));

describe("a help word in Chinese or Tamil, with nothing open", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each([
    ["帮助", "zh"],
    ["帮帮我", "zh"],
    ["我不懂", "zh"],
    ["உதவி", "ta"],
    ["உதவி வேண்டும்", "ta"],
    ["புரியவில்லை", "ta"],
  ] as const)(
    "'%s' on an English phone: the help list in %s, and the chat stays in it",
    async (text, language) => {
      const sent = await kid.send(text, { locale: "en" });
      expect(languagesOf(sent)).toEqual(new Set([language]));
      expect(kid.lastText).toContain(translate({ key: "help" }, language));
      const next = await kid.send("/setup", { locale: "en" });
      expect(languagesOf(next)).toEqual(new Set([language]));
    },
  );

  it("a chat that chose English keeps it, and gets the help in English", async () => {
    await kid.send("/language", { locale: "en" });
    await kid.press("English");
    const sent = await kid.send("帮助", { locale: "en" });
    expect(languagesOf(sent)).toEqual(new Set(["en"]));
    expect(kid.lastText).toContain(translate({ key: "help" }, "en"));
  });

  it("'help' or '?' chooses nothing", async () => {
    for (const text of ["help", "?", "tolong saya"]) {
      const sent = await kid.send(text, { locale: "zh" });
      expect(languagesOf(sent), text).toEqual(new Set(["zh"]));
    }
  });
});
