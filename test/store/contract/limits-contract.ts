import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports/store.js";
import type { StoreHarness } from "../store-contract.js";
import { MINUTE, HOUR, DAY, T0, ann, ben, RESET_LIMITS, CHAT_LIMITS, SPREE_LIMITS } from "./fixtures.js";

/** Contract part: failure counting, suspension, chat throttling, school-wide sprees, success counting. */
export function describeLimitsContract(current: () => StoreHarness): void {
  let store: Store;
  beforeEach(() => {
    store = current().store;
  });

  describe("failed resets of one student", () => {
    it("suspends self-service reset for 24 hours after 5 failures within an hour", async () => {
      for (let i = 1; i <= 4; i++) {
        expect(await store.recordResetFailure("ann.lee", T0 + i * MINUTE, RESET_LIMITS)).toEqual({
          failures: i,
          blockedNow: false,
        });
      }
      expect(await store.suspendedUntil("ann.lee", T0 + 4 * MINUTE)).toBeNull();
      const fifthAt = T0 + 5 * MINUTE;
      expect(await store.recordResetFailure("Ann.Lee", fifthAt, RESET_LIMITS)).toEqual({
        failures: 5,
        blockedNow: true,
      });
      expect(await store.suspendedUntil("ann.lee", fifthAt)).toBe(fifthAt + DAY);
      expect(await store.suspendedUntil("ann.lee", fifthAt + DAY - 1)).toBe(fifthAt + DAY);
      expect(await store.suspendedUntil("ann.lee", fifthAt + DAY)).toBeNull();
      expect(await store.suspendedUntil("ben.ng", fifthAt)).toBeNull();
    });

    it("does not report the block again for a sixth failure while suspended", async () => {
      for (let i = 1; i <= 5; i++) await store.recordResetFailure("ann.lee", T0 + i, RESET_LIMITS);
      expect(await store.recordResetFailure("ann.lee", T0 + 6, RESET_LIMITS)).toEqual({
        failures: 6,
        blockedNow: false,
      });
      expect(await store.suspendedUntil("ann.lee", T0 + 6)).toBe(T0 + 5 + DAY);
    });

    it("counts failures in the same millisecond separately", async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => store.recordResetFailure("ann.lee", T0, RESET_LIMITS)),
      );
      expect(results.map((r) => r.failures).sort()).toEqual([1, 2, 3, 4, 5]);
      expect(results.filter((r) => r.blockedNow)).toHaveLength(1);
    });

    it("does not count failures older than the window", async () => {
      for (let i = 0; i < 4; i++) await store.recordResetFailure("ann.lee", T0 + i * MINUTE, RESET_LIMITS);
      const later = T0 + 3 * MINUTE + HOUR;
      expect(await store.recordResetFailure("ann.lee", later, RESET_LIMITS)).toEqual({
        failures: 1,
        blockedNow: false,
      });
      expect(await store.suspendedUntil("ann.lee", later)).toBeNull();
    });

    it("lifts a suspension and forgets the failures behind it", async () => {
      for (let i = 1; i <= 5; i++) await store.recordResetFailure("ann.lee", T0 + i, RESET_LIMITS);
      expect(await store.liftSuspension("ANN.LEE")).toBe(true);
      expect(await store.suspendedUntil("ann.lee", T0 + 10)).toBeNull();
      expect(await store.recordResetFailure("ann.lee", T0 + 10, RESET_LIMITS)).toEqual({
        failures: 1,
        blockedNow: false,
      });
      expect(await store.liftSuspension("ann.lee")).toBe(false);
    });
  });

  describe("wrong passwords at set-up for one student", () => {
    const LINK_LIMITS = { maxFailures: 3, windowMs: HOUR, blockMs: HOUR };

    it("pause set-up for that student after 3, apart from the reset suspension", async () => {
      await store.recordLinkFailure("ann.lee", T0, LINK_LIMITS);
      await store.recordLinkFailure("ANN.LEE", T0 + MINUTE, LINK_LIMITS);
      expect(await store.linkPausedUntil("ann.lee", T0 + MINUTE)).toBeNull();
      expect(await store.recordLinkFailure("ann.lee", T0 + 2 * MINUTE, LINK_LIMITS)).toEqual({
        failures: 3,
        blockedNow: true,
      });
      expect(await store.linkPausedUntil("ann.lee", T0 + 2 * MINUTE)).toBe(T0 + 2 * MINUTE + HOUR);
      expect(await store.linkPausedUntil("ann.lee", T0 + 2 * MINUTE + HOUR)).toBeNull();
      expect(await store.suspendedUntil("ann.lee", T0 + 2 * MINUTE)).toBeNull();
      expect(await store.linkPausedUntil("ben.ng", T0 + 2 * MINUTE)).toBeNull();
    });
  });

  describe("failures from one chat", () => {
    it("throttles a chat that fails against several students", async () => {
      expect(await store.recordChatFailure(ann, "ann.lee", T0, CHAT_LIMITS)).toEqual({
        failures: 1,
        blockedNow: false,
      });
      await store.recordChatFailure(ann, "ben.ng", T0 + 1, CHAT_LIMITS);
      expect(await store.chatThrottledUntil(ann, T0 + 1)).toBeNull();
      expect(await store.recordChatFailure(ann, "cat.wu", T0 + 2, CHAT_LIMITS)).toEqual({
        failures: 3,
        blockedNow: true,
      });
      expect(await store.chatThrottledUntil(ann, T0 + 2)).toBe(T0 + 2 + HOUR);
      expect(await store.chatThrottledUntil(ben, T0 + 2)).toBeNull();
      expect(await store.recordChatFailure(ann, "dan.oh", T0 + 3, CHAT_LIMITS)).toEqual({
        failures: 4,
        blockedNow: false,
      });
    });

    it("counts one student tried again and again (in any case) as one subject", async () => {
      for (const [i, subject] of ["ann.lee", "Ann.Lee", " ANN.LEE ", "ann.lee"].entries()) {
        expect((await store.recordChatFailure(ann, subject, T0 + i, CHAT_LIMITS)).blockedNow).toBe(false);
      }
      expect(await store.chatThrottledUntil(ann, T0 + 4)).toBeNull();
    });

    it("throttles a chat after too many failures even against one student", async () => {
      const limits = { ...CHAT_LIMITS, maxFailures: 3 };
      await store.recordChatFailure(ann, "ann.lee", T0, limits);
      await store.recordChatFailure(ann, "ann.lee", T0 + 1, limits);
      expect((await store.recordChatFailure(ann, "ann.lee", T0 + 2, limits)).blockedNow).toBe(true);
    });

    it("does not count students tried before the window", async () => {
      await store.recordChatFailure(ann, "ann.lee", T0, CHAT_LIMITS);
      await store.recordChatFailure(ann, "ben.ng", T0 + 1, CHAT_LIMITS);
      const later = T0 + 1 + CHAT_LIMITS.windowMs;
      expect(await store.recordChatFailure(ann, "cat.wu", later, CHAT_LIMITS)).toEqual({
        failures: 1,
        blockedNow: false,
      });
    });
  });

  describe("failures across the school (a spree)", () => {
    const students = ["ann.lee", "ben.ng", "cat.wu", "dan.oh", "eve.li"];

    it("reports a spree once, when both the failures and the students tried reach the limits", async () => {
      const results = [];
      for (let i = 0; i < 12; i++) {
        results.push(await store.recordSpreeFailure(students[i % 5]!, T0 + i * MINUTE * 0.5, SPREE_LIMITS));
      }
      expect(results.map((r) => r.failures)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(results.map((r) => r.blockedNow)).toEqual([
        ...Array<boolean>(9).fill(false),
        true,
        false,
        false,
      ]);
    });

    it("needs many students: one student failing again and again is not a spree", async () => {
      for (let i = 0; i < 20; i++) {
        const subject = i % 2 === 0 ? "ann.lee" : " ANN.LEE";
        expect((await store.recordSpreeFailure(subject, T0 + i, SPREE_LIMITS)).blockedNow).toBe(false);
      }
      for (const [i, subject] of ["ben.ng", "cat.wu", "dan.oh"].entries()) {
        expect((await store.recordSpreeFailure(subject, T0 + 20 + i, SPREE_LIMITS)).blockedNow).toBe(false);
      }
      expect((await store.recordSpreeFailure("eve.li", T0 + 30, SPREE_LIMITS)).blockedNow).toBe(true);
    });

    it("reports once per block, and again once it has passed and the limits are reached anew", async () => {
      for (let i = 0; i < 10; i++) await store.recordSpreeFailure(students[i % 5]!, T0 + i, SPREE_LIMITS);
      let reported = 0;
      for (let i = 0; i < 100; i++) {
        const at = T0 + 10 + i * 1_000;
        if ((await store.recordSpreeFailure(students[i % 5]!, at, SPREE_LIMITS)).blockedNow) reported++;
      }
      expect(reported).toBe(0);
      const later = T0 + SPREE_LIMITS.blockMs + SPREE_LIMITS.windowMs;
      for (let i = 0; i < 9; i++) {
        expect((await store.recordSpreeFailure(students[i % 5]!, later + i, SPREE_LIMITS)).blockedNow).toBe(
          false,
        );
      }
      expect(await store.recordSpreeFailure("ann.lee", later + 9, SPREE_LIMITS)).toEqual({
        failures: 10,
        blockedNow: true,
      });
    });

    it("does not count failures older than the window", async () => {
      for (let i = 0; i < 9; i++) await store.recordSpreeFailure(students[i % 5]!, T0 + i, SPREE_LIMITS);
      const later = T0 + 8 + SPREE_LIMITS.windowMs;
      expect(await store.recordSpreeFailure("ann.lee", later, SPREE_LIMITS)).toEqual({
        failures: 1,
        blockedNow: false,
      });
    });
  });

  describe("successful resets", () => {
    const windowMs = 30 * DAY;

    it("counts the successful resets within the window", async () => {
      expect(await store.resetSuccesses("ann.lee", T0, windowMs)).toBe(0);
      expect(await store.recordResetSuccess("ann.lee", T0, windowMs)).toBe(1);
      expect(await store.recordResetSuccess("Ann.Lee", T0 + 10 * DAY, windowMs)).toBe(2);
      expect(await store.recordResetSuccess("ann.lee", T0 + 10 * DAY, windowMs)).toBe(3);
      expect(await store.resetSuccesses("ann.lee", T0 + 10 * DAY, windowMs)).toBe(3);
      expect(await store.resetSuccesses("ann.lee", T0 + 31 * DAY, windowMs)).toBe(2);
      expect(await store.recordResetSuccess("ann.lee", T0 + 31 * DAY, windowMs)).toBe(3);
      expect(await store.resetSuccesses("ben.ng", T0, windowMs)).toBe(0);
    });
  });
}
