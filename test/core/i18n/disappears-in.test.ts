import { describe, expect, it } from "vitest";
import { disappearsIn } from "../../../src/core/i18n/disappears-in.js";
import type { MessageKey } from "../../../src/core/i18n/en.js";
import { SUPPORTED_LANGUAGES } from "../../../src/core/i18n/languages.js";
import { translate } from "../../../src/core/i18n/translate.js";

/** Every message that says how long a protected message stays (GENERATED_PASSWORD_DELETE_SECONDS and the code's). */
const SAYS_HOW_LONG: MessageKey[] = [
  "reset.generated",
  "guided.shown",
  "guided.passwordForStudent",
  "slack.secretOnHome",
  "slack.secretOnHomeNote",
  "console.protected",
];
const SECONDS_WORD = { en: "30 seconds", ms: "30 saat", zh: "30 秒", ta: "30 வினாடி" } as const;
const ONE_MINUTE = { en: "1 minute", ms: "1 minit", zh: "1 分钟", ta: "1 நிமிட" } as const;

const shown = (key: MessageKey, seconds: number, language: string) =>
  translate(
    { key, params: { name: "Wei Ling", password: "Mango-Tiger-47", ...disappearsIn(seconds) } },
    language,
  );

describe("how long a protected message stays, in words", () => {
  it("rounds down to whole minutes, so it never promises longer than the message stays", () => {
    expect(disappearsIn(30)).toMatchObject({ minutes: 0, seconds: 30 });
    expect(disappearsIn(59)).toMatchObject({ minutes: 0, seconds: 59 });
    expect(disappearsIn(60)).toMatchObject({ minutes: 1 });
    expect(disappearsIn(119)).toMatchObject({ minutes: 1 });
    expect(disappearsIn(300)).toMatchObject({ minutes: 5 });
  });

  it.each(SUPPORTED_LANGUAGES)(
    "%s: seconds under a minute, minutes from one, never 0 minutes",
    (language) => {
      for (const key of SAYS_HOW_LONG) {
        expect(shown(key, 30, language), `${key} ${language}`).toContain(SECONDS_WORD[language]);
        expect(shown(key, 90, language), `${key} ${language}`).toContain(ONE_MINUTE[language]);
        expect(shown(key, 90, language), `${key} ${language}`).not.toContain("90");
        expect(shown(key, 30, language), `${key} ${language}`).not.toMatch(/\b0\b/);
      }
    },
  );

  it("English says one second, one minute and many of each rightly", () => {
    expect(shown("console.protected", 1, "en")).toContain("after 1 second.");
    expect(shown("console.protected", 60, "en")).toContain("after 1 minute.");
    expect(shown("console.protected", 600, "en")).toContain("after 10 minutes.");
  });
});
