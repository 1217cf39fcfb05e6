import { beforeEach, describe, expect, it } from "vitest";
import { chatKey } from "../../../src/core/chat.js";
import {
  pauseLiftSubject,
  staffPasswordSubject,
  type LimitRule,
} from "../../../src/core/ports/limit-counters.js";
import type { Store } from "../../../src/core/ports/store.js";
import { keysUnder } from "../redis-keys-under.js";
import type { StoreHarness } from "../store-contract.js";
import {
  MINUTE,
  HOUR,
  DAY,
  T0,
  ann,
  ben,
  STUDENT_RULE,
  LINK_RULE,
  CHAT_RULE,
  SPREE_RULE,
} from "./fixtures.js";

/** Contract part: failure counting, suspension, chat throttling, school-wide sprees, success counting. */
export function describeLimitsContract(
  current: () => StoreHarness,
  { countsTwoInOneStep }: { countsTwoInOneStep: boolean },
): void {
  let h: StoreHarness;
  let store: Store;
  beforeEach(() => {
    h = current();
    store = h.store;
  });

  const failStudent = (id: string, at: number, rule = STUDENT_RULE) =>
    store.countFailure("student", id, at, rule);
  const failChat = (chat: typeof ann, about: string, at: number, rule = CHAT_RULE) =>
    store.countFailure("chat", chatKey(chat), at, rule, about);
  const failSpree = (about: string, at: number) =>
    store.countFailure("spree", "school", at, SPREE_RULE, about);
  const failLink = (id: string, at: number, chat = ann) =>
    store.countFailure("link", id, at, LINK_RULE, chatKey(chat));

  describe("failed resets of one student", () => {
    it("suspends self-service reset for 24 hours after 5 failures within an hour", async () => {
      for (let i = 1; i <= 4; i++) {
        expect(await failStudent("ann.lee", T0 + i * MINUTE)).toMatchObject({
          counted: true,
          failures: i,
          blockedNow: false,
          blockedUntil: null,
        });
      }
      expect(await store.blockedUntil("student", "ann.lee", T0 + 4 * MINUTE, STUDENT_RULE)).toBeNull();
      const fifthAt = T0 + 5 * MINUTE;
      expect(await failStudent("Ann.Lee", fifthAt)).toMatchObject({
        counted: true,
        failures: 5,
        blockedNow: true,
        blockedUntil: fifthAt + DAY,
      });
      const until = (at: number, id = "ann.lee") => store.blockedUntil("student", id, at, STUDENT_RULE);
      expect(await until(fifthAt)).toBe(fifthAt + DAY);
      expect(await until(fifthAt + DAY - 1)).toBe(fifthAt + DAY);
      expect(await until(fifthAt + DAY)).toBeNull();
      expect(await until(fifthAt, "ben.ng")).toBeNull();
    });

    it("does not report the block again for a sixth failure while suspended", async () => {
      for (let i = 1; i <= 5; i++) await failStudent("ann.lee", T0 + i);
      expect(await failStudent("ann.lee", T0 + 6)).toMatchObject({
        failures: 6,
        blockedNow: false,
        blockedUntil: T0 + 5 + DAY,
      });
      expect(await store.blockedUntil("student", "ann.lee", T0 + 6, STUDENT_RULE)).toBe(T0 + 5 + DAY);
    });

    it("counts failures in the same millisecond separately", async () => {
      const results = await Promise.all(Array.from({ length: 5 }, () => failStudent("ann.lee", T0)));
      expect(results.map((r) => r.failures).sort()).toEqual([1, 2, 3, 4, 5]);
      expect(results.filter((r) => r.blockedNow)).toHaveLength(1);
      expect(new Set(results.map((r) => r.id)).size).toBe(5);
    });

    it("counts a failure named by an id once, however often it is counted again (a retried turn)", async () => {
      const id = `${T0}:round-1`;
      await failStudent("ann.lee", T0);
      const first = await store.countFailure(
        "student",
        "ann.lee",
        T0 + 1,
        STUDENT_RULE,
        undefined,
        undefined,
        id,
      );
      expect(first).toMatchObject({ id, counted: true, failures: 2 });
      const again = await store.countFailure(
        "student",
        "ann.lee",
        T0 + 2,
        STUDENT_RULE,
        undefined,
        undefined,
        id,
      );
      expect(again).toMatchObject({ id, counted: true, failures: 2, blockedNow: false });
      expect(await failStudent("ann.lee", T0 + 3)).toMatchObject({ failures: 3 });
    });

    it("does not count failures older than the window", async () => {
      for (let i = 0; i < 4; i++) await failStudent("ann.lee", T0 + i * MINUTE);
      const later = T0 + 3 * MINUTE + HOUR;
      expect(await failStudent("ann.lee", later)).toMatchObject({ failures: 1, blockedNow: false });
      expect(await store.blockedUntil("student", "ann.lee", later, STUDENT_RULE)).toBeNull();
    });

    it("lifts a suspension and forgets the failures behind it", async () => {
      for (let i = 1; i <= 5; i++) await failStudent("ann.lee", T0 + i);
      expect(await store.clearFailures("student", "ANN.LEE", T0 + 10, STUDENT_RULE)).toEqual({
        blocked: true,
        failures: 5,
      });
      expect(await store.blockedUntil("student", "ann.lee", T0 + 10, STUDENT_RULE)).toBeNull();
      expect(await failStudent("ann.lee", T0 + 10)).toMatchObject({ failures: 1, blockedNow: false });
      expect(await store.clearFailures("student", "ann.lee", T0 + 10, STUDENT_RULE)).toEqual({
        blocked: false,
        failures: 1,
      });
      expect(await store.clearFailures("student", "ann.lee", T0 + 10, STUDENT_RULE)).toEqual({
        blocked: false,
        failures: 0,
      });
    });

    it("says no block was lifted once the suspension has run out, and counts only failures in the window", async () => {
      for (let i = 1; i <= 5; i++) await failStudent("ann.lee", T0 + i);
      expect(await store.clearFailures("student", "ann.lee", T0 + 5 + DAY, STUDENT_RULE)).toEqual({
        blocked: false,
        failures: 0,
      });
    });

    it("bumps the student's version when a suspension starts, so a verified reset in flight is refused", async () => {
      for (let i = 1; i <= 4; i++) await failStudent("ann.lee", T0 + i);
      const before = await store.personVersion("ann.lee");
      await failStudent("ann.lee", T0 + 5);
      expect(await store.personVersion("Ann.Lee")).toBe(before + 1);
      await failStudent("ann.lee", T0 + 6);
      expect(await store.personVersion("ann.lee")).toBe(before + 1);
    });

    it("takes back one failure on request, and only that one", async () => {
      const first = await failStudent("ann.lee", T0);
      const second = await failStudent("ann.lee", T0 + 1);
      await store.forgetFailure("student", "ANN.LEE", second.id);
      expect(await failStudent("ann.lee", T0 + 2)).toMatchObject({ failures: 2 });
      await store.forgetFailure("student", "ann.lee", second.id);
      expect(await failStudent("ann.lee", T0 + 3)).toMatchObject({ failures: 3 });
      await store.forgetFailure("student", "ben.ng", first.id);
      expect(await failStudent("ann.lee", T0 + 4)).toMatchObject({ failures: 4 });
    });
  });

  describe("failed resets of one student, also counted over a day (10 within 24 hours suspend too)", () => {
    const DAILY: LimitRule = { ...STUDENT_RULE, longWindow: { maxFailures: 10, windowMs: DAY } };
    const fail = (at: number, id = "ann.lee") => store.countFailure("student", id, at, DAILY);
    /** `n` failure times, 4 a minute apart every 2 hours: no hour holds 5, nor more than the 4 of its burst. */
    const fourAnHour = (n: number) =>
      Array.from({ length: n }, (_, i) => T0 + Math.floor(i / 4) * 2 * HOUR + (i % 4) * MINUTE);

    it("suspends at the 10th within 24 hours though no hour holds 5, for the suspension's length", async () => {
      const [tenthAt, ...nine] = fourAnHour(10).reverse();
      const results = [];
      for (const at of nine.reverse()) results.push(await fail(at));
      expect(results.map((r) => r.blockedNow)).toEqual(Array<boolean>(9).fill(false));
      expect(results.at(-1)).toMatchObject({
        counted: true,
        failures: 1,
        longWindowFailures: 9,
        blockedUntil: null,
      });
      const before = await store.personVersion("ann.lee");
      expect(await fail(tenthAt!, "Ann.Lee")).toMatchObject({
        counted: true,
        failures: 2,
        longWindowFailures: 10,
        blockedNow: true,
        blockedUntil: tenthAt! + DAY,
      });
      expect(await store.blockedUntil("student", "ann.lee", tenthAt!, DAILY)).toBe(tenthAt! + DAY);
      expect(await store.personVersion("ann.lee")).toBe(before + 1);
      expect(await store.blockedUntil("student", "ben.ng", tenthAt!, DAILY)).toBeNull();
    });

    it("forgets a failure once it is 24 hours old", async () => {
      for (const at of fourAnHour(9)) await fail(at);
      expect(await fail(T0 + DAY)).toMatchObject({ failures: 1, longWindowFailures: 9, blockedNow: false });
      // Only the first has left the day (the next was a minute after it).
      expect(await fail(T0 + DAY + MINUTE / 2)).toMatchObject({ longWindowFailures: 10, blockedNow: true });
    });

    it("with a suspension shorter than the day, each failure after it while the day still holds 10 suspends again", async () => {
      const short: LimitRule = { ...DAILY, blockMs: 6 * HOUR };
      const times = fourAnHour(10);
      for (const at of times) await store.countFailure("student", "ann.lee", at, short);
      const after = times.at(-1)! + 6 * HOUR;
      expect(await store.blockedUntil("student", "ann.lee", after, short)).toBeNull();
      expect(await store.countFailure("student", "ann.lee", after, short)).toMatchObject({
        longWindowFailures: 11,
        blockedNow: true,
        blockedUntil: after + 6 * HOUR,
      });
    });

    it("still suspends at 5 within the hour", async () => {
      for (let i = 0; i < 4; i++) await fail(T0 + i);
      expect(await fail(T0 + 4)).toMatchObject({ failures: 5, longWindowFailures: 5, blockedNow: true });
    });

    it("keeps the failures no longer than the day, and a rule without it no longer than its hour", async () => {
      for (const at of fourAnHour(9)) await fail(at);
      await failStudent("ben.ng", T0);
      const ttls = new Map<string, number>();
      for (const key of await keysUnder(h.client, h.prefix)) ttls.set(key, await h.client.pttl(key));
      const ann = [...ttls].filter(([key]) => key.includes("{p:ann.lee}:lim-student"));
      const ben = [...ttls].filter(([key]) => key.includes("{p:ben.ng}:lim-student"));
      expect(ann).toHaveLength(1);
      expect(ben).toHaveLength(1);
      for (const [key, ttl] of [...ann, ...ben]) expect(ttl, key).toBeGreaterThan(0);
      expect(ann[0]![1]).toBeLessThanOrEqual(DAY);
      expect(ben[0]![1]).toBeLessThanOrEqual(HOUR);
    });

    it("an unlock lifts the suspension and forgets the day's failures", async () => {
      for (const at of fourAnHour(10)) await fail(at);
      const at = T0 + 9 * HOUR;
      expect(await store.clearFailures("student", "ANN.LEE", at, DAILY)).toEqual({
        blocked: true,
        failures: 10,
      });
      expect(await store.blockedUntil("student", "ann.lee", at, DAILY)).toBeNull();
      expect(await fail(at)).toMatchObject({ failures: 1, longWindowFailures: 1, blockedNow: false });
    });

    it("refuses a longer window it could not keep: with a block while the window is full, a reserve, or not longer", async () => {
      const longWindow = { maxFailures: 10, windowMs: DAY };
      for (const rule of [
        { ...LINK_RULE, longWindow },
        { ...STUDENT_RULE, reserve: true, longWindow },
        { ...STUDENT_RULE, longWindow: { maxFailures: 10, windowMs: HOUR } },
      ]) {
        await expect(store.countFailure("student", "ann.lee", T0, rule)).rejects.toThrow(RangeError);
      }
      expect(await store.failureTimes("student", "ann.lee", T0, STUDENT_RULE)).toEqual([]);
    });

    it("an unlock short of a suspension says how many of the day's failures it cleared", async () => {
      for (const at of fourAnHour(6)) await fail(at);
      expect(await store.clearFailures("student", "ann.lee", T0 + 3 * HOUR, DAILY)).toEqual({
        blocked: false,
        failures: 6,
      });
    });
  });

  describe("wrong passwords at set-up for one student", () => {
    it("pause set-up for that student after 3, apart from the reset suspension", async () => {
      await failLink("ann.lee", T0);
      await failLink("ANN.LEE", T0 + MINUTE);
      const until = (at: number, id = "ann.lee") => store.blockedUntil("link", id, at, LINK_RULE);
      expect(await until(T0 + MINUTE)).toBeNull();
      expect(await failLink("ann.lee", T0 + 2 * MINUTE)).toMatchObject({
        counted: true,
        failures: 3,
        blockedNow: true,
        blockedUntil: T0 + HOUR,
        abouts: [chatKey(ann)],
      });
      // Paused until the oldest of the three leaves the hour.
      expect(await until(T0 + 2 * MINUTE)).toBe(T0 + HOUR);
      expect(await until(T0 + HOUR - 1)).toBe(T0 + HOUR);
      expect(await until(T0 + HOUR)).toBeNull();
      expect(await store.blockedUntil("student", "ann.lee", T0 + 2 * MINUTE, STUDENT_RULE)).toBeNull();
      expect(await until(T0 + 2 * MINUTE, "ben.ng")).toBeNull();
    });

    it("refuses to count a fourth while paused, and counts again once the oldest has left the hour", async () => {
      for (let i = 0; i < 3; i++) await failLink("ann.lee", T0 + i * MINUTE);
      expect(await failLink("ann.lee", T0 + 3 * MINUTE, ben)).toMatchObject({
        counted: false,
        failures: 3,
        blockedNow: false,
        blockedUntil: T0 + HOUR,
      });
      expect(await store.blockedUntil("link", "ann.lee", T0 + 3 * MINUTE, LINK_RULE)).toBe(T0 + HOUR);
      const again = await failLink("ann.lee", T0 + HOUR);
      expect(again).toMatchObject({
        counted: true,
        failures: 3,
        blockedNow: true,
        blockedUntil: T0 + HOUR + MINUTE,
      });
    });

    it("never counts past the limit, however many attempts arrive at once", async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          failLink("ann.lee", T0, { channel: "telegram", chatUserId: `c${i}` }),
        ),
      );
      expect(results.filter((r) => r.counted)).toHaveLength(3);
      expect(results.filter((r) => r.blockedNow)).toHaveLength(1);
      for (const refused of results.filter((r) => !r.counted)) expect(refused.blockedUntil).toBe(T0 + HOUR);
      expect(await store.blockedUntil("link", "ann.lee", T0, LINK_RULE)).toBe(T0 + HOUR);
    });

    it("takes back an attempt that went well, so the next one may be made", async () => {
      await failLink("ann.lee", T0);
      await failLink("ann.lee", T0 + 1);
      const right = await failLink("ann.lee", T0 + 2);
      expect(right.counted).toBe(true);
      await store.forgetFailure("link", "ann.lee", right.id);
      expect(await store.blockedUntil("link", "ann.lee", T0 + 3, LINK_RULE)).toBeNull();
      expect(await failLink("ann.lee", T0 + 3)).toMatchObject({ counted: true, failures: 3 });
    });

    it("a lifted pause (it lasts while the window is full) is reported as lifted, and the ID may be tried again", async () => {
      for (let i = 0; i < 3; i++) await failLink("ann.lee", T0 + i);
      expect(await store.clearFailures("link", "ANN.LEE", T0 + 10, LINK_RULE)).toEqual({
        blocked: true,
        failures: 3,
      });
      expect(await store.blockedUntil("link", "ann.lee", T0 + 10, LINK_RULE)).toBeNull();
      await failLink("ann.lee", T0 + 10);
      expect(await store.clearFailures("link", "ann.lee", T0 + 11, LINK_RULE)).toEqual({
        blocked: false,
        failures: 1,
      });
    });
  });

  describe("a budget that must not be spent all at once (a chat's hour of ID lookups, 5 a minute)", () => {
    const LOOKUPS: LimitRule = {
      maxFailures: 60,
      windowMs: HOUR,
      blockMs: "window",
      reserve: true,
      burst: { maxFailures: 5, windowMs: MINUTE },
    };
    const lookUp = (at: number, chat = ann) => store.countFailure("id-lookups", chatKey(chat), at, LOOKUPS);

    it("counts 5 within a minute, refuses the sixth until the oldest leaves the minute, then counts again", async () => {
      for (let i = 0; i < 5; i++) expect((await lookUp(T0 + i * 1_000)).counted).toBe(true);
      const sixth = await lookUp(T0 + 10_000);
      expect(sixth).toMatchObject({ counted: false, failures: 5, blockedUntil: T0 + MINUTE });
      expect((await lookUp(T0 + MINUTE - 1)).counted).toBe(false);
      expect(await lookUp(T0 + MINUTE)).toMatchObject({ counted: true, failures: 6 });
      expect((await lookUp(T0 + 10_000, ben)).counted).toBe(true);
    });

    it("never counts past 5 in the minute, however many lookups arrive at once", async () => {
      const results = await Promise.all(Array.from({ length: 20 }, () => lookUp(T0)));
      expect(results.filter((r) => r.counted)).toHaveLength(5);
    });

    it("still holds the hour: 60 paced a minute apart in fives, then none until the oldest leaves it", async () => {
      for (let i = 0; i < 60; i++) expect((await lookUp(T0 + Math.floor(i / 5) * MINUTE)).counted).toBe(true);
      expect(await lookUp(T0 + 12 * MINUTE)).toMatchObject({ counted: false, blockedUntil: T0 + HOUR });
    });
  });

  describe("failures from one chat", () => {
    it("throttles a chat that fails against several students", async () => {
      expect(await failChat(ann, "ann.lee", T0)).toMatchObject({ failures: 1, blockedNow: false });
      await failChat(ann, "ben.ng", T0 + 1);
      expect(await store.blockedUntil("chat", chatKey(ann), T0 + 1, CHAT_RULE)).toBeNull();
      expect(await failChat(ann, "cat.wu", T0 + 2)).toMatchObject({
        failures: 3,
        blockedNow: true,
        blockedUntil: T0 + 2 + HOUR,
      });
      expect(await store.blockedUntil("chat", chatKey(ann), T0 + 2, CHAT_RULE)).toBe(T0 + 2 + HOUR);
      expect(await store.blockedUntil("chat", chatKey(ben), T0 + 2, CHAT_RULE)).toBeNull();
      expect(await failChat(ann, "dan.oh", T0 + 3)).toMatchObject({ failures: 4, blockedNow: false });
    });

    it("names the students tried when the block starts", async () => {
      await failChat(ann, "ann.lee", T0);
      await failChat(ann, "ben.ng", T0 + 1);
      const blocked = await failChat(ann, "cat.wu", T0 + 2);
      expect([...blocked.abouts].sort()).toEqual(["ann.lee", "ben.ng", "cat.wu"]);
    });

    it("counts one student tried again and again as one", async () => {
      for (let i = 0; i < 4; i++) {
        expect((await failChat(ann, "ann.lee", T0 + i)).blockedNow).toBe(false);
      }
      expect(await store.blockedUntil("chat", chatKey(ann), T0 + 4, CHAT_RULE)).toBeNull();
    });

    it("throttles a chat after too many failures even against one student", async () => {
      const rule: LimitRule = { ...CHAT_RULE, maxFailures: 3 };
      await failChat(ann, "ann.lee", T0, rule);
      await failChat(ann, "ann.lee", T0 + 1, rule);
      expect((await failChat(ann, "ann.lee", T0 + 2, rule)).blockedNow).toBe(true);
    });

    it("does not count students tried before the window", async () => {
      await failChat(ann, "ann.lee", T0);
      await failChat(ann, "ben.ng", T0 + 1);
      const later = T0 + 1 + CHAT_RULE.windowMs;
      expect(await failChat(ann, "cat.wu", later)).toMatchObject({ failures: 1, blockedNow: false });
    });

    it("bumps no student's version when a chat is throttled", async () => {
      await failChat(ann, "ann.lee", T0);
      await failChat(ann, "ben.ng", T0 + 1);
      expect((await failChat(ann, "cat.wu", T0 + 2)).blockedNow).toBe(true);
      for (const id of ["ann.lee", "ben.ng", "cat.wu", chatKey(ann)])
        expect(await store.personVersion(id)).toBe(0);
    });
  });

  describe("a count that another limit of the subject stops", () => {
    const CHECKS: LimitRule = { maxFailures: 3, windowMs: HOUR, blockMs: HOUR, reserve: true };
    const paused = { kind: "chat" as const, rule: CHAT_RULE };
    const check = (at: number) =>
      store.countFailure("answer-checks", chatKey(ann), at, CHECKS, undefined, paused);
    const pauseAnn = async () => {
      for (const [i, about] of ["ann.lee", "ben.ng", "cat.wu"].entries()) await failChat(ann, about, T0 + i);
    };

    it("counts as usual while the other limit does not block", async () => {
      expect(await check(T0)).toMatchObject({ counted: true, failures: 1 });
      expect((await check(T0 + 1)).blockedByOtherUntil).toBeUndefined();
      expect(await store.failureTimes("answer-checks", chatKey(ann), T0 + 1, CHECKS)).toHaveLength(2);
    });

    it("counts nothing while it blocks, and says until when; then counts again", async () => {
      await pauseAnn();
      expect(await check(T0 + 3)).toMatchObject({ counted: false, blockedByOtherUntil: T0 + 2 + HOUR });
      expect(await store.failureTimes("answer-checks", chatKey(ann), T0 + 3, CHECKS)).toEqual([]);
      expect(await check(T0 + 2 + HOUR)).toMatchObject({ counted: true, failures: 1 });
    });

    it("is not stopped by the same limit of another subject", async () => {
      await pauseAnn();
      const benCheck = await store.countFailure(
        "answer-checks",
        chatKey(ben),
        T0 + 3,
        CHECKS,
        undefined,
        paused,
      );
      expect(benCheck).toMatchObject({ counted: true, failures: 1 });
    });

    it("refuses a stopping limit whose block lasts as long as its window (it has no block of its own to read)", async () => {
      const stop = { kind: "link" as const, rule: LINK_RULE };
      await expect(
        store.countFailure("answer-checks", chatKey(ann), T0, CHECKS, undefined, stop),
      ).rejects.toThrow();
    });
  });

  if (!countsTwoInOneStep) {
    it("has no one-step count of two limits (a Cluster's nodes hold them apart: the flow counts one by one)", () => {
      expect(store.countFailureThen).toBeUndefined();
    });
  }

  if (countsTwoInOneStep)
    describe("a count that only stands when a second one counts too (a chat's answer check, then the school's)", () => {
      const CHECKS: LimitRule = { maxFailures: 2, windowMs: HOUR, blockMs: HOUR, reserve: true };
      const SCHOOL: LimitRule = { maxFailures: 2, windowMs: MINUTE, blockMs: "window", reserve: true };
      const paused = { kind: "chat" as const, rule: CHAT_RULE };
      const chatCount = (chat = ann) => ({
        kind: "answer-checks" as const,
        subject: chatKey(chat),
        rule: CHECKS,
        unlessBlockedBy: paused,
      });
      const schoolCount = { kind: "school-answer-checks" as const, subject: "school", rule: SCHOOL };
      const chatTimes = (at: number, chat = ann) =>
        store.failureTimes("answer-checks", chatKey(chat), at, CHECKS);
      const schoolTimes = (at: number) => store.failureTimes("school-answer-checks", "school", at, SCHOOL);
      /** One step, as a single Redis takes it. */
      const both = (at: number, chat = ann) => {
        if (store.countFailureThen === undefined) throw new Error("no countFailureThen");
        return store.countFailureThen(chatCount(chat), schoolCount, at);
      };

      it("counts both while each has room, as two counts would", async () => {
        const { first, second } = await both(T0);
        expect(first).toMatchObject({ counted: true, failures: 1, blockedNow: false });
        expect(second).toMatchObject({ counted: true, failures: 1 });
        const last = await both(T0 + 1);
        expect(last.first).toMatchObject({
          counted: true,
          failures: 2,
          blockedNow: true,
          blockedUntil: T0 + 1 + HOUR,
        });
        expect(await chatTimes(T0 + 1)).toEqual([T0, T0 + 1]);
        expect(await schoolTimes(T0 + 1)).toEqual([T0, T0 + 1]);
      });

      it("gives the first back, with the block it started, when the second is at its limit", async () => {
        await both(T0);
        await both(T0 + 1, ben);
        // The school is full for this minute: Ann's second check is not paid, and the pause it would have
        // started (her chat's last check) goes with it.
        const refused = await both(T0 + 2);
        expect(refused.first).toMatchObject({ counted: true, blockedNow: true });
        expect(refused.second).toMatchObject({ counted: false });
        expect(await chatTimes(T0 + 2)).toEqual([T0]);
        expect(await store.blockedUntil("answer-checks", chatKey(ann), T0 + 3, CHECKS)).toBeNull();
        expect(await schoolTimes(T0 + 2)).toEqual([T0, T0 + 1]);
      });

      it("leaves the second alone when the first does not count: its limit, or the limit that stops it", async () => {
        await both(T0);
        await both(T0 + 1);
        const spent = await both(T0 + 2);
        expect(spent.first).toMatchObject({ counted: false, blockedUntil: T0 + 1 + HOUR });
        expect(spent.second).toBeNull();
        for (const [i, about] of ["ann.lee", "ben.ng", "cat.wu"].entries())
          await failChat(ben, about, T0 + i);
        const stopped = await both(T0 + 3, ben);
        expect(stopped.first.blockedByOtherUntil).toBe(T0 + 2 + HOUR);
        expect(stopped.second).toBeNull();
        expect(await chatTimes(T0 + 3, ben)).toEqual([]);
        expect(await schoolTimes(T0 + 3)).toEqual([T0, T0 + 1]);
      });
    });

  describe("taking back a failure that started a block", () => {
    const CHECKS: LimitRule = { maxFailures: 2, windowMs: HOUR, blockMs: HOUR, reserve: true };
    const check = (at: number) => store.countFailure("answer-checks", chatKey(ann), at, CHECKS);
    const blocked = (at: number) => store.blockedUntil("answer-checks", chatKey(ann), at, CHECKS);

    it("lifts the block it started, with the failure", async () => {
      await check(T0);
      const last = await check(T0 + 1);
      expect(last).toMatchObject({ blockedNow: true, blockedUntil: T0 + 1 + HOUR });
      await store.forgetFailure("answer-checks", chatKey(ann), last.id, last.blockedUntil!);
      expect(await blocked(T0 + 2)).toBeNull();
      expect(await store.failureTimes("answer-checks", chatKey(ann), T0 + 2, CHECKS)).toEqual([T0]);
    });

    it("leaves a block that is no longer the one it started", async () => {
      await check(T0);
      const last = await check(T0 + 1);
      await store.forgetFailure("answer-checks", chatKey(ann), last.id, last.blockedUntil! - 1);
      expect(await blocked(T0 + 2)).toBe(T0 + 1 + HOUR);
    });
  });

  describe("an attempt counted before it is made, with a block of its own", () => {
    const CHECKS: LimitRule = { maxFailures: 2, windowMs: HOUR, blockMs: 2 * HOUR, reserve: true };
    const check = (at: number) => store.countFailure("answer-checks", chatKey(ann), at, CHECKS);

    it("counts nothing while its block lasts, even once the failures behind it have left the window", async () => {
      await check(T0);
      expect(await check(T0 + MINUTE)).toMatchObject({
        blockedNow: true,
        blockedUntil: T0 + MINUTE + 2 * HOUR,
      });
      // Both have left the window; the block has not.
      expect(await check(T0 + MINUTE + HOUR)).toMatchObject({
        counted: false,
        blockedUntil: T0 + MINUTE + 2 * HOUR,
      });
      expect(await store.failureTimes("answer-checks", chatKey(ann), T0 + MINUTE + HOUR, CHECKS)).toEqual([]);
      expect(await check(T0 + MINUTE + 2 * HOUR)).toMatchObject({ counted: true, failures: 1 });
    });
  });

  describe("the times of a subject's failures", () => {
    const CHECKS: LimitRule = { maxFailures: 3, windowMs: HOUR, blockMs: HOUR, reserve: true };
    const check = (at: number) => store.countFailure("answer-checks", chatKey(ann), at, CHECKS);
    const times = (at: number) => store.failureTimes("answer-checks", chatKey(ann), at, CHECKS);

    it("lists the failures still within the window, oldest first, and none of another subject", async () => {
      expect(await times(T0)).toEqual([]);
      await check(T0 + 2 * MINUTE);
      await check(T0);
      expect(await times(T0 + 2 * MINUTE)).toEqual([T0, T0 + 2 * MINUTE]);
      expect(await store.failureTimes("answer-checks", chatKey(ben), T0, CHECKS)).toEqual([]);
      // One that happened exactly a window ago has left it, as the counting has it.
      expect(await times(T0 + HOUR)).toEqual([T0 + 2 * MINUTE]);
      expect(await times(T0 + 2 * MINUTE + HOUR)).toEqual([]);
    });

    it("never lists more than the limit, nor an attempt refused at the limit", async () => {
      for (let i = 0; i < 5; i++) await check(T0 + i);
      expect(await times(T0 + 5)).toEqual([T0, T0 + 1, T0 + 2]);
    });
  });

  describe("a limit lowered since its failures were counted", () => {
    const LOWERED_LINK: LimitRule = { ...LINK_RULE, maxFailures: 2 };
    const CHECKS: LimitRule = { maxFailures: 5, windowMs: HOUR, blockMs: HOUR, reserve: true };
    const LOWERED_CHECKS: LimitRule = { ...CHECKS, maxFailures: 2 };

    it("a pause that lasts while the window is full ends when enough failures have left, not the oldest", async () => {
      for (let i = 0; i < 3; i++) await failLink("ann.lee", T0 + i * 10 * MINUTE);
      // Two must leave for the count to be under 2: the second leaves last.
      const until = T0 + 10 * MINUTE + HOUR;
      expect(await store.blockedUntil("link", "ann.lee", T0 + 30 * MINUTE, LOWERED_LINK)).toBe(until);
      expect(
        await store.countFailure("link", "ann.lee", T0 + 30 * MINUTE, LOWERED_LINK, chatKey(ann)),
      ).toMatchObject({ counted: false, blockedUntil: until });
      expect(await store.blockedUntil("link", "ann.lee", until - 1, LOWERED_LINK)).toBe(until);
      expect(await store.blockedUntil("link", "ann.lee", until, LOWERED_LINK)).toBeNull();
    });

    it("a reserved limit with a block of its own, now at the limit, says when room comes, not 'now'", async () => {
      const check = (at: number, rule: LimitRule) =>
        store.countFailure("answer-checks", chatKey(ann), at, rule);
      for (let i = 0; i < 3; i++) await check(T0 + i * 10 * MINUTE, CHECKS);
      expect(await check(T0 + 30 * MINUTE, LOWERED_CHECKS)).toMatchObject({
        counted: false,
        blockedUntil: T0 + 10 * MINUTE + HOUR,
      });
      expect(
        await store.failureTimes("answer-checks", chatKey(ann), T0 + 30 * MINUTE, LOWERED_CHECKS),
      ).toEqual([T0, T0 + 10 * MINUTE, T0 + 20 * MINUTE]);
    });
  });

  describe("failures across the school (a spree)", () => {
    const students = ["ann.lee", "ben.ng", "cat.wu", "dan.oh", "eve.li"];

    it("reports a spree once, when both the failures and the students tried reach the limits", async () => {
      const results = [];
      for (let i = 0; i < 12; i++) results.push(await failSpree(students[i % 5]!, T0 + i * MINUTE * 0.5));
      expect(results.map((r) => r.failures)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(results.map((r) => r.blockedNow)).toEqual([
        ...Array<boolean>(9).fill(false),
        true,
        false,
        false,
      ]);
    });

    it("needs many students: one student failing again and again is not a spree", async () => {
      for (let i = 0; i < 20; i++) expect((await failSpree("ann.lee", T0 + i)).blockedNow).toBe(false);
      for (const [i, subject] of ["ben.ng", "cat.wu", "dan.oh"].entries()) {
        expect((await failSpree(subject, T0 + 20 + i)).blockedNow).toBe(false);
      }
      expect((await failSpree("eve.li", T0 + 30)).blockedNow).toBe(true);
    });

    it("reports once per block, and again once it has passed and the limits are reached anew", async () => {
      for (let i = 0; i < 10; i++) await failSpree(students[i % 5]!, T0 + i);
      let reported = 0;
      for (let i = 0; i < 100; i++) {
        if ((await failSpree(students[i % 5]!, T0 + 10 + i * 1_000)).blockedNow) reported++;
      }
      expect(reported).toBe(0);
      const later = T0 + (SPREE_RULE.blockMs as number) + SPREE_RULE.windowMs;
      for (let i = 0; i < 9; i++) {
        expect((await failSpree(students[i % 5]!, later + i)).blockedNow).toBe(false);
      }
      expect(await failSpree("ann.lee", later + 9)).toMatchObject({ failures: 10, blockedNow: true });
    });

    it("does not count failures older than the window", async () => {
      for (let i = 0; i < 9; i++) await failSpree(students[i % 5]!, T0 + i);
      const later = T0 + 8 + SPREE_RULE.windowMs;
      expect(await failSpree("ann.lee", later)).toMatchObject({ failures: 1, blockedNow: false });
    });
  });

  describe("successful resets", () => {
    const windowMs = 30 * DAY;

    /** A self-service reset that went through: reserved at the current version, then committed. */
    async function resetDone(personId: string, now: number): Promise<number> {
      const expectedVersion = await store.personVersion(personId);
      const reservation = await store.reserveReset(personId, { expectedVersion, now, ttlMs: MINUTE });
      if (!reservation.ok) throw new Error(`reservation refused: ${reservation.reason}`);
      await store.commitReset(personId, reservation.token, { now, countForCapMs: windowMs });
      return store.resetSuccesses(personId, now, windowMs);
    }

    it("counts the successful resets within the window", async () => {
      expect(await store.resetSuccesses("ann.lee", T0, windowMs)).toBe(0);
      expect(await resetDone("ann.lee", T0)).toBe(1);
      expect(await resetDone("Ann.Lee", T0 + 10 * DAY)).toBe(2);
      expect(await resetDone("ann.lee", T0 + 10 * DAY)).toBe(3);
      expect(await store.resetSuccesses("ann.lee", T0 + 10 * DAY, windowMs)).toBe(3);
      expect(await store.resetSuccesses("ann.lee", T0 + 31 * DAY, windowMs)).toBe(2);
      expect(await resetDone("ann.lee", T0 + 31 * DAY)).toBe(3);
      expect(await store.resetSuccesses("ben.ng", T0, windowMs)).toBe(0);
    });
  });

  describe("made-up ids", () => {
    it("lets every counter written for an id that matches nobody expire", async () => {
      const madeUp = "unknown:abc";
      const checks: LimitRule = { maxFailures: 2, windowMs: MINUTE, blockMs: HOUR, reserve: true };
      const schoolChecks: LimitRule = { maxFailures: 2, windowMs: MINUTE, blockMs: "window", reserve: true };
      for (let i = 0; i < 12; i++) {
        const at = T0 + i;
        await failChat(ann, madeUp, at, { ...CHAT_RULE, maxAbouts: { count: 1, trigger: "any" } });
        await failSpree(`${madeUp}${i % 5}`, at);
        await failLink(madeUp, at);
        await store.countFailure("answer-checks", chatKey(ann), at, checks);
        await store.countFailure("school-answer-checks", "school", at, schoolChecks);
        expect(await store.blockedUntil("student", madeUp, at, STUDENT_RULE)).toBeNull();
      }
      expect(await store.blockedUntil("chat", chatKey(ann), T0 + 12, CHAT_RULE)).not.toBeNull();
      expect(await store.blockedUntil("link", madeUp, T0 + 12, LINK_RULE)).not.toBeNull();
      expect(await store.blockedUntil("answer-checks", chatKey(ann), T0 + 12, checks)).not.toBeNull();
      expect(
        await store.blockedUntil("school-answer-checks", "school", T0 + 12, schoolChecks),
      ).not.toBeNull();
      const keys = await keysUnder(h.client, h.prefix);
      expect(keys.length).toBeGreaterThanOrEqual(11);
      for (const key of keys) {
        const ttl = await h.client.pttl(key);
        expect(ttl, key).toBeGreaterThan(0);
      }
    });
  });

  describe("a teacher's lifts of one student's set-up pause", () => {
    const LIFTS: LimitRule = { maxFailures: 1, windowMs: DAY, blockMs: "window", reserve: true };
    const lift = (student: string, teacher: string, at: number) =>
      store.countFailure("pause-lifts", pauseLiftSubject(student, teacher), at, LIFTS);

    it("counts one per teacher and student, whatever the ids' case, for a day, even when asked at once", async () => {
      const at = await Promise.all([lift("ann.lee", "T2001", T0), lift("ANN.LEE ", "t2001", T0)]);
      expect(at.filter((r) => r.counted)).toHaveLength(1);
      expect(await lift("Ann.Lee", "T2001", T0 + DAY - 1)).toMatchObject({ counted: false });
      // Another teacher of hers, or another student of this teacher, counts on its own.
      expect(await lift("ann.lee", "T2002", T0)).toMatchObject({ counted: true });
      expect(await lift("ben.tan", "T2001", T0)).toMatchObject({ counted: true });
      // Ids that could pose as a pair with a separator do not share a count.
      expect(await lift("ann.lee,T2001", "x", T0)).toMatchObject({ counted: true });
      expect(await lift("ann.lee", "T2001", T0 + DAY)).toMatchObject({ counted: true });
      for (const key of await keysUnder(h.client, h.prefix))
        expect(await h.client.pttl(key), key).toBeGreaterThan(0);
    });

    it("counts a pair under the key it has always had, so a lift before a deploy still counts after", async () => {
      await lift(" ANN.LEE", "T2001 ", T0);
      // The pair ["ann.lee","t2001"], encoded as every release so far has spelled it.
      expect(await keysUnder(h.client, h.prefix)).toContain(
        `${h.prefix}{l:%005b%0022ann.lee%0022%002c%0022t2001%0022%005d}:lim-pause-lifts`,
      );
    });
  });
  describe("a staff member's password tries in one chat", () => {
    const TRIES: LimitRule = { maxFailures: 3, windowMs: HOUR, blockMs: "window", reserve: true };
    const wrong = (chat: string, staff: string, at: number) =>
      store.countFailure("staff-password", staffPasswordSubject(chat, staff), at, TRIES);

    it("counts per chat and staff member, whatever the id's case, apart from set-up's count for her id", async () => {
      for (const staff of ["T2001", "t2001 ", "T2001"]) await wrong("telegram:201", staff, T0);
      expect(await wrong("telegram:201", "T2001", T0 + 1)).toMatchObject({ counted: false });
      // Her other chat, another teacher in this chat, and set-up's count for her id are not paused by it.
      expect(await wrong("slack:T1/U1", "T2001", T0 + 1)).toMatchObject({ counted: true });
      expect(await wrong("telegram:201", "T2002", T0 + 1)).toMatchObject({ counted: true });
      expect(await store.blockedUntil("link", "T2001", T0 + 1, LINK_RULE)).toBeNull();
      for (const key of await keysUnder(h.client, h.prefix))
        expect(await h.client.pttl(key), key).toBeGreaterThan(0);
    });
  });
}
