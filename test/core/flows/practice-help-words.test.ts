import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, openStep } from "../../helpers/dialog-helpers.js";
import { TestWorld } from "../../helpers/test-world.js";

// A child stuck in the practice round asks for help in words. Set-up refuses these words as answers (non-answers
// version 6), so none can be one of the answers just saved: checking one only counted it "different" and sent
// her to change an answer that was right.
describe("help words in set-up's practice round", () => {
  let world: TestWorld;
  let argon2 = 0;
  beforeEach(async () => {
    world = await TestWorld.create({}, undefined, { onArgon2: () => (argon2 += 1) });
  });
  afterEach(async () => world.close());

  const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
  const answerFor = (text: string) => Object.entries(ANSWERS).find(([key]) => text.includes(key))![1];

  it.each(["help", "I need help", "帮助", "tolong", "உதவி", "?", "帮帮我", "tolong saya"])(
    "%j explains the step, asks the same question again, and counts nothing",
    async (typed) => {
      const kid = world.chat();
      await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
      await kid.press("Check that I remember");
      await kid.send(answerFor(kid.lastText));
      expect(kid.lastText).toContain("Practice, question 2 of 3");
      const checksBefore = argon2;
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("This is only practice");
      expect(kid.lastText).toContain("Practice, question 2 of 3");
      expect(await openStep(world, kid)).toBe("setup.practice");
      expect(argon2).toBe(checksBefore);
      await kid.send(answerFor(kid.lastText));
      await kid.send(answerFor(kid.lastText));
      expect(kid.lastText).toContain("All 3 answers match.");
    },
  );

  // "I forgot" in each language: set-up refuses it as an answer, so it was counted "different" and led to "Type
  // the answer you will remember", as if she had typed one.
  it.each(["I forgot", "我忘了", "想不起来", "lupa", "saya terlupa", "மறந்துவிட்டேன்", "I don't know"])(
    "%j is told it is only practice, the same question asked again, nothing checked",
    async (typed) => {
      const kid = world.chat();
      await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
      await kid.press("Check that I remember");
      await kid.send(answerFor(kid.lastText));
      const checksBefore = argon2;
      await kid.send(typed);
      expect(kid.lastText).toContain("This is only practice");
      expect(kid.lastText).toContain("Practice, question 2 of 3");
      expect(argon2).toBe(checksBefore);
      await kid.send(answerFor(kid.lastText));
      await kid.send(answerFor(kid.lastText));
      expect(kid.lastText).toContain("All 3 answers match.");
    },
  );

  it.each(["I need help", "帮助", "?"])(
    "%j where a different answer may be changed explains that step and saves nothing",
    async (typed) => {
      const kid = world.chat();
      await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
      await kid.press("Check that I remember");
      for (let i = 0; i < 3; i++) await kid.send(`Wrong thing ${i + 1}`);
      const saved = await world.deps.store.getEnrolment(WEI_LING.id);
      await kid.send(typed);
      expect(kid.lastText).toContain(
        "One answer was not the same as before. Type the answer you will remember",
      );
      expect(kid.lastText).not.toContain("too easy to guess");
      expect(kid.buttons).toEqual(["Keep my old answer"]);
      expect(await openStep(world, kid)).toBe("setup.practiceFix");
      expect(await world.deps.store.getEnrolment(WEI_LING.id)).toEqual(saved);
    },
  );
});
