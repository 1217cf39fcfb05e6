import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_QUESTIONS } from "../../src/core/questions/question-list.js";
import { WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child who wants to start over types "start again" (重新开始, mula semula, மீண்டும் தொடங்கு) at a reset's
 * question. It used to be taken as her answer: at the end "Sorry, that didn't work", a try counted, and five
 * such rounds paused her reset for a day. Now she is asked whether she meant to start again; yes starts the
 * questions again and counts nothing. Set-up never refused these words, so a saved answer may be one: "No,
 * it was my answer" goes on with it checked as her answer.
 */

const START_AGAIN = {
  en: ["start", "start again", "restart", "Reset!"],
  zh: ["重新开始", "开始"],
  ms: ["mula semula", "Mula"],
  ta: ["மீண்டும் தொடங்கு"],
} as const;

const ASKED = {
  en: {
    ask: "start again from question 1",
    yes: "Yes, start again",
    no: "No, it was my answer",
    q1: "Question 1 of 3",
  },
  zh: { ask: "从第 1 题重新开始", yes: "对，重新开始", no: "不，那是我的答案", q1: "1" },
  ms: { ask: "mula semula dari soalan 1", yes: "Ya, mula semula", no: "Tidak, itu jawapan saya", q1: "1" },
  ta: { ask: "கேள்வி 1-இலிருந்து", yes: "ஆம், மீண்டும் தொடங்கு", no: "இல்லை, அது என் பதில்", q1: "1" },
} as const;

/** The question on screen, in any language, as Wei Ling answers it (`answers`: animal, colour, food). */
function answerOnScreen(text: string, answers: readonly string[] = WEI_LING_ANSWERS): string {
  const asked = DEFAULT_QUESTIONS.find((q) => Object.values(q.text).some((t) => text.includes(t)));
  if (asked === undefined) throw new Error(`no question on screen: ${text}`);
  return answers[["animal", "colour", "food"].indexOf(asked.id)] ?? weiLingAnswerFor(asked.text.en!);
}

async function answerAll(kid: TestChat, answers: readonly string[] = WEI_LING_ANSWERS): Promise<void> {
  for (let i = 0; i < 3; i++) await kid.send(answerOnScreen(kid.lastText, answers));
}

describe("words for 'start again' at a reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => {
    await world.close();
  });

  async function setUp(answers: [string, string, string] = WEI_LING_ANSWERS): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, answers);
    await kid.press("No thanks");
  }

  for (const [lang, words] of Object.entries(START_AGAIN) as [keyof typeof ASKED, readonly string[]][]) {
    for (const word of words) {
      it(`${lang} "${word}" asks whether to start again; yes starts from question 1 and the round can succeed`, async () => {
        await setUp();
        await kid.send(`/language ${lang}`);
        await kid.send("/reset");
        await kid.send(answerOnScreen(kid.lastText));
        await kid.send(word);
        expect(kid.lastText).toContain(ASKED[lang].ask);
        expect(kid.buttons).toEqual([ASKED[lang].yes, ASKED[lang].no]);
        await kid.press(ASKED[lang].yes);
        expect(kid.lastText).toContain(ASKED[lang].q1);
        await answerAll(kid);
        await kid.send("/language en");
        expect(kid.lastText).toContain("How would you like your new password?");
      });
    }
  }

  it("five rounds of 'start again' count no try and pause nothing", async () => {
    await setUp();
    for (let round = 1; round <= 5; round++) {
      await kid.send("/reset");
      expect(kid.lastText).toContain("Question 1 of 3");
      await kid.send("Lion");
      await kid.send("start again");
      await kid.press("Yes, start again");
      expect(kid.lastText).toContain("Nothing was counted");
      expect(kid.lastText).toContain("Question 1 of 3");
      await kid.send("/cancel");
    }
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
    await kid.send("/reset");
    expect(kid.lastText).toContain("Question 1 of 3");
  });

  it("a wrong answer before 'start again' is forgotten: the new round's right answers are right", async () => {
    await setUp();
    await kid.send("/reset");
    await kid.send("Lion");
    await kid.send(answerOnScreen(kid.lastText));
    await kid.send("restart");
    await kid.press("Yes, start again");
    await answerAll(kid);
    expect(kid.lastText).toContain("How would you like your new password?");
  });

  it("a saved answer that is such a word still works: 'No, it was my answer' goes on with it", async () => {
    await setUp(["Mula", "Purple", "Start again"]);
    await kid.send("/reset");
    await kid.send("Mula");
    expect(kid.lastText).toContain(ASKED.en.ask);
    await kid.press("No, it was my answer");
    expect(kid.lastText).toContain("Question 2 of 3");
    await kid.send("Purple");
    await kid.send("Start again");
    await kid.press("No, it was my answer");
    expect(kid.lastText).toContain("How would you like your new password?");
  });

  it("a wrong answer kept with 'No, it was my answer' fails as any wrong answer", async () => {
    await setUp();
    await kid.send("/reset");
    await kid.send("mula");
    await kid.press("No, it was my answer");
    await kid.send("Purple");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("Sorry, that didn't work");
  });
});
