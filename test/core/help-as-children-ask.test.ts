import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isNonAnswer, refusedWhenSaved } from "../../src/core/answers/non-answers.js";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { closeCounted, expectNothingCounted, weiLingSetUpAndCounted } from "../helpers/nothing-counted.js";
import type { countArgon2 } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * Help as children ask for it beyond "I need help": 我不会 ("I can't do it"), 救命 ("help!"), *tolonglah*,
 * *tak reti* ("don't know how"), உதவி பண்ணுங்க (spoken "please help"), "help pls". At set-up's answer prompt
 * each was saved as her secret answer, and at a reset's question checked and counted. They ask for help now
 * (non-answers version 10).
 */
const HELP_AS_ASKED = [
  ["我不会", "zh"],
  ["救命", "zh"],
  ["救命啊！", "zh"],
  ["tolonglah", "ms"],
  ["saya tak reti", "ms"],
  ["உதவி பண்ணுங்க", "ta"],
  ["help pls", "en"],
] as const;

describe("help as children ask for it", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  it.each(HELP_AS_ASKED)(
    "'%s' at set-up's answer prompt (%s): not saved; the step's help, and the same question",
    async (words, language) => {
      const send = (text: string) => kid.send(text, { locale: language });
      await send("/setup");
      await send(WEI_LING.id);
      await send(WEI_LING.password);
      await send("1");
      const sent = await send(words);
      expect(sent.deleteInbound).toBe(true);
      expect(sent.replies.map((r) => r.text.key)).toEqual(["setup.helpAnswer", "setup.askAnswer"]);
      expect(await openStep(world, kid)).toBe("setup.answer");
    },
  );

  it("an answer saved before version 10 may be these words, and a reset checks it", () => {
    const savedUnderNine = { normalisationVersion: 3, nonAnswersVersion: 9 };
    for (const [words] of HELP_AS_ASKED) {
      expect(isNonAnswer(words), words).toBe(true);
      expect(refusedWhenSaved(words, savedUnderNine), words).toBe(false);
      expect(refusedWhenSaved(words, { normalisationVersion: 3, nonAnswersVersion: 10 }), words).toBe(true);
    }
    for (const words of ["what is this", "terlupa", "好啊", "I need help"])
      expect(refusedWhenSaved(words, savedUnderNine), words).toBe(true);
  });
});

describe("help as children ask for it at a reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;
  beforeEach(async () => {
    ({ world, kid, argon } = await weiLingSetUpAndCounted());
  });
  afterEach(() => closeCounted(world, argon));

  it.each(HELP_AS_ASKED.map(([words]) => words))(
    "'%s': the step explained, the same question, nothing checked or counted",
    async (words) => {
      await kid.send("/reset");
      await kid.send(words);
      expect(kid.lastText).toContain("Question 1 of 3");
      expect(kid.lastText).not.toContain("not right");
      await kid.send("/cancel");
      await expectNothingCounted(world, argon, kid);
    },
  );
});
