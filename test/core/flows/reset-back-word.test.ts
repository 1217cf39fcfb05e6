import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const CHANGE_AN_ANSWER =
  "You can't go back to an earlier question. Type your answer to the question below. Want to start over from question 1? Type start again. Nothing counts as a try until all 3 questions are answered. To stop, type /cancel.";

/*
 * "back" at a reset's "Question 2 of 3" said "There is no step to go back to here. Type cancel to stop.":
 * untrue (there is a question before), and "cancel" without the slash every other message writes. A reset
 * keeps no answer it could take back (only whether all so far were right), so it now says truthfully that
 * there is no going back, and how to change an answer: start again, which counts nothing, as a try counts only
 * once all 3 are in (see also reset-go-back-words.test.ts).
 */
describe("'back' at a reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create({ RESET_MAX_FAILURES: "1" });
    kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
  });
  afterEach(async () => world.close());

  it("after an answer, says to start again to change it; doing so counts nothing", async () => {
    await kid.send("/reset");
    await kid.send("Banana");
    expect(kid.lastText).toContain("Question 2 of 3");
    await kid.send("back");
    expect(kid.lastText).toContain(CHANGE_AN_ANSWER);
    expect(kid.lastText).toContain("Question 2 of 3");
    expect(await openStep(world, kid)).toBe("reset.answer");
    // What it says is so: the wrong first answer, started again before the third, is no try (one would suspend).
    await kid.send("start again");
    await kid.press("Yes, start again");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
  });

  it("at the first question, says there is no going back and to type /cancel to stop", async () => {
    await kid.send("/reset");
    await kid.send("back");
    expect(kid.lastText).toContain(
      "You can't go back to an earlier question. Type your answer to the question below. To stop, type /cancel.",
    );
    expect(kid.lastText).toContain("Question 1 of 3");
  });

  it("says so in every language, with /cancel and 'start again' as typed", async () => {
    for (const [locale, words] of [
      ["zh", "重新开始"],
      ["ms", "mula semula"],
      ["ta", "மீண்டும் தொடங்கு"],
    ] as const) {
      await kid.send("/reset", { locale });
      await kid.send("back", { locale });
      expect(kid.lastText, locale).toContain("/cancel");
      await kid.send("Banana", { locale });
      await kid.send("back", { locale });
      expect(kid.lastText, locale).toContain(words);
      await kid.send("/cancel", { locale });
    }
  });
});
