import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { alreadySetUp, countArgon2, TYPED_ID_ROUTE, useSchoolClock } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const NO_BACK = "You can't go back to an earlier question. Type your answer to the question below.";
const START_OVER =
  "Want to start over from question 1? Type start again. Nothing counts as a try until all 3 questions are answered. To stop, type /cancel.";
const BACK_ASK =
  "You can't go back to an earlier question. Do you want to start again from question 1? Or was that your answer?";

/*
 * "go back", 上一步, 返回上一步 typed at a reset's question (a child who wants to change an answer) got "You
 * can't skip a question here", or, for answers saved before set-up refused them, were checked as her answer
 * and counted as a wrong try; "back" at question 1 got "There is no step to go back to here". Now every word
 * for "back" that set-up refused when her answers were saved gets the same kind words (no going back: answer
 * this question, or type "start again"), nothing checked or counted. A word set-up never refused ("balik",
 * "previous question", 上一题) may be her answer: it is checked as one, then she is asked, as for "start
 * again", whether to start again or whether it was her answer, so a right answer is never lost and a wish to
 * go back counts no try.
 */
describe("words for 'go back' at a reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    world = await TestWorld.create({ RESET_MAX_FAILURES: "1" });
    kid = world.chat("wei-ling-phone");
  });
  afterEach(async () => {
    argon?.restore();
    await world.close();
    vi.useRealTimers();
  });

  async function setUp(answers: [string, string, string] = WEI_LING_ANSWERS): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, answers);
    await kid.press("No thanks");
  }

  for (const word of ["back", "go back", "Go back!", "上一步", "返回上一步", "返回", "kembali", "பின்"]) {
    it(`"${word}" at any question: no going back, nothing checked or counted, and her reset goes on`, async () => {
      await setUp();
      argon = countArgon2();
      await kid.send("/reset");
      await kid.send(word);
      expect(kid.lastText).toContain(NO_BACK);
      expect(kid.lastText).toContain("Question 1 of 3");
      expect(kid.lastText).not.toContain("start again");
      expect(kid.lastText).toContain("To stop, type /cancel.");
      for (const question of [2, 3]) {
        await kid.send(weiLingAnswerFor(kid.lastText));
        await kid.send(word);
        expect(kid.lastText).toContain(NO_BACK);
        expect(kid.lastText).toContain(START_OVER);
        expect(kid.lastText).toContain(`Question ${question} of 3`);
        expect(await openStep(world, kid)).toBe("reset.answer");
      }
      await kid.send(weiLingAnswerFor(kid.lastText));
      expect(kid.lastText).toContain("all 3 answers are right");
      expect(argon.verifications).toBe(3);
      expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
    });
  }

  it("a word set-up never refused ('balik') is checked, then asked about; 'Yes, start again' counts nothing", async () => {
    await setUp();
    await kid.send("/reset");
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send("balik");
    expect(kid.lastText).toContain(BACK_ASK);
    expect(kid.buttons).toEqual(["Yes, start again", "No, it was my answer"]);
    await kid.press("Yes, start again");
    expect(kid.lastText).toContain("Question 1 of 3");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
  });

  it("her saved answer 'Balik' is never lost: 'No, it was my answer' goes on with it", async () => {
    // Set-up now goes back at "balik", but set-ups before took it as an answer.
    useSchoolClock();
    await alreadySetUp(world, kid, WEI_LING.id, { animal: "Tiger", colour: "Balik", food: "Chicken rice" });
    await kid.send("/reset");
    await kid.send("Tiger");
    await kid.send("Balik");
    expect(kid.lastText).toContain(BACK_ASK);
    await kid.press("No, it was my answer");
    expect(kid.lastText).toContain("Question 3 of 3");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("'go back' saved as her answer before set-up refused it is checked for her, then asked about", async () => {
    useSchoolClock();
    await alreadySetUp(world, kid, WEI_LING.id, { animal: "Tiger", colour: "go back", food: "Chicken rice" });
    // Saved by a version before set-up refused the words for another question (non-answers version 13).
    const saved = (await world.deps.store.getEnrolment(WEI_LING.id))!;
    const { questionIds, answerHashes, parameterSet, pepperTag, normalisationVersion, enrolledAt } = saved;
    await world.deps.store.saveEnrolment(WEI_LING.id, {
      questionIds,
      answerHashes,
      parameterSet,
      pepperTag,
      normalisationVersion,
      enrolledAt,
    });
    await kid.send("/reset");
    await kid.send("Tiger");
    await kid.send("go back");
    expect(kid.lastText).toContain(BACK_ASK);
    await kid.press("No, it was my answer");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("from another chat by typed ID, 'go back' gets the same words, with nothing checked", async () => {
    await world.close();
    world = await TestWorld.create({ ...TYPED_ID_ROUTE, RESET_MAX_FAILURES: "1" });
    kid = world.chat("wei-ling-phone");
    await setUp();
    const other = world.chat("library-pc");
    argon = countArgon2();
    await other.send("/reset");
    await other.send(WEI_LING.id);
    await other.send("go back");
    expect(other.lastText).toContain(NO_BACK);
    expect(argon.verifications).toBe(0);
  });

  it("says so in every language", async () => {
    await setUp();
    for (const [locale, words] of [
      ["zh", "不能回到前面的问题"],
      ["ms", "Kamu tidak boleh kembali ke soalan sebelum ini"],
      ["ta", "முந்தைய கேள்விக்குத் திரும்பிப் போக முடியாது"],
    ] as const) {
      await kid.send("/reset", { locale });
      await kid.send(weiLingAnswerFor(kid.lastText), { locale });
      await kid.send("上一步", { locale });
      expect(kid.lastText, locale).toContain(words);
      await kid.send("balik", { locale });
      expect(kid.lastText, locale).toContain(words);
      await kid.send("/cancel", { locale });
    }
  });
});
