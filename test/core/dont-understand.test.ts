import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerHashToText } from "../../src/core/answers/answer-hasher.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "../../src/core/answers/normalise-answer.js";
import { isNonAnswer, NON_ANSWERS_VERSION, refusedWhenSaved } from "../../src/core/answers/non-answers.js";
import { WEI_LING, openStep } from "../helpers/dialog-helpers.js";
import {
  alreadySetUp,
  answersFor,
  countArgon2,
  resetTranscript,
  worldOnSchoolClock,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/*
 * A child who does not understand what the bot asks says so: "i dont understand", 我不懂, "tak faham",
 * புரியவில்லை. At set-up's answer prompt that was saved as her secret answer ("All done! Your 3 secret questions
 * are saved."), which she could never give again at a reset; at "Type your user ID" it was taken as her user
 * ID and she was asked for her password, which was then refused. It asks for help now, as "help" does.
 */
const NOT_UNDERSTOOD = {
  en: "i dont understand",
  zh: "我不懂",
  ms: "saya tak faham",
  ta: "புரியவில்லை",
} as const;

describe("'I don't understand' asks for help", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat();
  });
  afterEach(async () => world.close());

  for (const [language, words] of Object.entries(NOT_UNDERSTOOD)) {
    it(`at set-up's answer prompt, in ${language}: not saved; the step's help, and the same question`, async () => {
      const send = (text: string) => kid.send(text, { locale: language });
      await send("/setup");
      await send(WEI_LING.id);
      await send(WEI_LING.password);
      await send("1");
      const sent = await send(words);
      expect(sent.deleteInbound).toBe(true);
      expect(sent.replies.map((r) => r.text.key)).toEqual(["setup.helpAnswer", "setup.askAnswer"]);
      expect(new Set(sent.replies.map((r) => r.language))).toEqual(new Set([language]));
      expect(await openStep(world, kid)).toBe("setup.answer");
      expect(isNonAnswer(words)).toBe(true);
    });

    it(`at 'Type your user ID', in ${language}: the step's help, not 'Now type your password'`, async () => {
      const send = (text: string) => kid.send(text, { locale: language });
      await send("/setup");
      const sent = await send(words);
      expect(sent.replies.map((r) => r.text.key)).toEqual(["setup.helpId", "setup.askId"]);
      expect(await openStep(world, kid)).toBe("setup.id");
      await send(WEI_LING.id);
      await send(WEI_LING.password);
      expect(await openStep(world, kid)).toBe("setup.question");
    });
  }

  it("spelt otherwise: with capitals, an apostrophe, spaces, a full stop", async () => {
    for (const words of ["I don't understand.", "I DONT UNDERSTAND", "don't get it", "tidak faham", "看不懂"])
      expect(isNonAnswer(words), words).toBe(true);
  });
});

/** Answers saved before set-up took these words as help (non-answers version 6) may be them, and are checked. */
describe("at a reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("wei-ling");
  });

  it("answers saved today: the step's help, and nothing checked", async () => {
    const answers = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
    await alreadySetUp(world, kid, WEI_LING.id, answers);
    const argon = countArgon2();
    try {
      await kid.send("/reset");
      const sent = await kid.send("I don't understand");
      expect(sent.replies[0]?.text.key).toBe("reset.helpAnswer");
      expect(argon.verifications).toBe(0);
    } finally {
      argon.restore();
    }
  });

  it("answers saved under version 6: 'I don't understand', her real answer, is checked and right", async () => {
    const answers = { animal: "I don't understand", colour: "Purple", food: "Chicken rice" };
    await alreadySetUp(world, kid, WEI_LING.id, answers);
    const saved = (await world.deps.store.getEnrolment(WEI_LING.id))!;
    await world.deps.store.saveEnrolment(WEI_LING.id, { ...saved, nonAnswersVersion: 6 });
    expect(refusedWhenSaved("I don't understand", { ...saved, nonAnswersVersion: 6 })).toBe(false);
    expect(refusedWhenSaved("I need help", { ...saved, nonAnswersVersion: 6 })).toBe(true);
    expect(refusedWhenSaved("I don't understand", { ...saved, nonAnswersVersion: NON_ANSWERS_VERSION })).toBe(
      true,
    );
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
  });
});

/** A set-up begun by code that took "I don't understand" as an answer, finished by this one. */
describe("a set-up that took 'I don't understand' as an answer before the rule, finished after it", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  it("is saved as of version 6, so the words are still checked for her, and are right", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("Tiger");
    // As the older code left it: "I don't understand" saved as the first answer.
    const normalised = normaliseAnswer(NORMALISATION_VERSION, "I don't understand");
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
    expect(kid.lastText).toContain("All done!");
    expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(6);

    await kid.press("No thanks");
    const answers = { animal: "I don't understand", colour: "Purple", food: "Chicken rice" };
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
  });
});
