import { beforeEach, describe, expect, it } from "vitest";
import type { ChatRef } from "../../../src/core/chat.js";
import type { Store } from "../../../src/core/ports/store.js";
import { keysUnder } from "../redis-keys-under.js";
import type { StoreHarness } from "../store-contract.js";
import { AUDIT_EVENTS_PER_PERSON } from "../../../src/store/redis-store.js";
import {
  auditEvent,
  CHAT_LIMITS,
  DAY,
  enrolment,
  MINUTE,
  RESET_LIMITS,
  SPREE_LIMITS,
  T0,
} from "./fixtures.js";

/** Contract part: scheduled jobs, the audit stream, and keys that keep everyone's data apart. */
export function describeRecordsContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  let store: Store;
  beforeEach(() => {
    h = current();
    store = h.store;
  });

  describe("scheduled jobs", () => {
    it("hands out only jobs that are due, earliest first, and each only once", async () => {
      await store.scheduleJob("delete-message", '{"id":3}', T0 + 3 * MINUTE);
      await store.scheduleJob("delete-message", '{"id":1}', T0 + MINUTE);
      await store.scheduleJob("delete-message", '{"id":2}', T0 + 2 * MINUTE);
      expect(await store.claimDueJobs("delete-message", T0, 10)).toEqual([]);
      expect(await store.claimDueJobs("delete-message", T0 + 2 * MINUTE, 10)).toEqual([
        '{"id":1}',
        '{"id":2}',
      ]);
      expect(await store.claimDueJobs("delete-message", T0 + 2 * MINUTE, 10)).toEqual([]);
      expect(await store.claimDueJobs("delete-message", T0 + 5 * MINUTE, 10)).toEqual(['{"id":3}']);
    });

    it("hands out at most the limit at a time", async () => {
      for (let i = 0; i < 5; i++) await store.scheduleJob("k", `{"n":${i}}`, T0 + i);
      expect(await store.claimDueJobs("k", T0 + 10, 2)).toEqual(['{"n":0}', '{"n":1}']);
      expect(await store.claimDueJobs("k", T0 + 10, 0)).toEqual([]);
      expect(await store.claimDueJobs("k", T0 + 10, 10)).toHaveLength(3);
    });

    it("gives each due job to exactly one of several replicas claiming at once", async () => {
      for (let i = 0; i < 20; i++) await store.scheduleJob("k", `{"n":${i}}`, T0);
      const claims = await Promise.all([1, 2, 3, 4].map(() => store.claimDueJobs("k", T0, 7)));
      const all = claims.flat();
      expect(all).toHaveLength(20);
      expect(new Set(all).size).toBe(20);
    });

    it("runs a job scheduled twice with the same payload twice, and keeps kinds apart", async () => {
      await store.scheduleJob("k", "{}", T0);
      await store.scheduleJob("k", "{}", T0);
      await store.scheduleJob("other:kind}", "{}", T0);
      expect(await store.claimDueJobs("k", T0, 10)).toEqual(["{}", "{}"]);
      expect(await store.claimDueJobs("other:kind}", T0, 10)).toEqual(["{}"]);
    });
  });

  describe("audit", () => {
    it("returns the newest events first, as they were written", async () => {
      await store.appendAudit(auditEvent(T0));
      await store.appendAudit(auditEvent(T0 + 1, { event: "link", outcome: "info", reason: "relinked" }));
      await store.appendAudit(auditEvent(T0 + 2, { outcome: "failed", reason: "answers did not match" }));
      expect(await store.recentAudit(2)).toEqual([
        auditEvent(T0 + 2, { outcome: "failed", reason: "answers did not match" }),
        auditEvent(T0 + 1, { event: "link", outcome: "info", reason: "relinked" }),
      ]);
      expect(await store.recentAudit(10)).toHaveLength(3);
      expect(await store.recentAudit(0)).toEqual([]);
    });

    it("keeps the stream capped near the configured size", async () => {
      // Past the cap by more than one stream node (100 entries), so a real Redis must have trimmed.
      const total = h.auditMaxEvents + 150;
      for (let i = 0; i < total; i++) await store.appendAudit(auditEvent(T0 + i));
      const kept = await store.recentAudit(total);
      expect(kept.length).toBeGreaterThanOrEqual(h.auditMaxEvents);
      // MAXLEN ~ trims whole stream nodes (100 entries by default), so a real Redis may keep a little more.
      expect(kept.length).toBeLessThanOrEqual(h.auditMaxEvents + 100);
      expect(kept[0]?.at).toBe(T0 + total - 1);
    });

    it("returns one person's newest events first, whatever the case of the id", async () => {
      await store.appendAudit(auditEvent(T0, { subject: "Ann.Lee" }));
      await store.appendAudit(auditEvent(T0 + 1, { subject: "ben.ng", actor: "ann.lee" }));
      await store.appendAudit(
        auditEvent(T0 + 2, { subject: "ann.lee ", event: "unlock", actor: "t.miller" }),
      );
      await store.appendAudit(auditEvent(T0 + 3, { subject: "-", event: "link", outcome: "failed" }));
      expect(await store.recentAuditOf("ANN.LEE", 10)).toEqual([
        auditEvent(T0 + 2, { subject: "ann.lee ", event: "unlock", actor: "t.miller" }),
        auditEvent(T0, { subject: "Ann.Lee" }),
      ]);
      expect(await store.recentAuditOf("ann.lee", 1)).toHaveLength(1);
      expect(await store.recentAuditOf("ann.lee", 0)).toEqual([]);
      expect(await store.recentAuditOf("ben.ng", 10)).toEqual([
        auditEvent(T0 + 1, { subject: "ben.ng", actor: "ann.lee" }),
      ]);
      expect(await store.recentAuditOf("nobody", 10)).toEqual([]);
      expect(await store.recentAuditOf("-", 10)).toEqual([]);
      expect(await store.recentAudit(10)).toHaveLength(4);
    });

    it("keeps only a person's newest events, far past the cap", async () => {
      const total = AUDIT_EVENTS_PER_PERSON * 3;
      for (let i = 0; i < total; i++) await store.appendAudit(auditEvent(T0 + i));
      const kept = await store.recentAuditOf("ann.lee", total);
      expect(kept).toHaveLength(AUDIT_EVENTS_PER_PERSON);
      expect(kept[0]?.at).toBe(T0 + total - 1);
      expect(kept.at(-1)?.at).toBe(T0 + total - AUDIT_EVENTS_PER_PERSON);
    });

    it("returns the events at or after a time, oldest first, at most the limit", async () => {
      for (let i = 0; i < 6; i++) await store.appendAudit(auditEvent(T0 + i * DAY, { reason: `day ${i}` }));
      const since = await store.auditSince(T0 + 3 * DAY, 10);
      expect(since.map((e) => e.reason)).toEqual(["day 3", "day 4", "day 5"]);
      expect((await store.auditSince(T0 + 2 * DAY + 1, 2)).map((e) => e.reason)).toEqual(["day 3", "day 4"]);
      expect(await store.auditSince(T0 + 6 * DAY, 10)).toEqual([]);
      expect(await store.auditSince(T0, 0)).toEqual([]);
      expect(await store.auditSince(0, 100)).toHaveLength(6);
    });

    it("finds events by when they happened, several in one millisecond and a clock behind", async () => {
      await store.appendAudit(auditEvent(T0, { reason: "a" }));
      await store.appendAudit(auditEvent(T0, { reason: "b" }));
      await store.appendAudit(auditEvent(T0 + MINUTE, { reason: "c" }));
      // A replica whose clock is a little behind writes after "c".
      await store.appendAudit(auditEvent(T0 + MINUTE - 5, { reason: "d" }));
      await store.appendAudit(auditEvent(T0 + 2 * MINUTE, { reason: "e" }));
      expect((await store.auditSince(T0, 10)).map((e) => e.reason)).toEqual(["a", "b", "c", "d", "e"]);
      expect((await store.auditSince(T0 + MINUTE, 10)).map((e) => e.reason)).toEqual(["c", "e"]);
      expect((await store.recentAudit(10)).map((e) => e.reason)).toEqual(["e", "d", "c", "b", "a"]);
    });
  });

  describe("keys", () => {
    const tricky = [
      "a",
      "b",
      "a}{b",
      "{p:a}",
      "*",
      "a%007d",
      "a:b",
      "ann.lee}:enrolment",
      "\ud800",
      "\ufffd",
    ];

    it("keeps ids with braces, wildcards or escapes from reaching another person's data", async () => {
      for (const [i, id] of tricky.entries()) await store.saveEnrolment(id, enrolment(T0 + i));
      for (const [i, id] of tricky.entries()) expect((await store.getEnrolment(id))?.enrolledAt).toBe(T0 + i);
    });

    it("keeps chats with such ids apart", async () => {
      // Link values are stored as UTF-8, so a lone surrogate would come back as U+FFFD; platforms never send
      // one.
      const chats = tricky.slice(0, -2).map((id): ChatRef => ({ channel: "slack", chatUserId: id }));
      for (const [i, chat] of chats.entries()) await store.link(chat, `person-${i}`);
      for (const [i, chat] of chats.entries()) expect(await store.linkedPerson(chat)).toBe(`person-${i}`);
      for (const [i, chat] of chats.entries()) await store.saveDialog(chat, null, `dialog ${i}`, 900);
      for (const [i, chat] of chats.entries())
        expect((await store.loadDialog(chat))?.json).toBe(`dialog ${i}`);
    });

    it("puts every key under the prefix with one hash tag for what a script touches together", async () => {
      const chat: ChatRef = { channel: "telegram", chatUserId: "x}{y*" };
      await store.markUpdateSeen("tg:{1}", 60);
      await store.lockChat(chat, 5_000, 0);
      await store.saveDialog(chat, null, "{}", 900);
      await store.link(chat, "a}{b");
      await store.saveEnrolment("a}{b", enrolment(T0));
      await store.recordResetFailure("a}{b", T0, { ...RESET_LIMITS, maxFailures: 1 });
      await store.recordChatFailure(chat, "{x}", T0, { ...CHAT_LIMITS, maxSubjects: 1 });
      await store.recordResetSuccess("a}{b", T0, DAY);
      await store.recordSpreeFailure("{x}", T0, SPREE_LIMITS);
      await store.appendAudit(auditEvent(T0, { subject: "a}{b" }));
      await store.scheduleJob("delete:{message}", "{}", T0);
      const keys = await keysUnder(h.client, h.prefix);
      expect(keys.length).toBeGreaterThanOrEqual(18);
      for (const key of keys) {
        expect(key.startsWith(h.prefix)).toBe(true);
        expect(key.slice(h.prefix.length)).toMatch(/^(\{[a-z]+(:[\w.@%-]+)?\}(:[a-z-]+)?|audit)$/);
      }
    });
  });
}
