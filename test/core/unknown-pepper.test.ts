import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AnswerHasher } from "../../src/core/answers/answer-hasher.js";
import { chatKey } from "../../src/core/chat.js";
import { sendDueReminders } from "../../src/core/flows/practice-reminder-flow.js";
import { formatAlert } from "../../src/alerts/format-alert.js";
import {
  alreadySetUp,
  answersFor,
  askedQuestion,
  DAY,
  DEMO_PASSWORDS,
  resetTranscript,
  seenConversation,
  TYPED_ID_ROUTE,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER, TestWorld, type TestChat } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const WRONG_PEPPER = Buffer.from("a-pepper-typed-wrong-in-the-env-file-0123456789");
const SCHOOL_SIDE = "something is wrong on the school's side";

/**
 * An IT admin changed ANSWER_PEPPER (or typed it wrong) without keeping the old one as ANSWER_PEPPER_PREVIOUS:
 * every saved enrolment names a pepper this server does not have. The students' answers cannot be checked,
 * and that is the school's problem, not the children's.
 */
describe("answers saved with a pepper this server does not have", () => {
  let world: TestWorld;
  let kid: TestChat;
  const work = { verify: 0 };

  async function deployWithWrongPepper() {
    world.deps.hasher = new AnswerHasher(WRONG_PEPPER, {
      parameters: TEST_ARGON2,
      olderParameters: [TEST_ARGON2],
      onOperation: (operation) => {
        if (operation === "verify") work.verify += 1;
      },
    });
    await world.deps.hasher.verifyDummy("warm-up");
    work.verify = 0;
  }

  async function setUp(env: Record<string, string> = {}) {
    world = await TestWorld.create(env);
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
  }

  beforeEach(() => {
    work.verify = 0;
  });
  afterEach(async () => world.close());

  it("a student's right answers are not counted as wrong: she is told it is the school's problem, never suspended", async () => {
    await setUp();
    const before = await world.deps.store.getEnrolment("S1001");
    await deployWithWrongPepper();
    for (let i = 0; i < 6; i++) {
      await resetTranscript(kid, "S1001", answersFor(ANSWERS));
      expect(kid.lastText).toContain(SCHOOL_SIDE);
      expect(kid.lastText).toContain("Nothing was changed");
      expect(kid.lastText).not.toContain("didn't work");
    }
    // The same argon2 work as a real check: three verifications a reset, none skipped.
    expect(work.verify).toBe(18);
    const now = Date.now();
    expect(await world.suspendedUntil("S1001", now)).toBeNull();
    expect(await world.deps.limits.blockedUntil("chat", chatKey(kid.ref), now)).toBeNull();
    expect(await world.deps.store.getEnrolment("S1001")).toEqual(before);
    const audit = (await world.deps.store.recentAudit(100)).filter((e) => e.event === "reset");
    expect(audit).toHaveLength(6);
    for (const event of audit) expect(event.reason).toContain("pepper");
  });

  it("the admins are alerted (one alert per pepper id, so the service's de-duplication keeps it to one per window) and an error is logged, with no pepper in either", async () => {
    await setUp();
    const { pepperTag } = (await world.deps.store.getEnrolment("S1001"))!;
    await deployWithWrongPepper();
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));

    const alerts = world.alerts.ofKind("unknown-pepper");
    expect(alerts.length).toBeGreaterThan(0);
    expect(new Set(alerts.map((a) => `${a.kind}:${a.subject}`))).toEqual(
      new Set([`unknown-pepper:${pepperTag}`]),
    );
    for (const language of ["en", "ms", "zh", "ta"]) {
      const text = formatAlert(alerts[0]!, Date.now(), language);
      expect(text).toContain("ANSWER_PEPPER");
      expect(text).toContain("ANSWER_PEPPER_PREVIOUS");
      expect(text).toContain(pepperTag);
    }
    const errors = world.logs.lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    const logged = errors.filter((l) => l.level >= 50 && l.msg.includes("ANSWER_PEPPER"));
    expect(logged.length).toBeGreaterThan(0);
    expect(world.logs.text).toContain(pepperTag);
    expect(world.logs.text).not.toContain(TEST_PEPPER);
    expect(world.logs.text).not.toContain(WRONG_PEPPER.toString());
  });

  it("the error is logged once an hour for each pepper id, not on every answer check; every check still raises the alert", async () => {
    const clock = useSchoolClock();
    try {
      await setUp();
      const { pepperTag } = (await world.deps.store.getEnrolment("S1001"))!;
      await deployWithWrongPepper();
      const pepperErrors = () =>
        world.logs.lines
          .map((l) => JSON.parse(l) as { level: number; msg: string; hashKeyId?: string; notLogged?: number })
          .filter((l) => l.level >= 50 && l.msg.includes("ANSWER_PEPPER"));
      for (let i = 0; i < 4; i++) {
        await resetTranscript(kid, "S1001", answersFor(ANSWERS));
        clock.advance(10 * 60_000);
      }
      expect(pepperErrors()).toHaveLength(1);
      expect(pepperErrors()[0]!.hashKeyId).toBe(pepperTag);
      // The alert service de-duplicates as before (its window, shared by replicas): it hears every check.
      expect(world.alerts.ofKind("unknown-pepper")).toHaveLength(12);

      clock.advance(30 * 60_000);
      await resetTranscript(kid, "S1001", answersFor(ANSWERS));
      expect(pepperErrors()).toHaveLength(2);
      // The next line says how many checks met the same pepper since the last one, so no count is lost.
      expect(pepperErrors()[1]!.notLogged).toBe(11);
    } finally {
      vi.useRealTimers();
    }
  });

  it("the practice reminder is not counted either, and says the same", async () => {
    const clock = useSchoolClock();
    try {
      await setUp();
      clock.advance(120 * DAY);
      await sendDueReminders(world.deps);
      const reminder = world.notices.at(-1)!.reply.choices![0]!.id;
      // Four real misses: one more counted failure would suspend her.
      for (let i = 0; i < 4; i++) await resetTranscript(kid, "S1001", answersFor({}));
      expect(await world.suspendedUntil("S1001")).toBeNull();
      await deployWithWrongPepper();
      await kid.deliver({ choice: reminder });
      for (let q = 0; q < 3; q++) {
        const asked = askedQuestion(kid.last)!;
        await kid.send(ANSWERS[asked as keyof typeof ANSWERS]);
      }
      expect(kid.lastText).toContain(SCHOOL_SIDE);
      expect(kid.lastText).not.toContain("Not all right");
      expect(await world.suspendedUntil("S1001")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("on a teacher's device the teacher is told the answers could not be checked, and nothing counts", async () => {
    await setUp();
    await logOut(kid);
    const teacher = world.chat("teacher-ng");
    await teacher.send("/setup");
    await teacher.send("T2001");
    await teacher.send(DEMO_PASSWORDS.T2001);
    await deployWithWrongPepper();
    for (let i = 0; i < 6; i++) {
      await teacher.send("/guided S1001");
      await teacher.press("They answer their questions here");
      for (let q = 0; q < 3; q++) {
        const asked = askedQuestion(teacher.last)!;
        await teacher.send(ANSWERS[asked as keyof typeof ANSWERS]);
      }
      expect(teacher.lastText).toContain("could not be checked");
      expect(teacher.lastText).toContain("I checked them in person");
    }
    expect(await world.suspendedUntil("S1001")).toBeNull();
  });

  it("on the typed-id route from another chat it is no oracle: the same words as a made-up id, and the student is not counted", async () => {
    await setUp(TYPED_ID_ROUTE);
    await logOut(kid);
    await deployWithWrongPepper();
    const friend = world.chat("friends-phone");
    const real = await resetTranscript(friend, "S1001", answersFor(ANSWERS));
    const other = world.chat("another-phone");
    const madeUp = await resetTranscript(other, "S9999", answersFor(ANSWERS));
    expect(seenConversation(real.outcomes)).toEqual(seenConversation(madeUp.outcomes));
    expect(friend.lastText).not.toContain(SCHOOL_SIDE);
    for (let i = 0; i < 4; i++) await resetTranscript(friend, "S1001", answersFor(ANSWERS));
    expect(await world.suspendedUntil("S1001")).toBeNull();
  });
});
