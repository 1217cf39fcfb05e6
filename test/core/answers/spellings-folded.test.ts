import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import {
  NORMALISATION_V3_VECTORS,
  NORMALISATION_V4_VECTORS,
  NORMALISATION_VERSION,
  normaliseAnswer,
} from "../../../src/core/answers/normalise-answer.js";
import { showVector } from "../../helpers/show-vector.js";
import { answersFor, DEMO_PASSWORDS, resetTranscript } from "../../helpers/security-helpers.js";
import { TestWorld } from "../../helpers/test-world.js";

const v4 = (text: string) => normaliseAnswer(4, text);

describe("one answer, spelt another way at the reset", () => {
  let world: TestWorld;
  const work = { hash: 0, verify: 0 };
  beforeEach(async () => {
    world = await TestWorld.create({}, undefined, { onArgon2: (operation) => (work[operation] += 1) });
    await world.deps.hasher.verifyDummy("warm-up");
    work.hash = 0;
    work.verify = 0;
  });
  afterEach(async () => world.close());

  it("a child who set up 熊猫, kucing and வௌவால் gets a new password typing 熊貓, kucing lah and வெளவால்", async () => {
    const kid = world.chat("kid-panda");
    await kid.setUp("S1001", DEMO_PASSWORDS.S1001, ["熊猫", "kucing", "வௌவால்"], ["hero", "food", "toy"]);
    expect(kid.lastText).toContain("All done!");

    await resetTranscript(kid, "S1001", answersFor({ hero: "熊貓", food: "Kucing lah!", toy: "வெளவால்" }));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(work).toEqual({ hash: 3, verify: 3 });
  });

  it("and the other way round: set up in Traditional characters and with a particle, typed plainly at the reset", async () => {
    const kid = world.chat("kid-chicken-rice");
    await kid.setUp(
      "S1002",
      DEMO_PASSWORDS.S1002,
      ["雞飯", "kucing la", "Ultraman leh"],
      ["food", "toy", "hero"],
    );
    await resetTranscript(kid, "S1002", answersFor({ food: "鸡饭", toy: "kucing", hero: "ultraman" }));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("at set-up, 熊貓 after 熊猫 is the answer she already used", async () => {
    const kid = world.chat("kid-twice");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    await kid.press("hero");
    await kid.send("熊猫");
    await kid.press("toy");
    await kid.send("熊貓");
    expect(kid.lastText).toContain("already used that answer");
    await kid.send("kucing");
    await kid.press("food");
    await kid.send("kucing lah");
    expect(kid.lastText).toContain("already used that answer");
    expect(work).toEqual({ hash: 2, verify: 0 });
  });

  it("answers saved before (version 3) still need their own spelling, until her next new password hashes them anew", async () => {
    const kid = world.chat("kid-v3");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    await kid.send("/cancel");
    const saved = { hero: "熊猫", food: "kucing", toy: "வௌவால்" };
    const answerHashes = await Promise.all(
      Object.values(saved).map((answer) => world.deps.hasher.hash(normaliseAnswer(3, answer))),
    );
    await world.deps.store.saveEnrolment("S1001", {
      questionIds: Object.keys(saved),
      answerHashes,
      normalisationVersion: 3,
      enrolledAt: 1000,
      ...world.deps.hasher.origin,
    });
    const respelt = { hero: "熊貓", food: "kucing lah", toy: "வெளவால்" };

    await resetTranscript(kid, "S1001", answersFor(respelt));
    expect(kid.lastText).toContain("that didn't work");
    await resetTranscript(kid, "S1001", answersFor(saved));
    expect(kid.lastText).toContain("all 3 answers are right");
    await kid.press("Make one for me");
    expect((await world.deps.store.getEnrolment("S1001"))?.normalisationVersion).toBe(4);

    await resetTranscript(kid, "S1001", answersFor(respelt));
    expect(kid.lastText).toContain("all 3 answers are right");
  });
});

describe("answer normalisation version 4", () => {
  it("is the current version", () => {
    expect(NORMALISATION_VERSION).toBe(4);
  });

  it("writes Traditional Chinese characters as Simplified, and leaves Simplified ones", () => {
    expect(v4("熊貓")).toBe(v4("熊猫"));
    expect(v4("什麼")).toBe(v4("什么"));
    expect(v4("熊 貓。")).toBe("熊猫");
    expect(v4("がっこう")).toBe("がっこう");
  });

  it("drops a particle only as the last word after another", () => {
    expect(v4("kucing lah")).toBe("kucing");
    expect(v4("KUCING, LA~")).toBe("kucing");
    expect(v4("kucinglah")).toBe("kucinglah");
    expect(v4("Lah")).toBe("lah");
    expect(v4("la la")).toBe("la");
    expect(v4("Lah kucing")).toBe("lahkucing");
    expect(v4("kucing loh")).toBe("kucingloh");
    expect(v4("kucing ya")).toBe("kucingya");
    expect(v4("kucing kan")).toBe("kucingkan");
  });

  it("keeps the Tamil letter ள where it bears its own sign", () => {
    expect(v4("வெளவால்")).toBe("வௌவால்");
    expect(v4("வெளி")).toBe("வெளி");
    expect(v4("வெள்ளை")).toBe("வெள்ளை");
    expect(v4("புலி")).not.toBe(v4("பலி"));
  });

  it("writes the Greek final ς as σ, wherever the spaces were", () => {
    expect(v4("ΟΔΥΣΣΕΥΣ ΚΑΙ")).toBe(v4("οδυσσευσκαι"));
    expect(v4("ΟΔΥΣΣΕΥΣ")).toBe(v4("οδυσσευς"));
  });

  it.each(NORMALISATION_V4_VECTORS)("the fixed vector %j normalises to %j", (typed, normalised) => {
    expect(v4(typed)).toBe(normalised);
  });

  it("docs/languages.md lists every fixed vector, as the code has it", async () => {
    const doc = await readFile(new URL("../../../docs/languages.md", import.meta.url), "utf8");
    const section = doc.slice(doc.indexOf("## Answer normalisation, version 4"));
    for (const [typed, normalised] of NORMALISATION_V4_VECTORS) {
      expect(section).toContain(`| \`${showVector(typed)}\` | \`${showVector(normalised)}\` |`);
    }
  });

  it("folds version 3's vectors as version 3 does", () => {
    for (const [typed] of NORMALISATION_V3_VECTORS) {
      expect(v4(typed)).toBe(normaliseAnswer(3, typed));
    }
  });
});
