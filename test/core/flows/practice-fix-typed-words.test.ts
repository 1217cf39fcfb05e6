import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../src/core/i18n/translate.js";
import type { Language } from "../../../src/core/i18n/languages.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

/*
 * The practice round finds her colour "not the same as before" and shows "Type the answer you want to keep.
 * Or tap the button to keep the old one." with one button, "Keep my old answer". A child who types instead
 * of tapping writes the button's words, "the old one", "my first answer", or a button's number the way the
 * bot reads it everywhere else ("number 2", "No.2", 第2个, "nombor 2", எண் 2). Before, all of those were
 * saved as her new colour, and at her next reset "Purple" was wrong. Now the old answer's words keep it, a
 * number that is no button (or "the new one", which the bot never kept) says how to keep or change it, and
 * nothing is saved.
 */
describe("words a child types at the practice round's 'Keep my old answer'", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  const LANGUAGE_NUMBER: Record<Language, string> = { en: "1", zh: "2", ms: "3", ta: "4" };

  /** Set-up, then the practice round with her colour wrong, in `language`. */
  async function atFix(language: Language = "en"): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    await kid.send("Tiger");
    await kid.send("blue");
    await kid.send("Chicken rice");
    if (language !== "en") {
      await kid.send("/language");
      await kid.send(LANGUAGE_NUMBER[language]);
    }
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
  }

  /** Her reset takes the answers she set up: nothing typed at the fix step was saved as her colour. */
  async function oldAnswersStillWork(): Promise<void> {
    await kid.answerReset(WEI_LING.id, weiLingAnswerFor);
    expect(kid.lastText).toContain("all 3 answers are right");
  }

  it.each([
    ...["Keep my old answer", "keep my old answer!", "keep", "keep it", "the old one", "my old answer"],
    ...["my first answer", "the first answer", "button 1", "number one"],
    ...["保留原来的答案", "保留", "原来的", "旧的", "第一个答案"],
    ...["Simpan jawapan lama", "simpan", "yang lama", "jawapan pertama"],
    ...["பழைய பதிலை வை", "பழையது", "பழைய பதில்", "முதல் பதில்"],
  ])("'%s' keeps her old answer, as tapping the button does", async (typed) => {
    await atFix();
    const outcome = await kid.send(typed);
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).not.toContain("I saved your new answer");
    expect(kid.lastText).toContain("All done! Your answers are saved.");
    expect(await openStep(world, kid)).toBeNull();
    await oldAnswersStillWork();
  });

  it.each([
    ...["number 2", "No.2", "#2", "第2个", "nombor 2", "எண் 2"],
    ...["button 2", "butang 2", "按钮2", "பொத்தான் 2", "number two", "nombor dua"],
    ...["2nd answer", "the second answer", "第二个答案", "jawapan kedua", "இரண்டாவது பதில்"],
    ...[
      "the new one",
      "my new answer",
      "新的",
      "刚才的答案",
      "yang baru",
      "jawapan baru",
      "புதியது",
      "புதிய பதில்",
    ],
  ])("'%s' saves nothing and says how to keep or change it", async (typed) => {
    await atFix();
    const outcome = await kid.send(typed);
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(translate({ key: "practice.keepOrType" }, "en"));
    expect(kid.lastText).not.toContain("at least 3");
    expect(kid.buttons).toEqual(["Keep my old answer"]);
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
    await kid.press("Keep my old answer");
    await oldAnswersStillWork();
  });

  // Numbers and ordinals in the four languages: 1 and "first" (the one button, or her first answer) keep it;
  // any other is no button, and told so in the language she chose.
  const KEEPS: Record<Language, string[]> = {
    en: ["1", "one", "first", "the first one", "the 1st one"],
    zh: ["１", "一", "第一", "第一个", "1号"],
    ms: ["satu", "pertama", "yang pertama", "nombor 1"],
    ta: ["௧", "ஒன்று", "முதல்", "முதலாவது"],
  };
  const NO_BUTTON: Record<Language, string[]> = {
    en: ["2", "two", "second", "the 2nd one", "third"],
    zh: ["２", "二", "第二个", "2号", "第二题"],
    ms: ["dua", "kedua", "yang kedua", "nombor dua"],
    ta: ["௨", "இரண்டு", "இரண்டாவது", "மூன்றாவது"],
  };

  const eachLanguage = (words: Record<Language, string[]>) =>
    (Object.keys(words) as Language[]).flatMap((language) =>
      words[language].map((typed) => [language, typed]),
    );

  it.each(eachLanguage(KEEPS))(
    "in %s, '%s' (the first button, or her first answer) keeps it",
    async (language, typed) => {
      await atFix(language as Language);
      await kid.send(typed!);
      expect(kid.lastText).toContain(translate({ key: "practice.fixedAll" }, language as Language));
      expect(kid.lastText).not.toContain(translate({ key: "practice.changed" }, language as Language));
      await kid.send("/language");
      await kid.send(LANGUAGE_NUMBER.en);
      await oldAnswersStillWork();
    },
  );

  it.each(Object.keys(NO_BUTTON) as Language[])(
    "in %s, another number or ordinal saves nothing and says which button and words to use",
    async (language) => {
      await atFix(language);
      for (const typed of NO_BUTTON[language]) {
        await kid.send(typed);
        expect(kid.lastText, typed).toContain(translate({ key: "practice.keepOrType" }, language));
        expect(kid.buttons, typed).toEqual([translate({ key: "practice.keep" }, language)]);
        expect(await openStep(world, kid), typed).toBe("setup.practiceFix");
      }
      await kid.send(LANGUAGE_NUMBER.en);
      await kid.send("/language");
      await kid.send(LANGUAGE_NUMBER.en);
      await oldAnswersStillWork();
    },
  );
});
