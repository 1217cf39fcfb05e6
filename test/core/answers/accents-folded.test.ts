import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import {
  NORMALISATION_V2_VECTORS,
  NORMALISATION_V3_VECTORS,
  NORMALISATION_VERSION,
  normaliseAnswer,
} from "../../../src/core/answers/normalise-answer.js";
import { showVector } from "../../helpers/show-vector.js";
import { answersFor, DEMO_PASSWORDS, resetTranscript } from "../../helpers/security-helpers.js";
import { TestWorld } from "../../helpers/test-world.js";

const v3 = (text: string) => normaliseAnswer(3, text);

describe("an accent over a Latin letter is not part of an answer", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a child whose phone wrote Pokémon at set-up gets a new password typing pokemon on a school computer", async () => {
    const kid = world.chat("kid-pokemon");
    await kid.setUp(
      "S1001",
      DEMO_PASSWORDS.S1001,
      ["Pokémon", "Crème brûlée", "Zoë"],
      ["hero", "food", "toy"],
    );
    expect(kid.lastText).toContain("All done!");

    await resetTranscript(kid, "S1001", answersFor({ hero: "pokemon", food: "creme brulee", toy: "ZOE" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("and the other way round: set up without the accent, typed with it at a reset", async () => {
    const kid = world.chat("kid-cafe");
    await kid.setUp(
      "S1002",
      DEMO_PASSWORDS.S1002,
      ["Cafe Latte", "Beyonce", "Jalapeno"],
      ["food", "hero", "toy"],
    );
    await resetTranscript(kid, "S1002", answersFor({ food: "café latté", hero: "Beyoncé", toy: "jalapeño" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("answers saved before (version 2) still need the accent, until her next new password hashes them anew", async () => {
    const kid = world.chat("kid-v2");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    await kid.send("/cancel");
    const saved = { hero: "Pokémon", food: "Crème brûlée", toy: "Zoë" };
    const answerHashes = await Promise.all(
      Object.values(saved).map((answer) => world.deps.hasher.hash(normaliseAnswer(2, answer))),
    );
    await world.deps.store.saveEnrolment("S1001", {
      questionIds: Object.keys(saved),
      answerHashes,
      normalisationVersion: 2,
      enrolledAt: 1000,
      ...world.deps.hasher.origin,
    });

    await resetTranscript(kid, "S1001", answersFor({ hero: "pokemon", food: "Crème brûlée", toy: "Zoë" }));
    expect(kid.lastText).toContain("that didn't work");
    await resetTranscript(kid, "S1001", answersFor(saved));
    expect(kid.lastText).toContain("all 3 answers are right");
    await kid.press("Make one for me");
    expect((await world.deps.store.getEnrolment("S1001"))?.normalisationVersion).toBe(NORMALISATION_VERSION);

    await resetTranscript(kid, "S1001", answersFor({ hero: "pokemon", food: "creme brulee", toy: "zoe" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });
});

describe("answer normalisation version 3", () => {
  it("drops the marks over and under Latin letters, typed composed or as a separate mark", () => {
    expect(v3("Pokémon")).toBe("pokemon");
    expect(v3("Poke\u0301mon")).toBe("pokemon");
    expect(v3("ZOË")).toBe("zoe");
    expect(v3("İstanbul")).toBe("istanbul");
    expect(v3("Ｃａｆé")).toBe("cafe");
  });

  it("keeps the signs that are letters of other scripts: Tamil vowel signs, the Japanese voicing mark", () => {
    expect(v3("புலி")).not.toBe(v3("பலி"));
    expect(v3("பூனை")).toBe("பூனை");
    expect(v3("கொம்பு")).toBe("கொம்பு");
    expect(v3("がっこう")).not.toBe(v3("かっこう"));
    expect(v3("熊 猫。")).toBe("熊猫");
  });

  it.each(NORMALISATION_V3_VECTORS)("the fixed vector %j normalises to %j", (typed, normalised) => {
    expect(v3(typed)).toBe(normalised);
  });

  it("docs/languages.md lists every fixed vector, as the code has it", async () => {
    const doc = await readFile(new URL("../../../docs/languages.md", import.meta.url), "utf8");
    const section = doc.slice(doc.indexOf("## Answer normalisation, version 3"));
    for (const [typed, normalised] of NORMALISATION_V3_VECTORS) {
      expect(section).toContain(`| \`${showVector(typed)}\` | \`${showVector(normalised)}\` |`);
    }
  });

  it("folds version 2's vectors with no accent as version 2 does", () => {
    for (const [typed] of NORMALISATION_V2_VECTORS.filter(([typed]) => typed !== "İstanbul")) {
      expect(v3(typed)).toBe(normaliseAnswer(2, typed));
    }
  });

  it("folds everything version 2 folds", () => {
    for (const typed of [
      "Spider-Man",
      "ＳＰＩＤＥＲ　ＭＡＮ",
      "🐼 Panda ❤\uFE0F",
      "pan\u00ADda",
      "Nasi Lemak!",
    ]) {
      expect(v3(typed)).toBe(normaliseAnswer(2, typed));
    }
  });
});
