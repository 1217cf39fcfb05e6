import { answerHashToText } from "../../src/core/answers/answer-hasher.js";
import { NON_ANSWERS_VERSION } from "../../src/core/answers/non-answers.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "../../src/core/answers/normalise-answer.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, textsOf } from "../helpers/dialog-helpers.js";
import { expectNothingCounted } from "../helpers/nothing-counted.js";
import {
  alreadySetUp,
  answersFor,
  countArgon2,
  resetTranscript,
  TYPED_ID_ROUTE,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const HELP_WORDS = ["I need help", "帮帮我", "tolong saya", "உதவி வேண்டும்", "?", "Help me please!"];

/**
 * At a reset's question, a child who types "I need help" (帮帮我, "tolong saya", உதவி வேண்டும், "?") asks for
 * help: she is told what the step wants and asked the same question again, and nothing is checked or
 * counted. Set-up refuses these words as answers now (non-answers version 6), so none can be right; for
 * answers saved before that rule, the words may be her answer and are checked as before.
 */
describe("help words at a reset's question", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => {
    argon.restore();
    await world.close();
    vi.useRealTimers();
  });

  it.each(HELP_WORDS)(
    "'%s' explains the step, asks the same question again and counts nothing",
    async (words) => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await kid.press("No thanks");
      argon = countArgon2();
      await kid.send("/reset");
      const asked = kid.lastText;
      const outcome = await kid.send(words);
      const texts = textsOf(outcome);
      expect(texts[0]).toContain("Type the answer you gave to this question when you set up.");
      expect(texts.at(-1)).toBe(asked.slice(asked.indexOf("Question 1 of 3")));
      expect(outcome.deleteInbound).toBe(true);
      expect(await openStep(world, kid)).toBe("reset.answer");
      await expectNothingCounted(world, argon, kid);
      // She goes on where she was, and the reset goes through.
      for (let i = 0; i < 3; i++) await kid.send(WEI_LING_ANSWERS[i]!);
      expect(kid.lastText).toContain("all 3 answers are right");
    },
  );

  it("in her language", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    await kid.send("/language");
    await kid.send("2");
    argon = countArgon2();
    await kid.send("/reset");
    await kid.send("我需要帮助");
    expect(kid.lastText).toContain("请输入你设置时给这个问题的答案。");
    expect(kid.lastText).toContain("第 1 个问题");
    await expectNothingCounted(world, argon, kid);
  });

  /** Answers saved under non-answers version 5, before set-up refused the help words. */
  async function setUpUnderVersionFive(answers: Record<string, string>): Promise<void> {
    await alreadySetUp(world, kid, "S1001", answers);
    const saved = (await world.deps.store.getEnrolment(WEI_LING.id))!;
    await world.deps.store.saveEnrolment(WEI_LING.id, { ...saved, nonAnswersVersion: 5 });
  }

  it("answers saved before the rule: 'I need help', her real answer, is checked and the reset goes through", async () => {
    const answers = { animal: "I need help", colour: "Purple", food: "Chicken rice" };
    await setUpUnderVersionFive(answers);
    argon = countArgon2();
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(argon.verifications).toBe(3);
  });

  it("answers saved before the rule: 'I need help' that is not her answer counts as a wrong try, as before", async () => {
    const answers = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
    await setUpUnderVersionFive(answers);
    argon = countArgon2();
    await resetTranscript(kid, WEI_LING.id, answersFor({ ...answers, animal: "I need help" }));
    expect(kid.lastText).not.toContain("all 3 answers are right");
    expect(argon.verifications).toBe(3);
    expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).not.toEqual([]);
  });

  it("from a chat not linked to her (a typed ID), a real ID and a made-up one hear the same help", async () => {
    await world.close();
    world = await TestWorld.create(TYPED_ID_ROUTE);
    kid = world.chat("wei-ling");
    await setUpUnderVersionFive({ animal: "Tiger", colour: "Purple", food: "Chicken rice" });
    const stranger = world.chat("someone-else");
    argon = countArgon2();
    const told: string[] = [];
    for (const id of [WEI_LING.id, "S9999"]) {
      await stranger.send("/reset");
      await stranger.send(id);
      await stranger.send("I need help");
      told.push(stranger.lastText.split("\n")[0]!);
      await stranger.send("/cancel");
    }
    expect(told[0]).toContain("Type the answer you gave to this question when you set up.");
    expect(told[1]).toBe(told[0]);
    expect(argon.verifications).toBe(0);
  });
});

/**
 * A set-up begun by the code before this rule, which took "I need help" as the animal answer, and finished
 * by this one: the enrolment must not claim that set-up refused the help words, or she could never type her
 * real answer at a reset.
 */
describe("a set-up that took 'I need help' as an answer before the rule, finished after it", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  it("is saved as of the list before, so 'I need help' is still checked for her, and is right", async () => {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
    await kid.send("Tiger");
    // As the older code left it: "I need help" saved as the first answer.
    const normalised = normaliseAnswer(NORMALISATION_VERSION, "I need help");
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
    expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(5);

    await kid.press("No thanks");
    const answers = { animal: "I need help", colour: "Purple", food: "Chicken rice" };
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("a set-up with no such answer is saved as of today's list", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(NON_ANSWERS_VERSION);
  });
});
