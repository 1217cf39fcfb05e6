import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NORMALISATION_VERSION, normaliseAnswer } from "../../../src/core/answers/normalise-answer.js";
import { chatKey } from "../../../src/core/chat.js";
import { sendDueReminders } from "../../../src/core/flows/practice-reminder-flow.js";
import { DEFAULT_QUESTIONS } from "../../../src/core/questions/question-list.js";
import {
  answersFor,
  DAY,
  DEMO_PASSWORDS,
  HOUR,
  resetTranscript,
  useSchoolClock,
} from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";
import { logOut } from "../../helpers/logout.js";

const QUESTIONS = ["animal", "colour", "food"];
const questionText = (id: string) => DEFAULT_QUESTIONS.find((q) => q.id === id)!.text.en!;
/** A Tamil answer (version 1 stripped its vowel signs), a Latin one with punctuation, a Chinese one. */
const ANSWERS = { animal: "பூனை", colour: "Sky-Blue", food: "鸡饭" };

/** Links the chat to S1001 as set-up does, then stores answers hashed with normalisation `version`. */
async function enrolWithVersion(world: TestWorld, kid: TestChat, version: number, hashVersion = version) {
  await kid.send("/setup");
  await kid.send("S1001");
  await kid.send(DEMO_PASSWORDS.S1001);
  await kid.send("/cancel");
  const answerHashes = await Promise.all(
    QUESTIONS.map((id) =>
      world.deps.hasher.hash(normaliseAnswer(hashVersion, ANSWERS[id as keyof typeof ANSWERS])),
    ),
  );
  const enrolment = {
    questionIds: QUESTIONS,
    answerHashes,
    normalisationVersion: version,
    enrolledAt: 1000,
    ...world.deps.hasher.origin,
  };
  await world.deps.store.saveEnrolment("S1001", enrolment);
  return (await world.deps.store.getEnrolment("S1001"))!;
}

describe("an enrolment is checked with its own normalisation version", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  it("a version-1 enrolment still resets, and is re-hashed with the current version once the password is set", async () => {
    const kid = world.chat("kid-v1");
    const before = await enrolWithVersion(world, kid, 1);

    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    // Not yet: only once the password is set.
    expect(await world.deps.store.getEnrolment("S1001")).toEqual(before);
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("Your new password is");

    const after = await world.deps.store.getEnrolment("S1001");
    expect(after?.normalisationVersion).toBe(NORMALISATION_VERSION);
    expect(after?.questionIds).toEqual(QUESTIONS);
    expect(after?.enrolledAt).toBe(before.enrolledAt);
    for (const [i, id] of QUESTIONS.entries()) {
      const current = normaliseAnswer(NORMALISATION_VERSION, ANSWERS[id as keyof typeof ANSWERS]);
      expect(await world.deps.hasher.verify(after!, after!.answerHashes[i]!, current)).toBe(true);
    }
    expect(world.logs.text).toContain("answers hashed anew after a reset");

    // The upgraded answers work, and now tell பூனை from a word that only shared its consonants.
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    await kid.send("/cancel");
    await resetTranscript(kid, "S1001", answersFor({ ...ANSWERS, animal: "பன" }));
    expect(kid.lastText).toContain("that didn't work");
  });

  it("a version-1 enrolment is not upgraded by a failed reset", async () => {
    const kid = world.chat("kid-v1-wrong");
    const before = await enrolWithVersion(world, kid, 1);
    await resetTranscript(kid, "S1001", answersFor({ ...ANSWERS, food: "Pizza" }));
    expect(kid.lastText).toContain("that didn't work");
    expect(await world.deps.store.getEnrolment("S1001")).toEqual(before);
  });

  it("nothing is upgraded when the enrolment changed meanwhile (set up again elsewhere)", async () => {
    const kid = world.chat("kid-v1-race");
    await enrolWithVersion(world, kid, 1);
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    const answerHashes = await Promise.all(["a", "b", "c"].map((a) => world.deps.hasher.hash(`newer${a}`)));
    await world.deps.store.saveEnrolment("S1001", {
      questionIds: ["toy", "book", "movie"],
      answerHashes,
      normalisationVersion: 2,
      enrolledAt: 2000,
      ...world.deps.hasher.origin,
    });
    const newer = await world.deps.store.getEnrolment("S1001");
    await kid.press("Make one for me");
    // The reset guard stops the reset itself (the person changed); in any case the newer answers stay.
    expect(kid.lastText).toContain("Something changed on your account");
    expect(await world.deps.store.getEnrolment("S1001")).toEqual(newer);
  });

  it("a version this code does not know never matches, counts towards no limit, and is logged", async () => {
    const kid = world.chat("kid-v99");
    await enrolWithVersion(world, kid, 99, 2);
    for (let i = 0; i < 7; i++) {
      await resetTranscript(kid, "S1001", answersFor(ANSWERS));
      // Her own chat: not her fault, and only a wait (the deploy finishing) helps.
      expect(kid.lastText).toContain("It is not your fault");
      expect(kid.lastText).toContain("try again later");
    }
    const now = Date.now();
    expect(await world.suspendedUntil("S1001", now)).toBeNull();
    expect(await world.deps.limits.blockedUntil("chat", chatKey(kid.ref), now)).toBeNull();
    expect(world.logs.text).toContain("an enrolment was saved by a newer version of the bot");
    expect((await world.deps.store.getEnrolment("S1001"))?.normalisationVersion).toBe(99);
  });

  it("at the practice reminder too, an unknown version counts towards no limit", async () => {
    const kid = world.chat("kid-v99-reminder");
    const enrolment = await enrolWithVersion(world, kid, 99, 2);
    // The reminder falls due a term after set-up, and goes out at noon UTC (from PRACTICE_REMINDER_HOUR_UTC,
    // whenever the test runs). Four failed resets then: one more counted would suspend.
    const dueDay = Math.floor(enrolment.enrolledAt / DAY) + 120;
    useSchoolClock(dueDay * DAY + 12 * HOUR);
    try {
      await world.failStudent("S1001", 4);
      await sendDueReminders(world.deps);
      await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
      for (let q = 0; q < 3; q++) {
        const asked = QUESTIONS.find((id) => kid.lastText.includes(questionText(id)))!;
        await kid.send(ANSWERS[asked as keyof typeof ANSWERS]);
      }
      expect(kid.lastText).toContain("Not all right.");
      expect(await world.suspendedUntil("S1001")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("on a teacher's device too, an unknown version counts towards no limit", async () => {
    const kid = world.chat("kid-v99-guided");
    await enrolWithVersion(world, kid, 99, 2);
    await logOut(kid);
    const teacher = world.chat("teacher-v99");
    await teacher.send("/setup");
    await teacher.send("T2001");
    await teacher.send(DEMO_PASSWORDS.T2001);
    for (let i = 0; i < 6; i++) {
      await teacher.send("/guided S1001");
      await teacher.press("They answer their questions here");
      for (let q = 0; q < 3; q++) {
        const asked = QUESTIONS.find((id) => teacher.lastText.includes(questionText(id)))!;
        await teacher.send(ANSWERS[asked as keyof typeof ANSWERS]);
      }
      expect(teacher.lastText).toContain("Those answers did not match.");
    }
    expect(await world.suspendedUntil("S1001")).toBeNull();
    const failed = (await world.deps.store.recentAudit(100)).filter((e) => e.event === "guided-reset");
    expect(failed).toHaveLength(6);
    for (const event of failed) expect(event).toMatchObject({ actor: "T2001", outcome: "failed" });
  });
});
