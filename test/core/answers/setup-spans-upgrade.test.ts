import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerHashToText } from "../../../src/core/answers/answer-hasher.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "../../../src/core/answers/normalise-answer.js";
import { DEFAULT_QUESTIONS } from "../../../src/core/questions/question-list.js";
import { answersFor, DEMO_PASSWORDS, resetTranscript } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

type Json = Record<string, unknown>;

/** Rewrites the chat's stored dialog state, as another replica's code would have left it. */
async function rewriteState(world: TestWorld, kid: TestChat, change: (state: Json) => Json): Promise<void> {
  const stored = await world.deps.store.loadDialog(kid.ref);
  if (stored === null) throw new Error("no dialog open");
  const document = JSON.parse(stored.json) as Json;
  const json = JSON.stringify({ ...document, state: change(document.state as Json) });
  expect(await world.deps.store.saveDialog(kid.ref, stored.revision, json, 600)).toBe(true);
}

async function stateOf(world: TestWorld, kid: TestChat): Promise<Json> {
  const stored = await world.deps.store.loadDialog(kid.ref);
  return (JSON.parse(stored!.json) as Json).state as Json;
}

const questionNamed = (id: string) => DEFAULT_QUESTIONS.find((q) => q.id === id)!.text.en!;

/** A set-up begun by the older code (its first answer hashed with version 2) and finished by this one. */
async function setUpAcrossTheDeploy(world: TestWorld, kid: TestChat, id: "S1001" | "S1002"): Promise<void> {
  await kid.send("/setup");
  await kid.send(id);
  await kid.send(DEMO_PASSWORDS[id]);
  await kid.press(questionNamed("hero"));
  await kid.send("Pokémon");
  // As the older code left it: no version in the state, the first answer hashed with version 2.
  const hash = answerHashToText(await world.deps.hasher.hash(normaliseAnswer(2, "Pokémon")));
  const digest = world.deps.digest.digest("setup-answer", `${id}\u0000${normaliseAnswer(2, "Pokémon")}`);
  await rewriteState(world, kid, (state) => {
    const { normalisationVersion: _new, ...old } = state;
    return { ...old, picked: [{ questionId: "hero", answerHash: hash, answerDigest: digest }] };
  });
  await kid.press(questionNamed("food"));
  await kid.send("Crème brûlée");
  await kid.press(questionNamed("toy"));
  await kid.send("Zoë");
  expect(kid.lastText).toContain("All done!");
}

describe("a set-up that spans the deploy of answer normalisation version 3", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("begun by the older code (version 2) and finished by this one: Pokémon typed again at a reset works", async () => {
    const kid = world.chat("kid-spans");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    await kid.press(questionNamed("hero"));
    await kid.send("Pokémon");
    // As the older code left it: no version in the state, the first answer hashed with version 2.
    const hash = answerHashToText(await world.deps.hasher.hash(normaliseAnswer(2, "Pokémon")));
    const digest = world.deps.digest.digest("setup-answer", `S1001\u0000${normaliseAnswer(2, "Pokémon")}`);
    await rewriteState(world, kid, (state) => {
      const { normalisationVersion: _new, ...old } = state;
      return { ...old, picked: [{ questionId: "hero", answerHash: hash, answerDigest: digest }] };
    });
    await kid.press(questionNamed("food"));
    await kid.send("Crème brûlée");
    await kid.press(questionNamed("toy"));
    await kid.send("Zoë");
    expect(kid.lastText).toContain("All done!");
    expect((await world.deps.store.getEnrolment("S1001"))?.normalisationVersion).toBe(2);

    await resetTranscript(kid, "S1001", answersFor({ hero: "Pokémon", food: "Crème brûlée", toy: "Zoë" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("the same answer again at a later step is refused under the set-up's version too", async () => {
    const kid = world.chat("kid-spans-same");
    await kid.send("/setup");
    await kid.send("S1002");
    await kid.send(DEMO_PASSWORDS.S1002);
    await kid.press(questionNamed("hero"));
    await kid.send("Pokémon");
    const digest = world.deps.digest.digest("setup-answer", `S1002\u0000${normaliseAnswer(2, "Pokémon")}`);
    await rewriteState(world, kid, (state) => {
      const { normalisationVersion: _new, ...old } = state;
      const [first] = old.picked as Json[];
      return { ...old, picked: [{ ...first, answerDigest: digest }] };
    });
    await kid.press(questionNamed("food"));
    await kid.send("Pokémon");
    expect(kid.lastText).toContain("You already used that answer");
  });

  it("begun by this code: the state says the current version from the first answer, and the save says so", async () => {
    const kid = world.chat("kid-new");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    expect((await stateOf(world, kid)).normalisationVersion).toBeUndefined();
    await kid.press(questionNamed("hero"));
    await kid.send("Pokémon");
    expect((await stateOf(world, kid)).normalisationVersion).toBe(NORMALISATION_VERSION);
    await kid.press(questionNamed("food"));
    await kid.send("Crème brûlée");
    await kid.press(questionNamed("toy"));
    await kid.send("Zoë");
    expect((await world.deps.store.getEnrolment("S1001"))?.normalisationVersion).toBe(NORMALISATION_VERSION);
    await resetTranscript(kid, "S1001", answersFor({ hero: "pokemon", food: "creme brulee", toy: "zoe" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("begun by a newer replica with a version this code does not know: she picks her questions afresh", async () => {
    const kid = world.chat("kid-newer");
    await kid.send("/setup");
    await kid.send("S1002");
    await kid.send(DEMO_PASSWORDS.S1002);
    await kid.press(questionNamed("hero"));
    await kid.send("Pokémon");
    await rewriteState(world, kid, (state) => ({ ...state, normalisationVersion: 99 }));
    await kid.press(questionNamed("food"));
    await kid.send("Nasi lemak");
    expect(kid.lastText).toContain("let's start again from the beginning");
    expect(kid.lastText).toContain("Choose question 1 of 3.");
    expect(await world.deps.store.getEnrolment("S1002")).toBeNull();
  });
});

describe("the practice round of answers saved with an older normalisation version", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  async function toTheFix(kid: TestChat, id: "S1001" | "S1002") {
    await setUpAcrossTheDeploy(world, kid, id);
    expect((await world.deps.store.getEnrolment(id))?.normalisationVersion).toBe(2);
    await kid.press("Check that I remember");
    await kid.send("Mewtwo");
    await kid.send("Crème brûlée");
    await kid.send("Zoë");
    expect(kid.lastText).toContain("One answer was not the same as before. Let's fix it now.");
  }

  it("hashes a changed answer with the enrolment's version: Pokémon Go typed again at a reset works", async () => {
    const kid = world.chat("kid-practice-v2");
    await toTheFix(kid, "S1001");
    await kid.send("Pokémon Go");
    await kid.send("Pokémon Go");
    expect(kid.lastText).toContain("I saved your new answer");
    expect((await world.deps.store.getEnrolment("S1001"))?.normalisationVersion).toBe(2);

    await resetTranscript(kid, "S1001", answersFor({ hero: "Pokémon Go", food: "Crème brûlée", toy: "Zoë" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("refuses a changed answer that is another one, compared with the enrolment's version", async () => {
    const kid = world.chat("kid-practice-same");
    await toTheFix(kid, "S1002");
    await kid.send("Crème brûlée");
    await kid.send("Crème brûlée");
    expect(kid.lastText).toContain("You already used that answer");
  });
});
