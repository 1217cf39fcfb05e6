import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isNonAnswer } from "../../src/core/answers/non-answers.js";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { notCheckedAtReset, stillCheckedFromVersion } from "../helpers/non-answers-at-reset.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * Non-answers version 14. A child who types "I don't know yet", "skip this one", 我忘了答案, *tak tahu lagi*
 * (a listed phrase with a short filler after it), "anything", "later", the Traditional 沒有 and 不記得,
 * *apa-apa* or தெரியல at set-up's answer prompt had it saved as her secret answer, and could not reset weeks
 * later; at a reset's question it counted as a wrong answer. Now set-up refuses them (or, asking for another
 * question, goes back to the question list), and a reset answers them with "It's okay if you don't
 * remember". Real answers with these words in them ("Later Gator", "Anything Goes") stay answers.
 */
const REFUSED = Object.entries({
  en: [
    ...["I forgot my answer", "I don't know yet", "not sure yet", "anything", "later", "none of these"],
    "I don't know yet la",
  ],
  zh: ["我忘了答案", "我不知道耶", "沒有", "不記得"],
  ms: ["tak ingat jawapan", "tak tahu lagi", "apa-apa"],
  ta: ["தெரியல", "ஏதாவது"],
}).flatMap(([language, phrases]) => phrases.map((words) => [language, words] as const));

/** Asking for another question in more words: back to the question list, as "skip" is. */
const ASKS_FOR_ANOTHER = ["can i choose another question", "skip this one", "skip please", "next one please"];

const REAL_ANSWERS = ["Later Gator", "Anything Goes", "Nothing Hill", "Skip-Bo", "Next Door", "One Piece"];

describe("a phrase with a filler, and the other words of non-answers version 14, at set-up's answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  async function atFirstSetUpAnswer(language: string): Promise<void> {
    await kid.send("/setup", { locale: language });
    await kid.send(WEI_LING.id, { locale: language });
    await kid.send(WEI_LING.password, { locale: language });
    await kid.send("1", { locale: language });
  }

  it.each(REFUSED)("%s, '%s': refused, never saved as her answer", async (language, words) => {
    await atFirstSetUpAnswer(language);
    await kid.send(words, { locale: language });
    expect(kid.last.replies.map((r) => r.text.key)).toContain("setup.nonAnswer");
    expect(await openStep(world, kid)).toBe("setup.answer");
  });

  it.each(ASKS_FOR_ANOTHER)("'%s': back to the question list, nothing saved", async (words) => {
    await atFirstSetUpAnswer("en");
    await kid.send(words);
    expect(await openStep(world, kid)).toBe("setup.question");
    expect(kid.lastText).toContain("Choose question 1 of 3.");
  });

  it("real answers with these words in them stay answers", () => {
    for (const answer of REAL_ANSWERS) expect(isNonAnswer(answer), answer).toBe(false);
  });

  it("'Later Gator' is saved as her answer and set-up goes on", async () => {
    await atFirstSetUpAnswer("en");
    await kid.send("Later Gator");
    expect(kid.lastText).toContain("Choose question 2 of 3.");
    await kid.send("1");
    await kid.send("Purple");
    await kid.send("1");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("All done!");
  });
});

describe("the words of non-answers version 14 at a reset's answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("kid-wei-ling");
  });

  it("are not checked nor counted: it's okay not to remember, and the same question again", async () => {
    await notCheckedAtReset(
      world,
      kid,
      REFUSED.map(([, phrase]) => phrase),
    );
  });

  it("asking for another question is not checked nor counted: a reset asks the questions she chose", async () => {
    await notCheckedAtReset(world, kid, ASKS_FOR_ANOTHER, "reset.cannotSkip");
  });

  it("an answer 'I don't know yet' saved under non-answers version 13, before set-up refused it, is still checked and right", async () => {
    await stillCheckedFromVersion(world, kid, "I don't know yet", 13);
  });
});
