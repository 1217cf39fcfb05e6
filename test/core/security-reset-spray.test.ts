import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkSprays } from "../../src/core/limits/spray.js";
import { scheduleSprayChecks } from "../../src/spray-schedule.js";
import { withBigClass } from "../helpers/big-class.js";
import {
  alreadySetUpWith,
  HOUR,
  MINUTE,
  TYPED_ID_ROUTE,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { guidedCodeSent, linkedOnOwnPhone, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/** The i-th student of the big class (withBigClass) and her password. */
const student = (i: number) => ({ id: `S9${String(i).padStart(3, "0")}`, password: `Pw-x-${i}-abcdef` });

const ANSWERS = { animal: "tiger", colour: "purple", food: "laksa" };
const rightAnswer = (question: string) =>
  question.includes("animal") ? "tiger" : question.includes("colour") ? "purple" : "laksa";
const guess = (question: string) =>
  question.includes("animal") ? "cat" : question.includes("colour") ? "blue" : "rice";

/**
 * A slow answer spray on the typed-ID reset route (RESET_REQUIRES_LINKED_CHAT=false): a few chat accounts,
 * each failing one round for a couple of classmates an hour, stay under every chat's limit, every student's
 * (5 an hour, 10 a day) and the school's spree alert (10 failures in 10 minutes), so no admin heard of it.
 * A school morning has wrong answers across several students too; but a child who mistypes hers answers
 * right soon after, and the students a spray tries do not.
 */
describe("a slow answer spray at reset reaches the admins, a school morning does not", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;

  beforeEach(async () => {
    clock = useSchoolClock();
    // The teacher's password asked again as the clock moves is not this file's subject: off.
    world = await TestWorld.create(
      { ...TYPED_ID_ROUTE, STAFF_PASSWORD_AGAIN_MINUTES: "0" },
      await withBigClass(),
    );
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  /** Students 0..n-1 of the big class set up, each in her own chat (`kid-<i>`). */
  async function enrol(n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      const { id, password } = student(i);
      await alreadySetUpWith(world, world.chat(`kid-${i}`), id, password, ANSWERS);
    }
  }

  async function resetWith(chat: TestChat, i: number, answerFor: (q: string) => string): Promise<string> {
    await chat.answerReset(student(i).id, answerFor);
    const reply = chat.lastText;
    await chat.send("/cancel");
    return reply;
  }

  it("alerts when many students had wrong answers and did not then answer right, with no other alert along the way", async () => {
    await enrol(24);
    let next = 0;
    const replies: string[] = [];
    for (let hour = 0; hour < 4; hour++) {
      for (let c = 0; c < 3; c++) {
        for (let k = 0; k < 2; k++) replies.push(await resetWith(world.chat(`prober-${c}`), next++, guess));
      }
      clock.advance(HOUR);
    }
    expect(replies.some((reply) => reply.includes("Well done"))).toBe(false);
    expect(world.alerts.raised.filter((a) => a.kind !== "reset-spray")).toEqual([]);
    expect(world.alerts.ofKind("reset-spray")).toEqual([
      expect.objectContaining({
        subject: "school",
        details: expect.objectContaining({ notReset: expect.any(Number), reset: 0, hours: 24 }),
      }),
    ]);
    const [alert] = world.alerts.ofKind("reset-spray");
    expect(Number(alert!.details!.notReset)).toBeGreaterThanOrEqual(10);
    // Nothing of what was typed, and no student's ID: only counts.
    expect(JSON.stringify(alert)).not.toMatch(/cat|blue|rice|S9\d{3}/u);
    // What it keeps ends with the window: none of it stays for ever.
    const keys = await world.redis.keys(`${world.prefix}{school}:reset-spray-*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(await world.redis.pttl(key)).toBeGreaterThan(0);
      expect(await world.redis.pttl(key)).toBeLessThanOrEqual(24 * HOUR);
    }
  });

  it("alerts when many children's own chats had wrong answers and did not then answer right", async () => {
    await enrol(24);
    for (let i = 0; i < 12; i++) {
      await resetWith(world.chat(`kid-${i}`), i, guess);
      clock.advance(5 * MINUTE);
    }
    clock.advance(HOUR);
    await resetWith(world.chat("kid-12"), 12, guess);
    expect(world.alerts.ofKind("reset-spray")).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ notReset: 12, reset: 0 }) }),
    ]);
  });

  it("alerts for a spray that stopped before its students settled, at the next regular look", async () => {
    await enrol(12);
    for (let c = 0; c < 6; c++) {
      for (let k = 0; k < 2; k++) await resetWith(world.chat(`burst-${c}`), 2 * c + k, guess);
      clock.advance(3 * MINUTE);
    }
    expect(world.alerts.ofKind("reset-spray")).toEqual([]);
    clock.advance(HOUR);
    await checkSprays(world.deps);
    expect(world.alerts.ofKind("reset-spray")).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ notReset: 12, reset: 0 }) }),
    ]);
    // The set-up watch is its own: none of this was a wrong password.
    expect(world.alerts.ofKind("setup-spray")).toEqual([]);
  });

  it("looks every 10 minutes while the bot runs", async () => {
    await enrol(12);
    for (let i = 0; i < 12; i++) await resetWith(world.chat(`burst-${i % 6}`), i, guess);
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(clock.now() + HOUR);
    const stop = scheduleSprayChecks(world.deps);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    stop();
    expect(world.alerts.ofKind("reset-spray")).toHaveLength(1);
  });

  it("counts a student her form teacher gave a new password after her wrong answers as reset, not sprayed", async () => {
    await enrol(12);
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    for (let i = 0; i < 12; i++) {
      const kid = world.chat(`kid-${i}`);
      // She has forgotten her answers: she tries once, then asks her teacher, who sends a code to her chat.
      await resetWith(kid, i, guess);
      clock.advance(10 * MINUTE);
      await teacher.send(await guidedCodeSent(world, teacher, kid, student(i).id));
      expect(teacher.lastText).toContain("new password was sent to their own chat");
    }
    clock.advance(2 * HOUR);
    await checkSprays(world.deps);
    expect(world.alerts.ofKind("reset-spray")).toEqual([]);
    expect(world.alerts.ofKind("guided-reset")).toHaveLength(12);
  });

  it("stays quiet for a stolen phone used against its own child", async () => {
    await enrol(2);
    for (let round = 0; round < 4; round++) {
      await resetWith(world.chat("kid-0"), 0, guess);
      clock.advance(20 * MINUTE);
    }
    clock.advance(2 * HOUR);
    await resetWith(world.chat("kid-1"), 1, guess);
    expect(world.alerts.ofKind("reset-spray")).toEqual([]);
  });

  it("stays quiet for a school morning, where some children mistype an answer first and a few give up", async () => {
    await enrol(30);
    for (let i = 0; i < 30; i++) {
      const kid = world.chat(`kid-${i}`);
      if (i % 3 === 0) {
        await resetWith(kid, i, guess);
        clock.advance(2 * MINUTE);
      }
      // One in twelve gives up after the wrong answers (her teacher helps her later).
      if (i % 12 !== 0) expect(await resetWith(kid, i, rightAnswer)).toContain("Well done");
      clock.advance(3 * MINUTE);
    }
    clock.advance(2 * HOUR);
    // A few more the next hours, and a few mistyped IDs (which match nobody) from other chats.
    for (let i = 0; i < 6; i++) {
      await world.chat(`late-${i}`).answerReset(`S8${i}99`, guess);
      clock.advance(20 * MINUTE);
    }
    expect(world.alerts.ofKind("reset-spray")).toEqual([]);
  });

  it("a watch Redis cannot note loses nothing of the round: the child hears her answers were wrong, and it is audited", async () => {
    await enrol(1);
    vi.spyOn(world.deps.store, "lookForSpray").mockRejectedValue(
      new Error("READONLY the spray watch's node"),
    );
    const reply = await resetWith(world.chat("kid-0"), 0, guess);
    expect(reply).toContain("An answer may be different from the one you set up.");
    expect(world.logs.text).toContain("could not note wrong reset answers for the spray watch");
    const failed = (await world.deps.store.recentAudit(100)).filter(
      (e) => e.event === "reset" && e.outcome === "failed",
    );
    expect(failed).toHaveLength(1);
  });

  it("does not count wrong answers for IDs that match nobody, and keeps nothing for them", async () => {
    const replies: string[] = [];
    for (let i = 0; i < 40; i++) {
      const chat = world.chat(`typo-${i % 8}`);
      await chat.answerReset(`S7${String(i).padStart(3, "0")}`, guess);
      replies.push(chat.lastText);
      await chat.send("/cancel");
      clock.advance(15 * MINUTE);
    }
    // Each round went as far as a real one: its answers were "checked" and told wrong.
    expect(replies.every((reply) => reply.includes("An answer may be different"))).toBe(true);
    expect(world.alerts.ofKind("reset-spray")).toEqual([]);
    expect(await world.redis.keys(`${world.prefix}{school}:reset-spray-*`)).toEqual([]);
  });
});
