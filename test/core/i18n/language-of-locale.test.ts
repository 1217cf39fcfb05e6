import { describe, expect, it } from "vitest";
import { languageOfLocale, SUPPORTED_LANGUAGES } from "../../../src/core/i18n/languages.js";

/**
 * What the platforms send: Telegram's `language_code` (the app's language: an IETF tag such as "en",
 * "ms", or "zh-hans" and "ta-raw" for the translation platform's language packs) and Slack's user locale
 * ("zh-CN", "en-GB").
 */
const VECTORS: [string, string | null][] = [
  ["en", "en"],
  ["en-GB", "en"],
  ["en-US", "en"],
  ["en_SG", "en"],
  ["EN", "en"],
  ["zh", "zh"],
  ["zh-hans", "zh"],
  ["zh-Hans-SG", "zh"],
  ["zh-hans-raw", "zh"],
  ["zh-CN", "zh"],
  ["zh_SG", "zh"],
  // Traditional Chinese: the catalogue is Simplified, which CLDR's language matching accepts for
  // Traditional readers (zh-Hant → zh-Hans), and is closer for them than English.
  ["zh-hant", "zh"],
  ["zh-TW", "zh"],
  ["zh-HK", "zh"],
  ["ms", "ms"],
  ["ms-MY", "ms"],
  ["ms-SG", "ms"],
  ["ms_BN", "ms"],
  ["zsm", "ms"],
  ["ta", "ta"],
  ["ta-raw", "ta"],
  ["ta-IN", "ta"],
  ["ta-SG", "ta"],
  ["ta-LK", "ta"],
  [" ta ", "ta"],
  // Not ours: the caller falls back to the school's DEFAULT_LANGUAGE.
  ["id", null],
  ["fr", null],
  ["fr-FR", null],
  ["hi", null],
  ["und", null],
  ["", null],
  ["-", null],
  ["english", null],
  ["x-pirate", null],
];

describe("a platform's locale as one of the bot's languages", () => {
  it.each(VECTORS)("%j → %s", (locale, language) => {
    expect(languageOfLocale(locale, SUPPORTED_LANGUAGES)).toBe(language);
  });

  it("no locale at all is none", () => {
    expect(languageOfLocale(undefined, SUPPORTED_LANGUAGES)).toBeNull();
  });

  it("a language the school does not offer is none, whatever the platform says", () => {
    expect(languageOfLocale("zh-hans", ["en", "ms"])).toBeNull();
    expect(languageOfLocale("ms-MY", ["en", "ms"])).toBe("ms");
  });
});
