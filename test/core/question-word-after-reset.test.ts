import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  WEI_LING,
  openStep,
  reachNewPasswordChoice,
  textsOf,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { alreadySetUp, answersFor, resetTranscript } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import { NON_ANSWERS_VERSION } from "../../src/core/answers/non-answers.js";

const DELETED = "It may have been your password or a secret answer";

/**
 * At "How would you like your new password?" right after a reset's questions, a child types a question's
 * word ("colour"), still thinking of the questions. It was deleted as maybe a secret answer sent again.
 * When set-up refused such words as answers (non-answers version 6) and none of the answers she just typed
 * was one, it is kept and she is told to tap a button. Her real answer sent again is still deleted, and so
 * is such a word when her answers may include it (saved before the rule, or typed in this reset).
 */
describe("a question's word at the new-password choice after a reset", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  it.each(["colour", "Food", "颜色", "makanan", "நிறம்", "book"])(
    "'%s' is kept: she is told to tap a button, and the choice comes again",
    async (word) => {
      await reachNewPasswordChoice(kid);
      const outcome = await kid.send(word);
      const texts = textsOf(outcome);
      expect(outcome.deleteInbound).toBe(false);
      expect(texts.join("\n")).not.toContain(DELETED);
      expect(texts[0]).toContain("Tap a button");
      expect(texts.at(-1)).toContain("How would you like your new password?");
      expect(await openStep(world, kid)).toBe("reset.choose");
      await kid.press("Make one for me");
      expect(kid.last.replies[0]!.protect).toBeDefined();
    },
  );

  it("her real answer sent again is still deleted", async () => {
    await reachNewPasswordChoice(kid);
    const outcome = await kid.send(weiLingAnswerFor("food"));
    expect(outcome.deleteInbound).toBe(true);
    expect(textsOf(outcome)[0]).toContain(DELETED);
  });

  it("answers saved before the rule, one of them a question's word: that word is still deleted", async () => {
    const answers = { animal: "Tiger", colour: "Purple", food: "book" };
    await alreadySetUp(world, kid, "S1001", answers);
    const saved = (await world.deps.store.getEnrolment(WEI_LING.id))!;
    await world.deps.store.saveEnrolment(WEI_LING.id, { ...saved, nonAnswersVersion: 5 });
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
    const outcome = await kid.send("book");
    expect(outcome.deleteInbound).toBe(true);
    expect(textsOf(outcome)[0]).toContain(DELETED);
  });

  it("an answer she just typed that is a question's word (the list changed since): that word is deleted", async () => {
    // Saved under today's rule, but "movie" named no question offered then; the school has offered it since.
    const answers = { animal: "Tiger", colour: "Purple", food: "movie" };
    await alreadySetUp(world, kid, "S1001", answers);
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    expect(kid.lastText).toContain("all 3 answers are right");
    const outcome = await kid.send("movie");
    expect(outcome.deleteInbound).toBe(true);
    expect(textsOf(outcome)[0]).toContain(DELETED);
  });
});

/**
 * After a successful reset, answers saved before non-answers version 6 are saved as of today's list when
 * none is a word set-up refuses now. A question's key word ("book" as the food answer) is one: the enrolment
 * must keep its older version, or a later reset would read it as one whose answers name no question.
 */
describe("answers saved as of today's list after a reset", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  async function resetWithAnswersOfVersionFive(answers: Record<string, string>): Promise<number | undefined> {
    await alreadySetUp(world, kid, "S1001", answers);
    const saved = (await world.deps.store.getEnrolment(WEI_LING.id))!;
    await world.deps.store.saveEnrolment(WEI_LING.id, { ...saved, nonAnswersVersion: 5 });
    await resetTranscript(kid, WEI_LING.id, answersFor(answers));
    await kid.press("Make one for me");
    expect(kid.last.replies[0]!.protect).toBeDefined();
    return (await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion;
  }

  it("one of them a question's word: kept at version 5", async () => {
    expect(await resetWithAnswersOfVersionFive({ animal: "Tiger", colour: "Purple", food: "book" })).toBe(5);
  });

  it("none of them such a word: saved as of today's list", async () => {
    expect(await resetWithAnswersOfVersionFive({ animal: "Tiger", colour: "Purple", food: "Laksa" })).toBe(
      NON_ANSWERS_VERSION,
    );
  });
});

/**
 * The practice round's "type the answer you want to keep" takes any answer set-up's rules take for that
 * question, another question's word too ("book" for the colour): the enrolment then no longer holds only
 * answers that name no question, and must not say so.
 */
describe("a question's word saved in the practice round", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  it("saves the answers as of version 5", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await kid.press("Check that I remember");
    const practice = (text: string) => (text.includes("colour") ? "Wrong thing" : weiLingAnswerFor(text));
    for (let i = 0; i < 3; i++) await kid.send(practice(kid.lastText));
    expect(kid.lastText).toContain("What is your favourite colour?");
    await kid.send("book");
    await kid.send("book");
    expect(kid.lastText).toContain("I saved your new answer.");
    expect((await world.deps.store.getEnrolment(WEI_LING.id))?.nonAnswersVersion).toBe(5);
  });
});
