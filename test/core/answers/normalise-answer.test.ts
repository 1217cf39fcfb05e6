import argon2 from "argon2";
import { afterEach, describe, expect, it } from "vitest";
import { OWASP_ARGON2, phcString } from "../../../src/core/answers/argon2-parameters.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "../../../src/core/answers/normalise-answer.js";
import { answersFor, DEMO_PASSWORDS, resetTranscript } from "../../helpers/security-helpers.js";
import { TEST_PEPPER, TestWorld } from "../../helpers/test-world.js";

const SET_UP_AS = { hero: "Spider-Man", colour: "Purple", food: "Chicken rice" };

describe("answers are compared after normalising, and stored only as peppered argon2id hashes", () => {
  let world: TestWorld;
  afterEach(async () => world.close());

  it('"Spider-Man", "spider man", "SPIDERMAN" and full-width letters are the same answer in a real reset', async () => {
    // The cheap parameters: what is compared does not depend on them (the next test proves what is stored).
    world = await TestWorld.create();
    const kid = world.chat("kid-wei-ling");
    await kid.setUp(
      "S1001",
      DEMO_PASSWORDS.S1001,
      [SET_UP_AS.hero, SET_UP_AS.colour, SET_UP_AS.food],
      ["hero", "colour", "food"],
    );
    expect(kid.lastText).toContain("All done");

    await resetTranscript(
      kid,
      "S1001",
      answersFor({ hero: "spider man", colour: "PURPLE", food: "chickenrice" }),
    );
    expect(kid.lastText).toContain("all 3 answers are right");

    // Full-width Latin (as typed on a Chinese or Japanese keyboard) and stray punctuation.
    await resetTranscript(
      kid,
      "s1001",
      answersFor({ hero: "SPIDERMAN", colour: "ｐｕｒｐｌｅ", food: "  Chicken-Rice!! " }),
    );
    expect(kid.lastText).toContain("all 3 answers are right");

    // A different hero is a different answer, however it is written.
    await resetTranscript(
      kid,
      "S1001",
      answersFor({ hero: "Spider Woman", colour: "purple", food: "chicken rice" }),
    );
    expect(kid.lastText).toContain("that didn't work");
    expect(kid.lastText).not.toContain("all 3 answers are right");
  });

  it("stores packed argon2id (m=19456, t=2, p=1) salts and hashes that verify only with the pepper, plus the normalisation version", async () => {
    // Production's parameters, to prove what is stored (the other tests use cheap ones).
    world = await TestWorld.create({}, undefined, { argon2: OWASP_ARGON2 });
    const kid = world.chat("kid-wei-ling");
    await kid.setUp(
      "S1001",
      DEMO_PASSWORDS.S1001,
      [SET_UP_AS.hero, SET_UP_AS.colour, SET_UP_AS.food],
      ["hero", "colour", "food"],
    );

    const enrolment = await world.deps.store.getEnrolment("S1001");
    expect(enrolment).not.toBeNull();
    expect(enrolment!.questionIds).toEqual(["hero", "colour", "food"]);
    expect(enrolment!.normalisationVersion).toBe(NORMALISATION_VERSION);
    // The parameters are named once, by their set's id; each answer is 16 bytes of salt and 32 of hash.
    expect(enrolment!.parameterSet).toBe(OWASP_ARGON2.id);
    expect(enrolment!.answerHashes).toHaveLength(3);
    for (const { salt, hash } of enrolment!.answerHashes) {
      expect(salt).toHaveLength(16);
      expect(hash).toHaveLength(32);
    }
    // Each hash has its own salt.
    const salts = enrolment!.answerHashes.map((h) => h.salt.toString("hex"));
    expect(new Set(salts).size).toBe(3);

    const hero = phcString(OWASP_ARGON2, enrolment!.answerHashes[0]!.salt, enrolment!.answerHashes[0]!.hash);
    const secret = Buffer.from(TEST_PEPPER);
    expect(await argon2.verify(hero, "spiderman", { secret })).toBe(true);
    // Without the pepper a stolen Redis dump is useless, even for the right answer.
    expect(await argon2.verify(hero, "spiderman")).toBe(false);
    expect(
      await argon2.verify(hero, "spiderman", {
        secret: Buffer.from("another-pepper-of-32-bytes-or-more!!"),
      }),
    ).toBe(false);
    // What is hashed is the normalised form, not what was typed.
    expect(await argon2.verify(hero, "Spider-Man", { secret })).toBe(false);
  });
});

describe("answer normalisation", () => {
  it.each([
    ["Spider-Man", "spiderman"],
    ["spider man", "spiderman"],
    ["SPIDERMAN", "spiderman"],
    ["ＳＰＩＤＥＲ－ＭＡＮ", "spiderman"],
    ["ﬁsh", "fish"],
    ["Pokémon", "pokemon"],
    ["Poke\u0301mon", "pokemon"],
    ["  7-Up! ", "7up"],
    ["🐯🐯🐯", ""],
  ])("%j is compared as %j", (typed, normalised) => {
    expect(normaliseAnswer(NORMALISATION_VERSION, typed)).toBe(normalised);
  });
});
