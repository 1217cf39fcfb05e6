import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AnswerHasher } from "../../src/core/answers/answer-hasher.js";
import { answersFor, DEMO_PASSWORDS, resetTranscript } from "../helpers/security-helpers.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER, TestWorld } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };

describe("argon2 work per student", () => {
  let world: TestWorld;
  const work = { hash: 0, verify: 0 };
  beforeEach(async () => {
    world = await TestWorld.create({}, undefined, { onArgon2: (operation) => (work[operation] += 1) });
    // The hasher's start-up dummy hash is not a student's work.
    await world.deps.hasher.verifyDummy("warm-up");
    work.hash = 0;
    work.verify = 0;
  });
  afterEach(async () => world.close());

  it("a set-up and a reset cost six operations: three hashes, then three verifications", async () => {
    const kid = world.chat("kid-wei-ling");
    await kid.setUp("S1001", DEMO_PASSWORDS.S1001, [ANSWERS.animal, ANSWERS.colour, ANSWERS.food]);
    expect(kid.lastText).toContain("All done");
    expect(work).toEqual({ hash: 3, verify: 0 });

    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(work).toEqual({ hash: 3, verify: 3 });
  });

  it("an answer the same as an earlier one (however written) is refused without any argon2 work", async () => {
    const kid = world.chat("kid-wei-ling");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    await kid.press("animal");
    await kid.send("Tiger");
    await kid.press("colour");
    await kid.send("TI-GER");
    expect(kid.lastText).toContain("already used that answer");
    expect(work).toEqual({ hash: 1, verify: 0 });
    await kid.send("Purple");
    await kid.press("food");
    await kid.send("purple!");
    expect(kid.lastText).toContain("already used that answer");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("All done");
    expect(work).toEqual({ hash: 3, verify: 0 });
  });

  // The practice round is still set-up's (a changed answer is told from the other two by these digests).
  it("the set-up answers' digests last only as long as the set-up and its practice round: not in the enrolment, not after", async () => {
    const kid = world.chat("kid-wei-ling");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    await kid.press("animal");
    await kid.send("Tiger");
    const digest = world.deps.digest.digest("setup-answer", "S1001\u0000tiger");
    expect(await world.redisDump()).toContain(digest);

    await kid.press("colour");
    await kid.send("Purple");
    await kid.press("food");
    await kid.send("Chicken rice");
    expect(kid.lastText).toContain("All done");
    const enrolment = await world.deps.store.getEnrolment("S1001");
    expect(JSON.stringify(enrolment)).not.toContain(digest);
    await kid.press("No thanks");
    expect(await world.redisDump()).not.toContain(digest);
  });
});

describe("the hasher's limit on argon2 in flight", () => {
  it("runs at most ARGON2_CONCURRENCY operations at once; the rest wait their turn and all finish", async () => {
    const hasher = new AnswerHasher(Buffer.from(TEST_PEPPER), { parameters: TEST_ARGON2, concurrency: 2 });
    await hasher.verifyDummy("warm-up");
    let most = 0;
    const all = Array.from({ length: 6 }, (_, i) =>
      hasher.hash(`answer-${i}`).then((hash) => {
        most = Math.max(most, hasher.load.inFlight);
        return hash;
      }),
    );
    expect(hasher.load).toEqual({ inFlight: 2, queued: 4 });
    const hashes = await Promise.all(all);
    expect(hashes).toHaveLength(6);
    expect(most).toBeLessThanOrEqual(2);
    expect(hasher.load).toEqual({ inFlight: 0, queued: 0 });
    // Each still verifies: waiting changed nothing about the work.
    expect(await hasher.verify(hasher.origin, hashes[5]!, "answer-5")).toBe(true);
  });
});
