import argon2 from "argon2";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AnswerHasher } from "../../src/core/answers/answer-hasher.js";
import type { Argon2Parameters } from "../../src/core/answers/argon2-parameters.js";
import type { Enrolment } from "../../src/core/ports/store.js";
import { storeKeys } from "../../src/store/keys.js";
import { alreadySetUp, answersFor, resetTranscript } from "../helpers/security-helpers.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER, TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const OLD_PEPPER = Buffer.from(TEST_PEPPER);
const NEW_PEPPER = Buffer.from("the-new-pepper-after-rotation-0123456789-abc");
/** A later, stronger parameter set (as a deploy might bring). */
const LATER_ARGON2: Argon2Parameters = { id: 251, memoryCost: 2_048, timeCost: 1, parallelism: 1 };

/** Without the stamp the store adds on reading: what the student's answers are, as stored. */
function stored(enrolment: Enrolment | null) {
  if (enrolment === null) return null;
  const { stamp: _stamp, ...rest } = enrolment;
  return rest;
}

describe("pepper rotation and parameter upgrades: answers are hashed anew after a successful reset", () => {
  let world: TestWorld;
  let kid: TestChat;
  const work = { hash: 0, verify: 0 };

  /** A deploy: the same store and directory, another hasher (its start-up work not counted). */
  async function deploy(
    pepper: Buffer,
    options: { previousPepper?: Buffer; parameters?: Argon2Parameters } = {},
  ) {
    world.deps.hasher = new AnswerHasher(pepper, {
      parameters: TEST_ARGON2,
      olderParameters: [TEST_ARGON2],
      ...options,
      onOperation: (operation) => (work[operation] += 1),
    });
    await world.deps.hasher.verifyDummy("warm-up");
    work.hash = 0;
    work.verify = 0;
  }

  async function resetWithGeneratedPassword() {
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    await kid.press("Make one for me");
    expect(kid.last.replies[0]!.protect).toBeDefined();
  }

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    work.hash = 0;
    work.verify = 0;
  });
  afterEach(async () => world.close());

  it("answers hashed with ANSWER_PEPPER_PREVIOUS still verify, and are hashed with the new pepper after the reset", async () => {
    const before = await world.deps.store.getEnrolment("S1001");
    await deploy(NEW_PEPPER, { previousPepper: OLD_PEPPER });
    expect(world.deps.hasher.isStale(before!)).toBe(true);

    await resetWithGeneratedPassword();
    // Three verifications for the reset; three hashes for the upgrade, counted on their own.
    expect(work).toEqual({ hash: 3, verify: 3 });
    const after = await world.deps.store.getEnrolment("S1001");
    expect(after!.pepperTag).toBe(world.deps.hasher.origin.pepperTag);
    expect(after!.pepperTag).not.toBe(before!.pepperTag);
    expect(after!.enrolledAt).toBe(before!.enrolledAt);
    expect(after!.questionIds).toEqual(before!.questionIds);
    expect(after!.answerHashes[0]!.salt.equals(before!.answerHashes[0]!.salt)).toBe(false);

    // The old pepper can now go: the next reset needs only the new one, and does no upgrade.
    await deploy(NEW_PEPPER);
    await resetWithGeneratedPassword();
    expect(work).toEqual({ hash: 0, verify: 3 });
  });

  it("without ANSWER_PEPPER_PREVIOUS, answers of the old pepper cannot be checked (and nothing is changed)", async () => {
    const before = stored(await world.deps.store.getEnrolment("S1001"));
    await deploy(NEW_PEPPER);
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("something is wrong on the school's side");
    expect(stored(await world.deps.store.getEnrolment("S1001"))).toEqual(before);
  });

  it("a failed reset upgrades nothing", async () => {
    const before = stored(await world.deps.store.getEnrolment("S1001"));
    await deploy(NEW_PEPPER, { previousPepper: OLD_PEPPER });
    await resetTranscript(kid, "S1001", answersFor({ ...ANSWERS, food: "Noodles" }));
    expect(kid.lastText).toContain("that didn't work");
    expect(stored(await world.deps.store.getEnrolment("S1001"))).toEqual(before);
    expect(work.hash).toBe(0);
  });

  it("the sealed answers waiting for the upgrade are not in Redis in any readable form", async () => {
    await deploy(NEW_PEPPER, { previousPepper: OLD_PEPPER });
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    const dump = (await world.redisDump()).toLowerCase();
    expect(dump).toContain('"upgrade"');
    for (const answer of ["tiger", "purple", "chicken", "chickenrice"]) expect(dump).not.toContain(answer);
  });

  it("an upgrade changes nothing if the enrolment changed meanwhile, and leaves the person's version alone", async () => {
    await deploy(NEW_PEPPER, { previousPepper: OLD_PEPPER });
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    // Meanwhile another replica's upgrade (the same answers, new salts) got there first.
    const current = (await world.deps.store.getEnrolment("S1001"))!;
    const { stamp: _stamp, ...rest } = current;
    const other: Enrolment = {
      ...rest,
      answerHashes: await Promise.all(
        ["tiger", "purple", "chickenrice"].map((a) => world.deps.hasher.hash(a)),
      ),
      ...world.deps.hasher.origin,
    };
    expect(await world.deps.store.upgradeEnrolment("S1001", current, other)).toBe(true);

    // The reset still finishes (an upgrade does not count as a change of the person's records) ...
    await kid.press("Make one for me");
    expect(kid.last.replies[0]!.protect).toBeDefined();
    // ... and this reset's own upgrade found the enrolment changed, so it left the other one in place.
    expect(stored(await world.deps.store.getEnrolment("S1001"))).toEqual(other);
  });

  it("an enrolment made with an older parameter set is hashed with the current one after a reset", async () => {
    await deploy(OLD_PEPPER, { parameters: LATER_ARGON2 });
    await resetWithGeneratedPassword();
    const after = await world.deps.store.getEnrolment("S1001");
    expect(after!.parameterSet).toBe(LATER_ARGON2.id);
    expect(work.hash).toBe(3);
  });

  it("an enrolment in the older JSON form with PHC strings still verifies, and is stored packed in the person's record after a reset", async () => {
    const secret = OLD_PEPPER;
    const phc = (answer: string) =>
      argon2.hash(answer, { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1, secret });
    const keys = storeKeys(world.prefix);
    // As a version before the one-key layout kept it: under its own key, none in the person's record.
    await world.redis.hdel(keys.enrolment("S1001"), "e", "a0", "a1", "a2");
    await world.redis.set(
      keys.enrolmentBefore("S1001"),
      JSON.stringify({
        questionIds: ["animal", "colour", "food"],
        answerHashes: [await phc("tiger"), await phc("purple"), await phc("chickenrice")],
        normalisationVersion: 1,
        enrolledAt: Date.now(),
      }),
    );
    await resetWithGeneratedPassword();
    // Packed, in the person's record, and the key versions before kept it in is gone.
    const header = await world.redis.hget(keys.enrolment("S1001"), "e");
    expect(header).toMatch(new RegExp(`^E${TEST_ARGON2.id}\\|`));
    expect(await world.redis.exists(keys.enrolmentBefore("S1001"))).toBe(0);
    expect((await world.deps.store.getEnrolment("S1001"))!).toMatchObject(world.deps.hasher.origin);
  });
});
