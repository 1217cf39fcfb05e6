import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import type { Language } from "../../../../src/core/i18n/languages.js";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import type { Outcome } from "../../../../src/core/messages.js";
import { linkedOnOwnPhone, MRS_NG } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

/*
 * At "/clearanswers S1001 … Go ahead?", a user ID typed again is told which button to tap. In Tamil it named
 * them loosely ("ஆம்", "ரத்து") while the buttons read "ஆம், நீக்கு" and "ரத்து செய்": a teacher looked for
 * buttons that are not there. Every button named in quotes is now a button's exact label, in each language.
 */
const LANGUAGES: [string, Language][] = [
  ["English", "en"],
  ["中文", "zh"],
  ["Bahasa Melayu", "ms"],
  ["தமிழ்", "ta"],
];

/** The first reply of an outcome, in the language it is sent in. */
const firstText = (outcome: Outcome) => translate(outcome.replies[0]!.text, outcome.replies[0]!.language);

/** The words in quotes ("…", “…”) of a text. */
const quoted = (text: string) => [...text.matchAll(/["“]([^"”]+)["”]/gu)].map((m) => m[1]);

describe("the buttons named at '/clearanswers … Go ahead?'", () => {
  let world: TestWorld;
  let teacher: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    await weiLingSetUpOnOwnPhone(world);
    teacher = await linkedOnOwnPhone(world, MRS_NG);
  });
  afterEach(async () => world.close());

  it.each(LANGUAGES)("in %s, are the buttons' own labels", async (languageName, language) => {
    await teacher.send("/language");
    await teacher.press(languageName);
    await teacher.send("/clearanswers S1001");
    expect(teacher.last.replies.at(-1)?.text.key).toBe("clear.confirm");
    const labels = [translate({ key: "clear.yes" }, language), translate({ key: "common.cancel" }, language)];
    const same = firstText(await teacher.send("S1001"));
    expect(quoted(same)).toEqual(labels);
    const other = firstText(await teacher.send("S1002"));
    expect(quoted(other)).toEqual([labels[1]]);
  });
});
