import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child types her language's name the way she says it: "Bahasa Malaysia" or "BM" (what Malaysian schools
 * call Malay), "tamizh" or "thamizh" (how Tamil is said), "bahasamelayu" with no space, "Melayu!". Each chooses
 * that language, at the start menu and at /language's list, as "Malay" or "中文" already did.
 */
const languagesOf = (outcome: Outcome) => new Set(outcome.replies.map((r) => r.language));

describe("a language's name typed as a child would", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid");
  });
  afterEach(async () => world.close());

  it.each([
    ["Bahasa Malaysia", "ms"],
    ["bahasa  malaysia", "ms"],
    ["BM", "ms"],
    ["bahasamelayu", "ms"],
    ["Melayu!", "ms"],
    ["tamizh", "ta"],
    ["Thamizh", "ta"],
    ["TAMIL.", "ta"],
    ["华语", "zh"],
    ["Chinese ", "zh"],
    ["普通话", "zh"],
  ] as const)("'%s' at the start menu chooses %s", async (text, language) => {
    const sent = await kid.send(text, { locale: "en" });
    expect(languagesOf(sent)).toEqual(new Set([language]));
    expect(kid.lastText).toContain(translate({ key: "language.set" }, language));
  });

  it.each([
    ["Bahasa Malaysia", "ms"],
    ["thamizh", "ta"],
  ] as const)("'%s' typed at /language's list chooses %s", async (text, language) => {
    await kid.send("/language", { locale: "en" });
    const sent = await kid.send(text, { locale: "en" });
    expect(languagesOf(sent)).toEqual(new Set([language]));
    expect(kid.lastText).toContain(translate({ key: "language.set" }, language));
  });
});
