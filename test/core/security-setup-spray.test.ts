import { beforeEach, describe, expect, it, vi } from "vitest";
import { checkSprays } from "../../src/core/limits/spray.js";
import { scheduleSprayChecks } from "../../src/spray-schedule.js";
import { withBigClass } from "../helpers/big-class.js";
import { HOUR, MINUTE, type SchoolClock, worldOnSchoolClock } from "../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

/** The i-th student of the big class (withBigClass) and her password. */
const student = (i: number) => ({ id: `S9${String(i).padStart(3, "0")}`, password: `Pw-x-${i}-abcdef` });

/**
 * A slow password spray at /setup: a few chat accounts, each trying 2 classmates' IDs an hour with one wrong
 * password each, stays under every limit of one chat (CHAT_MAX_FAILURES, its 5 IDs an hour) and of one ID
 * (LINK_MAX_FAILURES an hour), so no pause starts and no admin hears of it. A class setting up together
 * also has many wrong passwords across many IDs; what tells them apart is that a child who mistypes hers
 * links soon after, and the IDs a spray tries do not.
 */
describe("a slow password spray at set-up reaches the admins, a class setting up does not", () => {
  let world: TestWorld;
  let clock: SchoolClock;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock({}, await withBigClass()));
  });

  async function setUp(chat: TestChat, id: string, password: string): Promise<string> {
    await chat.send("/setup");
    await chat.send(id);
    await chat.send(password);
    const reply = chat.lastText;
    await chat.send("/cancel");
    return reply;
  }

  /** `hours` of a spray from `chats` chats, each trying 2 new IDs an hour, one wrong password each. */
  async function spray(chats: number, hours: number, firstStudent = 0): Promise<string[]> {
    const replies: string[] = [];
    let next = firstStudent;
    for (let hour = 0; hour < hours; hour++) {
      for (let c = 0; c < chats; c++) {
        const prober = world.chat(`prober-${c}`);
        for (let k = 0; k < 2; k++) replies.push(await setUp(prober, student(next++).id, "Summer2026!"));
      }
      clock.advance(HOUR);
    }
    return replies;
  }

  it("a watch Redis cannot note loses nothing of the step: the child hears the password was wrong", async () => {
    vi.spyOn(world.deps.store, "lookForSpray").mockRejectedValue(
      new Error("READONLY the spray watch's node"),
    );
    expect(await setUp(world.chat("kid"), student(0).id, "Summer2026!")).toContain(
      "that user ID and password don't match",
    );
    expect(world.logs.text).toContain("could not note a wrong set-up password for the spray watch");
  });

  it("alerts once when many IDs had a wrong password and did not then link, with no pause along the way", async () => {
    const replies = await spray(3, 4);
    expect(replies.every((reply) => reply.includes("that user ID and password don't match"))).toBe(true);
    expect(world.alerts.raised.filter((a) => a.kind !== "setup-spray")).toEqual([]);
    expect(world.alerts.ofKind("setup-spray")).toEqual([
      expect.objectContaining({
        subject: "school",
        details: expect.objectContaining({ notLinked: expect.any(Number), hours: 24 }),
      }),
    ]);
    const [alert] = world.alerts.ofKind("setup-spray");
    expect(Number(alert!.details!.notLinked)).toBeGreaterThanOrEqual(10);
  });

  it("alerts again within the window once the IDs not linked have doubled since the last alert, not for each one more", async () => {
    // An early burst at 10 classmates' IDs fires the alert...
    for (let i = 0; i < 10; i++) await setUp(world.chat(`burst-${i % 5}`), student(i).id, "Summer2026!");
    clock.advance(HOUR);
    await checkSprays(world.deps);
    expect(world.alerts.ofKind("setup-spray")).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ notLinked: 10 }) }),
    ]);
    // ...then a trickle of one more ID an hour, fewer than as many again: no alert for each one.
    let next = 10;
    for (let hour = 0; hour < 8; hour++) {
      await setUp(world.chat("prober-0"), student(next++).id, "Summer2026!");
      clock.advance(HOUR);
    }
    await checkSprays(world.deps);
    expect(world.alerts.ofKind("setup-spray")).toHaveLength(1);
    // The spray carrying on at its pace, the same day, doubles the IDs not linked: the admins hear again.
    await spray(3, 2, next);
    next += 12;
    const alerts = world.alerts.ofKind("setup-spray");
    expect(alerts).toHaveLength(2);
    expect(Number(alerts[1]!.details!.notLinked)).toBeGreaterThanOrEqual(20);
    // Not taken for a repeat of the first: the alert service drops one of the same kind, subject and episode
    // within its dedupe window, and the doubled count is already kept as the one to double next.
    expect(alerts[1]!.episode).not.toBe(alerts[0]!.episode);
    // And not again until that count doubles in turn.
    await spray(3, 1, next);
    expect(world.alerts.ofKind("setup-spray")).toHaveLength(2);
    // What the alert keeps to compare with ends with the window, as the IDs do.
    const keys = await world.redis.keys(`${world.prefix}{school}:spray-*`);
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(await world.redis.pttl(key)).toBeGreaterThan(0);
      expect(await world.redis.pttl(key)).toBeLessThanOrEqual(24 * HOUR);
    }
  });

  it("alerts for a spray that stopped before its IDs settled, at the next regular look, without any further wrong password", async () => {
    // 6 chats, 2 IDs each, within 20 minutes, then nothing: no wrong password comes after the hour they settle in.
    for (let c = 0; c < 6; c++) {
      for (let k = 0; k < 2; k++) await setUp(world.chat(`burst-${c}`), student(2 * c + k).id, "Summer2026!");
      clock.advance(3 * MINUTE);
    }
    expect(world.alerts.ofKind("setup-spray")).toEqual([]);
    clock.advance(HOUR);
    await checkSprays(world.deps);
    expect(world.alerts.ofKind("setup-spray")).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ notLinked: 12, linked: 0 }) }),
    ]);
  });

  it("looks every 10 minutes while the bot runs", async () => {
    for (let c = 0; c < 6; c++) {
      for (let k = 0; k < 2; k++) await setUp(world.chat(`burst-${c}`), student(2 * c + k).id, "Summer2026!");
    }
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(clock.now() + HOUR);
    const stop = scheduleSprayChecks(world.deps);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    stop();
    expect(world.alerts.ofKind("setup-spray")).toHaveLength(1);
  });

  it("stays quiet for a big class setting up, where a third mistype their password first and a few give up", async () => {
    for (let i = 0; i < 120; i++) {
      const { id, password } = student(i);
      const kid = world.chat(`kid-${i}`);
      if (i % 3 === 0) {
        expect(await setUp(kid, id, `${password}x`)).toContain("that user ID and password don't match");
        clock.advance(2 * MINUTE);
      }
      // One in twelve gives up after the wrong password (the sticker is lost; the teacher helps next day).
      if (i % 12 !== 0) expect(await setUp(kid, id, password)).toContain("Great, it's you");
      clock.advance(MINUTE);
    }
    clock.advance(2 * HOUR);
    // A few more the next hours, and a few mistyped IDs (which match nobody): still a class, not a spray.
    for (let i = 0; i < 6; i++) {
      await setUp(world.chat(`late-${i}`), `S8${i}99`, "Pw-mistyped");
      clock.advance(20 * MINUTE);
    }
    expect(world.alerts.ofKind("setup-spray")).toEqual([]);
  });

  it("does not count wrong passwords for IDs that match nobody", async () => {
    for (let i = 0; i < 40; i++) {
      await setUp(world.chat(`typo-${i % 8}`), `S7${String(i).padStart(3, "0")}`, "Pw-wrong-1");
      clock.advance(15 * MINUTE);
    }
    expect(world.alerts.ofKind("setup-spray")).toEqual([]);
  });
});
