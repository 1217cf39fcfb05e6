import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerHashToText } from "../../src/core/answers/answer-hasher.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "../../src/core/answers/normalise-answer.js";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { answersFor, resetTranscript } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * Non-answers version 9 refuses yes, no and "I forgot" as they are said (好啊, "ok la", terlupa). A set-up
 * begun by older code, which took "terlupa" as an answer, and finished by this one, is saved as of version 8,
 * so that her reset still checks "terlupa" for her, and it is right.
 */
describe("a set-up that took 'terlupa' as an answer before version 9, finished after it", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  /** Set-up as the older code began it, `word` saved as the first answer, finished by this code. */
  async function setUpBegunByOlderCode(word = "terlupa") {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("Tiger");
    // As the older code left it: the word saved as the first answer, with no nonAnswersVersion mark.
    const normalised = normaliseAnswer(NORMALISATION_VERSION, word);
    const answerHash = answerHashToText(await world.deps.hasher.hash(normalised));
    const answerDigest = world.deps.digest.digest("setup-answer", `${WEI_LING.id}\u0000${normalised}`);
    const stored = (await world.deps.store.loadDialog(kid.ref))!;
    const document = JSON.parse(stored.json) as { state: Record<string, unknown> };
    const state = { ...document.state, picked: [{ questionId: "animal", answerHash, answerDigest }] };
    const json = JSON.stringify({ ...document, state });
    expect(await world.deps.store.saveDialog(kid.ref, stored.revision, json, 600)).toBe(true);
    await kid.press("favourite colour");
    await kid.send("Purple");
    await kid.press("favourite food");
    await kid.send("Chicken rice");
  }

  it("is saved as of version 8, so the word is still checked for her, and is right", async () => {
    await setUpBegunByOlderCode();
    expect(kid.lastText).toContain("All done!");
    expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(8);
    await kid.press("No thanks");
    const answers = { animal: "terlupa", colour: "Purple", food: "Chicken rice" };
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("the practice round checks 'terlupa' as her answer too, and it matches", async () => {
    await setUpBegunByOlderCode();
    await kid.press("Check that I remember");
    await kid.send("terlupa");
    expect(kid.lastText).toContain("Practice, question 2 of 3");
    await kid.send("Purple");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("All 3 answers match.");
  });

  // Version 10 refuses help as children ask for it (救命): a set-up version 9 began with it is saved as of 9.
  it("'救命', taken by version 9's set-up, is saved as of version 9 and checked at her reset", async () => {
    await setUpBegunByOlderCode("救命");
    expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(9);
    await kid.press("No thanks");
    const answers = { animal: "救命", colour: "Purple", food: "Chicken rice" };
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  // Version 12 reads a non-answer with a particle after it ("dunno la") and refuses "takde": a set-up version 11
  // began with one is saved as of version 11, and the word is checked at her reset.
  it.each(["dunno la", "不知道啦", "takde"])(
    "'%s', taken by version 11's set-up, is saved as of version 11 and checked at her reset",
    async (word) => {
      await setUpBegunByOlderCode(word);
      expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(11);
      await kid.press("No thanks");
      const answers = { animal: word, colour: "Purple", food: "Chicken rice" };
      await resetTranscript(kid, WEI_LING.id, answersFor(answers));
      expect(kid.lastText).toContain("all 3 answers are right");
    },
  );

  // Version 13 takes asking for another question ("skip", 换一个问题) as "back", also with a particle after it:
  // a set-up version 12 began with one is saved as of version 12, and the word is checked at her reset.
  it.each(["skip", "skip la", "换一个问题", "跳过吧"])(
    "'%s', taken by version 12's set-up, is saved as of version 12 and checked at her reset",
    async (word) => {
      await setUpBegunByOlderCode(word);
      expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(12);
      await kid.press("No thanks");
      const answers = { animal: word, colour: "Purple", food: "Chicken rice" };
      await resetTranscript(kid, WEI_LING.id, answersFor(answers));
      expect(kid.lastText).toContain("all 3 answers are right");
    },
  );

  // Version 14 refuses a listed phrase with a filler after it ("I don't know yet", "skip please", 我忘了答案),
  // "anything" and 沒有, also with a particle after them: a set-up version 13 began with one is saved as of 13.
  it.each(["I don't know yet", "skip please", "我忘了答案", "沒有", "tak tahu lagi lah", "anything"])(
    "'%s', taken by version 13's set-up, is saved as of version 13 and checked at her reset",
    async (word) => {
      await setUpBegunByOlderCode(word);
      expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(13);
      await kid.press("No thanks");
      const answers = { animal: word, colour: "Purple", food: "Chicken rice" };
      await resetTranscript(kid, WEI_LING.id, answersFor(answers));
      expect(kid.lastText).toContain("all 3 answers are right");
    },
  );
  // Version 15 refuses asking to skip as a question ("boleh skip", 可以跳过吗, தவிர்க்கலாமா) and Tamil's fillers
  // (ம்ம் தெரியல), also with a particle after them: a set-up version 14 began with one is saved as of 14.
  it.each(["boleh skip", "can I skip this one", "可以跳过吗", "தவிர்க்கலாமா", "boleh skip lah", "ம்ம் தெரியல"])(
    "'%s', taken by version 14's set-up, is saved as of version 14 and checked at her reset",
    async (word) => {
      await setUpBegunByOlderCode(word);
      expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(14);
      await kid.press("No thanks");
      const answers = { animal: word, colour: "Purple", food: "Chicken rice" };
      await resetTranscript(kid, WEI_LING.id, answersFor(answers));
      expect(kid.lastText).toContain("all 3 answers are right");
    },
  );
});
