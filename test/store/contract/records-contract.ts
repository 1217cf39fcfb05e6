import { beforeEach, describe, expect, it } from "vitest";
import { chatKey, type ChatRef } from "../../../src/core/chat.js";
import type { ClaimedJob } from "../../../src/core/ports/jobs.js";
import type { AuditAppend, AuditEvent, Store } from "../../../src/core/ports/store.js";
import { EVENTS_BY_OTHERS_PER_PERSON, PROTECTED_EVENTS_PER_PERSON } from "../../../src/store/redis-audit.js";
import { keysUnder } from "../redis-keys-under.js";
import type { StoreHarness } from "../store-contract.js";
import {
  ann,
  auditEvent,
  ben,
  CHAT_RULE,
  DAY,
  enrolment,
  HOUR,
  MINUTE,
  SPREE_RULE,
  STUDENT_RULE,
  T0,
} from "./fixtures.js";
import { describeResetGuardContract } from "./reset-guard-contract.js";

/** Contract part: scheduled jobs, the audit record, the reset guard, and keys that keep everyone's data apart. */
export function describeRecordsContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  let store: Store;
  beforeEach(() => {
    h = current();
    store = h.store;
  });

  describe("scheduled jobs", () => {
    const LEASE = 10 * MINUTE;
    const payloads = (jobs: ClaimedJob[]) => jobs.map((job) => job.payload);
    const claim = async (kind: string, now: number, limit = 10) =>
      payloads(await store.claimDueJobs(kind, now, limit, now + LEASE));

    it("hands out only jobs that are due, earliest first, and each only once while its lease lasts", async () => {
      await store.scheduleJob("delete-message", '{"id":3}', T0 + 3 * MINUTE);
      await store.scheduleJob("delete-message", '{"id":1}', T0 + MINUTE);
      await store.scheduleJob("delete-message", '{"id":2}', T0 + 2 * MINUTE);
      expect(await claim("delete-message", T0)).toEqual([]);
      expect(await claim("delete-message", T0 + 2 * MINUTE)).toEqual(['{"id":1}', '{"id":2}']);
      expect(await claim("delete-message", T0 + 2 * MINUTE)).toEqual([]);
      expect(await claim("delete-message", T0 + 5 * MINUTE)).toEqual(['{"id":3}']);
    });

    it("hands a job out again once its lease runs out, until it is finished", async () => {
      await store.scheduleJob("k", '{"n":1}', T0);
      await store.scheduleJob("k", '{"n":2}', T0);
      const [first, second] = await store.claimDueJobs("k", T0, 10, T0 + LEASE);
      expect(await claim("k", T0 + LEASE - 1)).toEqual([]);
      await store.finishJob("k", first!.id);
      // The one never finished (its claimer stopped) is due again; the finished one is gone.
      const again = await store.claimDueJobs("k", T0 + LEASE, 10, T0 + 2 * LEASE);
      expect(again).toEqual([second]);
      await store.finishJob("k", second!.id);
      await store.finishJob("k", second!.id);
      expect(await claim("k", T0 + 3 * LEASE)).toEqual([]);
    });

    it("replaces a finished job with its next try in one step, unless it was finished already", async () => {
      await store.scheduleJob("k", '{"tries":0}', T0);
      const [job] = await store.claimDueJobs("k", T0, 10, T0 + LEASE);
      await store.finishJob("k", job!.id, { payload: '{"tries":1}', dueAt: T0 + MINUTE });
      expect(await claim("k", T0 + MINUTE)).toEqual(['{"tries":1}']);
      // Done twice (its lease ran out meanwhile), and both runs failed: one next try, not two.
      await store.finishJob("k", job!.id, { payload: '{"tries":1}', dueAt: T0 + MINUTE });
      expect(await claim("k", T0 + 2 * LEASE)).toEqual(['{"tries":1}']);
    });

    it("notes a next try in its job's group, so that it can still be run early, and only once", async () => {
      await store.scheduleJob("k", '{"tries":0}', T0, "chat-1");
      const [job] = await store.claimDueJobs("k", T0, 10, T0 + LEASE);
      await store.finishJob("k", job!.id, { payload: '{"tries":1}', dueAt: T0 + DAY, group: "chat-1" });
      // Finished already (a second claimer's run): no second next try, in the group or not.
      await store.finishJob("k", job!.id, { payload: '{"tries":1}', dueAt: T0 + DAY, group: "chat-1" });
      expect(payloads(await store.claimGroupJobs("k", "chat-1", T0 + LEASE))).toEqual(['{"tries":1}']);
      expect(await store.claimGroupJobs("k", "chat-1", T0 + LEASE)).toEqual([]);
    });

    it("makes given-back jobs due at once, but not one finished meanwhile", async () => {
      for (const payload of ["a", "b", "c"]) await store.scheduleJob("k", payload, T0);
      const jobs = await store.claimDueJobs("k", T0, 10, T0 + LEASE);
      const id = (payload: string) => jobs.find((job) => job.payload === payload)!.id;
      expect(await claim("k", T0 + MINUTE)).toEqual([]);
      await store.finishJob("k", id("c"));
      await store.releaseJobs("k", [id("b"), id("c")], T0 + MINUTE);
      expect(await claim("k", T0 + MINUTE)).toEqual(["b"]);
      await store.releaseJobs("k", [], T0 + MINUTE);
      expect(await claim("k", T0 + 3 * LEASE)).toEqual(["a", "b"]);
    });

    it("hands out at most the limit at a time", async () => {
      for (let i = 0; i < 5; i++) await store.scheduleJob("k", `{"n":${i}}`, T0 + i);
      expect(await claim("k", T0 + 10, 2)).toEqual(['{"n":0}', '{"n":1}']);
      expect(await claim("k", T0 + 10, 0)).toEqual([]);
      expect(await claim("k", T0 + 10, 10)).toHaveLength(3);
    });

    it("gives each due job to exactly one of several replicas claiming at once", async () => {
      for (let i = 0; i < 20; i++) await store.scheduleJob("k", `{"n":${i}}`, T0);
      const claims = await Promise.all([1, 2, 3, 4].map(() => claim("k", T0, 7)));
      const all = claims.flat();
      expect(all).toHaveLength(20);
      expect(new Set(all).size).toBe(20);
    });

    it("runs a job scheduled twice with the same payload twice, and keeps kinds apart", async () => {
      await store.scheduleJob("k", "{}", T0);
      await store.scheduleJob("k", "{}", T0);
      await store.scheduleJob("other:kind}", "{}", T0);
      const both = await store.claimDueJobs("k", T0, 10, T0 + LEASE);
      expect(payloads(both)).toEqual(["{}", "{}"]);
      expect(both[0]!.id).not.toBe(both[1]!.id);
      expect(await claim("other:kind}", T0)).toEqual(["{}"]);
    });

    it("hands out a group's waiting jobs early, each once, and leaves other groups and jobs alone", async () => {
      await store.scheduleJob("k", '{"n":1}', T0 + MINUTE, "chat:1");
      await store.scheduleJob("k", '{"n":2}', T0 + 2 * MINUTE, "chat:1");
      await store.scheduleJob("k", '{"n":3}', T0 + MINUTE, "chat:2");
      await store.scheduleJob("k", '{"n":4}', T0 + MINUTE);
      const early = await store.claimGroupJobs("k", "chat:1", T0 + LEASE);
      expect(payloads(early).sort()).toEqual(['{"n":1}', '{"n":2}']);
      expect(await store.claimGroupJobs("k", "chat:1", T0 + LEASE)).toEqual([]);
      // Both due at the same time: in no particular order. The early ones are leased, not due.
      expect((await claim("k", T0 + 5 * MINUTE)).sort()).toEqual(['{"n":3}', '{"n":4}']);
      // The early ones come back once their lease runs out, unless finished.
      await store.finishJob("k", early[0]!.id);
      expect(await claim("k", T0 + LEASE)).toEqual([early[1]!.payload]);
    });

    it("hands out early a group's job that a due look holds (its claimer may have stopped), but no finished one", async () => {
      await store.scheduleJob("k", '{"n":1}', T0, "chat:1");
      await store.scheduleJob("k", '{"n":2}', T0, "chat:1");
      const [held, done] = await store.claimDueJobs("k", T0, 10, T0 + LEASE);
      await store.finishJob("k", done!.id);
      expect(await store.claimGroupJobs("k", "chat:1", T0 + LEASE)).toEqual([held]);
    });

    it("gives a group's job to one due look at most, and the early claim takes the rest", async () => {
      for (let i = 0; i < 10; i++) await store.scheduleJob("k", `{"n":${i}}`, T0 + MINUTE, "chat:1");
      const [due1, early, due2] = await Promise.all([
        claim("k", T0 + MINUTE, 4),
        store.claimGroupJobs("k", "chat:1", T0 + LEASE).then(payloads),
        claim("k", T0 + MINUTE, 4),
      ]);
      const timely = [...due1, ...due2];
      expect(new Set(timely).size).toBe(timely.length);
      expect(new Set([...timely, ...early]).size).toBe(10);
    });
  });

  /** The defaults the harness's stores run with (RedisStoreOptions). */
  const RETENTION_DAYS = 30;
  const MAX_ATTEMPTS_PER_CHAT_HOUR = 60;
  const protectedFor = (personId?: string): AuditAppend => ({
    trail: "protected",
    chat: chatKey(ann),
    ...(personId === undefined ? {} : { personId }),
  });
  /** A protected event someone else caused (a staff action, a suspension): never rate-limited per chat. */
  const protectedByOthers = (): AuditAppend => ({ trail: "protected", chat: chatKey(ann), byOthers: true });
  const attemptFrom = (chat: string, personId?: string): AuditAppend => ({
    trail: "attempt",
    chat,
    ...(personId === undefined ? {} : { personId }),
  });
  /** What a trail entry keeps of an event: everything but the subject, which is the person asked about. */
  const withoutSubject = (events: AuditEvent[]) => events.map(({ subject: _subject, ...rest }) => rest);

  describe("audit", () => {
    it("returns the newest events first, as they were written", async () => {
      await store.appendAudit(auditEvent(T0), protectedFor("ann.lee"));
      await store.appendAudit(
        auditEvent(T0 + 1, { event: "link", outcome: "info", reason: "relinked" }),
        protectedFor("ann.lee"),
      );
      await store.appendAudit(
        auditEvent(T0 + 2, { outcome: "failed", reason: "answers did not match" }),
        attemptFrom(chatKey(ben), "ann.lee"),
      );
      expect(await store.recentAudit(2)).toEqual([
        auditEvent(T0 + 2, { outcome: "failed", reason: "answers did not match" }),
        auditEvent(T0 + 1, { event: "link", outcome: "info", reason: "relinked" }),
      ]);
      expect(await store.recentAudit(10)).toHaveLength(3);
      expect(await store.recentAudit(0)).toEqual([]);
    });

    it("writes every entry of a day with the same fields, in order, so Redis stores their names once", async () => {
      // Replicas and concurrent chats write a few milliseconds out of order; a reason is not always given.
      for (const [offset, reason] of [
        [5, undefined],
        [3, "generated"],
        [9, undefined],
        [8, "relinked"],
      ] as const) {
        await store.appendAudit(
          auditEvent(T0 + offset, reason === undefined ? {} : { reason }),
          protectedFor(),
        );
      }
      const [day] = (await keysUnder(h.client, h.prefix)).filter((key) => key.includes("{audit}:day-"));
      const entries = await h.client.xrange(day!, "-", "+");
      const names = entries.map(([, fields]) => fields.filter((_, i) => i % 2 === 0).join(","));
      expect(new Set(names).size).toBe(1);
      // Times within 10 seconds of the newest are kept as the order they were written in.
      expect((await store.recentAudit(4)).map((e) => e.reason)).toEqual([
        "relinked",
        undefined,
        "generated",
        undefined,
      ]);
    });

    it("keeps the time of an event written more than 10 seconds after a newer one", async () => {
      await store.appendAudit(auditEvent(T0 + 11_000), protectedFor());
      await store.appendAudit(auditEvent(T0, { reason: "late" }), protectedFor());
      expect((await store.recentAudit(2)).map((e) => e.at)).toEqual([T0, T0 + 11_000]);
    });

    /**
     * Before, a day at its share dropped its oldest events for each new one (XADD MAXLEN): a flood of attempts
     * from many chats, each within its rate, erased the day's earlier record, its own first tries among them.
     */
    it("keeps each day of the stream within its share, never pushing out what it holds: attempts stop at 90%", async () => {
      // The size bound is shared out over the days kept, at least 10 a day.
      const perDay = Math.max(10, Math.ceil(h.auditMaxEvents / RETENTION_DAYS));
      const attemptsPerDay = Math.floor(perDay * 0.9);
      await store.appendAudit(auditEvent(T0, { reason: "first" }), protectedByOthers());
      // Attempts from many chats, one each: no chat is over its rate.
      const attempts = [];
      for (let i = 1; i < perDay + 5; i++) {
        const attempt = auditEvent(T0 + i, { outcome: "failed", actor: `telegram:${i}` });
        attempts.push(await store.appendAudit(attempt, attemptFrom(`telegram:${i}`)));
      }
      expect(attempts[0]).toEqual({ streamFull: false, rateLimited: false });
      // The first attempt left out says so (the admins are told once), the next ones are only counted.
      expect(attempts[attemptsPerDay - 1]).toEqual({
        streamFull: true,
        rateLimited: false,
        filled: "attempts",
      });
      expect(attempts.at(-1)).toEqual({ streamFull: true, rateLimited: false });
      let kept = await store.auditSince(T0, 10 * perDay);
      expect(kept).toHaveLength(attemptsPerDay);
      expect(kept[0]?.reason).toBe("first");
      // The rest of the share is kept for the events that always reach the stream; past it they are counted.
      const late = [];
      for (let i = 0; i < perDay - attemptsPerDay + 2; i++)
        late.push(
          await store.appendAudit(auditEvent(T0 + 100 + i, { reason: `late ${i}` }), protectedByOthers()),
        );
      expect(late.slice(0, perDay - attemptsPerDay).every((w) => !w.streamFull)).toBe(true);
      expect(late.at(-2)).toEqual({ streamFull: true, rateLimited: false, filled: "all" });
      kept = await store.auditSince(T0, 10 * perDay);
      expect(kept).toHaveLength(perDay);
      expect(kept[0]?.reason).toBe("first");
      expect(kept.at(-1)?.reason).toBe(`late ${perDay - attemptsPerDay - 1}`);
      // What was left out, by kind, and from when.
      expect(await store.auditUnlisted(T0)).toEqual([
        {
          day: "20250901",
          from: T0 + attemptsPerDay,
          allFrom: T0 + 100 + perDay - attemptsPerDay,
          counts: [
            { event: "reset", outcome: "failed", count: perDay + 4 - (attemptsPerDay - 1) },
            { event: "reset", outcome: "ok", count: 2 },
          ],
        },
      ]);
      // Another day has its own share.
      await store.appendAudit(auditEvent(T0 + DAY), protectedByOthers());
      expect(await store.recentAudit(10 * perDay)).toHaveLength(perDay + 1);
      expect(await store.auditUnlisted(T0 + DAY)).toEqual([]);
    });

    /**
     * One account moved back and forth between two chats (a relink each time, never rate-limited) would fill
     * the part of the day's share kept for everyone's protected events.
     */
    it("lists a person's capped events up to the day's number only, counting the rest, and keeps her trail", async () => {
      const relinkOf = (personId: string): AuditAppend => ({
        trail: "protected",
        chat: chatKey(ann),
        personId,
        byOthers: true,
        listedPerPersonADay: 3,
      });
      const relink = (at: number, subject: string) =>
        auditEvent(at, { event: "relink", outcome: "info", subject, reason: `move ${at - T0}` });
      const written = [];
      for (let i = 0; i < 6; i++)
        written.push(await store.appendAudit(relink(T0 + i, "Ann.Lee"), relinkOf("Ann.Lee")));
      expect(written.slice(0, 3).every((w) => !w.streamFull)).toBe(true);
      // Past the number: only counted, and no alert of a full share (there is none).
      expect(written.slice(3)).toEqual(Array(3).fill({ streamFull: true, rateLimited: false }));
      // Another person's, whatever the case of the first one's id, is listed.
      expect(await store.appendAudit(relink(T0 + 10, "bo.tan"), relinkOf("bo.tan"))).toEqual({
        streamFull: false,
        rateLimited: false,
      });
      await store.appendAudit(relink(T0 + 11, "ann.lee"), relinkOf("ann.lee"));
      const listed = await store.auditSince(T0, 100);
      expect(listed.map((e) => e.reason)).toEqual(["move 0", "move 1", "move 2", "move 10"]);
      expect(await store.auditUnlisted(T0)).toEqual([
        {
          day: "20250901",
          from: T0 + 3,
          cappedFrom: T0 + 3,
          shareFull: false,
          counts: [{ event: "relink", outcome: "info", count: 4 }],
        },
      ]);
      // Every move is still in her trail (the ring of events others caused keeps its last 10).
      expect(await store.auditTrailOf("ann.lee", 20)).toHaveLength(7);
      // The next day lists her moves again.
      expect(await store.appendAudit(relink(T0 + DAY, "ann.lee"), relinkOf("ann.lee"))).toEqual({
        streamFull: false,
        rateLimited: false,
      });
    });

    it("forgets days older than the retention", async () => {
      await store.appendAudit(auditEvent(T0, { reason: "old" }), protectedFor());
      await store.appendAudit(auditEvent(T0 + (RETENTION_DAYS + 1) * DAY, { reason: "new" }), protectedFor());
      expect((await store.recentAudit(10)).map((e) => e.reason)).toEqual(["new"]);
      expect((await store.auditSince(0, 10)).map((e) => e.reason)).toEqual(["new"]);
    });

    it("returns one person's protected events newest first, whatever the case of the id", async () => {
      await store.appendAudit(auditEvent(T0, { subject: "Ann.Lee" }), protectedFor("Ann.Lee"));
      await store.appendAudit(
        auditEvent(T0 + 1, { subject: "ben.ng", actor: "ann.lee" }),
        protectedFor("ben.ng"),
      );
      await store.appendAudit(
        auditEvent(T0 + 2, { subject: "ann.lee ", event: "unlock", actor: "t.miller" }),
        protectedFor("ann.lee "),
      );
      await store.appendAudit(
        auditEvent(T0 + 3, { subject: "-", event: "link", outcome: "failed" }),
        protectedFor(),
      );
      expect(withoutSubject(await store.auditTrailOf("ANN.LEE", 10))).toEqual(
        withoutSubject([auditEvent(T0 + 2, { event: "unlock", actor: "t.miller" }), auditEvent(T0)]),
      );
      expect(await store.auditTrailOf("ann.lee", 1)).toHaveLength(1);
      expect(await store.auditTrailOf("ann.lee", 0)).toEqual([]);
      expect(await store.auditTrailOf("ben.ng", 10)).toEqual([
        auditEvent(T0 + 1, { subject: "ben.ng", actor: "ann.lee" }),
      ]);
      expect(await store.auditTrailOf("nobody", 10)).toEqual([]);
      expect(await store.auditTrailOf("-", 10)).toEqual([]);
      expect(await store.recentAudit(10)).toHaveLength(4);
    });

    it("cuts a long reason in a person's trail at a word's end, with a visible '…'; the stream keeps it whole", async () => {
      const long = "in person, chat unlinked; the password may have been set: the directory did not answer";
      await store.appendAudit(
        auditEvent(T0, { event: "guided-reset", reason: long }),
        protectedFor("ann.lee"),
      );
      await store.appendAudit(auditEvent(T0 + 1, { reason: "generated password" }), protectedFor("ann.lee"));
      const [short, cut] = await store.auditTrailOf("ann.lee", 2);
      expect(short?.reason).toBe("generated password");
      const kept = cut!.reason!.slice(0, -1);
      expect(cut?.reason).toMatch(/^in person, \w.*…$/);
      expect(long.startsWith(kept)).toBe(true);
      expect(long.charAt(kept.length)).toBe(" ");
      expect((await store.recentAudit(2)).map((e) => e.reason)).toContain(long);
      // Non-Latin words are cut at a space too, never inside a character.
      const tamil = "தவறான பதில்கள் ".repeat(6).trim();
      await store.appendAudit(auditEvent(T0 + 2, { reason: tamil }), protectedFor("ann.lee"));
      const [cutTamil] = await store.auditTrailOf("ann.lee", 1);
      const keptTamil = cutTamil!.reason!.slice(0, -1);
      expect(cutTamil?.reason).toMatch(/^தவறான.*…$/);
      expect(tamil.startsWith(keptTamil)).toBe(true);
      expect(tamil.charAt(keptTamil.length)).toBe(" ");
      // One long word: cut between letters as a reader sees them (a consonant keeps its vowel sign).
      const word = "கடவுச்சொல்".repeat(4);
      await store.appendAudit(auditEvent(T0 + 3, { reason: word }), protectedFor("ann.lee"));
      const [cutWord] = await store.auditTrailOf("ann.lee", 1);
      const keptWord = cutWord!.reason!.slice(0, -1);
      expect(word.startsWith(keptWord)).toBe(true);
      expect(word.charAt(keptWord.length)).not.toMatch(/\p{M}/u);
    });

    it("keeps only a person's newest protected events, far past the cap", async () => {
      expect(PROTECTED_EVENTS_PER_PERSON).toBe(20);
      const total = PROTECTED_EVENTS_PER_PERSON * 3;
      for (let i = 0; i < total; i++) await store.appendAudit(auditEvent(T0 + i), protectedFor("ann.lee"));
      const kept = await store.auditTrailOf("ann.lee", total);
      expect(kept).toHaveLength(PROTECTED_EVENTS_PER_PERSON);
      expect(kept[0]?.at).toBe(T0 + total - 1);
      expect(kept.at(-1)?.at).toBe(T0 + total - PROTECTED_EVENTS_PER_PERSON);
    });

    it("keeps what others caused apart: her own events cannot push it out, nor it hers", async () => {
      expect(EVENTS_BY_OTHERS_PER_PERSON).toBe(10);
      const byStaff = (at: number) =>
        store.appendAudit(auditEvent(at, { event: "code-sent", actor: "T2001" }), {
          ...protectedFor("ann.lee"),
          byOthers: true,
        });
      for (let i = 0; i < 30; i++) await byStaff(T0 + i);
      for (let i = 0; i < 60; i++) await store.appendAudit(auditEvent(T0 + 100 + i), protectedFor("ann.lee"));
      const kept = await store.auditTrailOf("ann.lee", 100);
      const others = kept.filter((e) => e.event === "code-sent");
      const own = kept.filter((e) => e.event !== "code-sent");
      expect(others.map((e) => e.at)).toEqual(Array.from({ length: 10 }, (_, i) => T0 + 29 - i));
      expect(own).toHaveLength(PROTECTED_EVENTS_PER_PERSON);
      expect(own[0]?.at).toBe(T0 + 159);
      // Newest first across both, and the limit applies to both together.
      expect(kept.map((e) => e.at)).toEqual([...kept.map((e) => e.at)].sort((a, b) => b - a));
      expect(await store.auditTrailOf("ann.lee", 5)).toEqual(kept.slice(0, 5));
    });

    it("never lets attempts push a person's protected events out: they are only counted", async () => {
      await store.appendAudit(auditEvent(T0, { event: "link" }), protectedFor("ann.lee"));
      await store.appendAudit(auditEvent(T0 + 1, { event: "enrol" }), protectedFor("ann.lee"));
      await store.appendAudit(auditEvent(T0 + 2, { event: "reset" }), protectedFor("ann.lee"));
      for (let i = 0; i < 25; i++) {
        const attempt = auditEvent(T0 + 10 + i, { outcome: "failed", actor: `telegram:${i}` });
        await store.appendAudit(attempt, attemptFrom(`telegram:${i}`, "Ann.Lee"));
      }
      await store.appendAudit(
        auditEvent(T0 + DAY, { outcome: "failed" }),
        attemptFrom(chatKey(ben), "ann.lee"),
      );
      await store.appendAudit(
        auditEvent(T0 + DAY + 1, { event: "link", outcome: "failed" }),
        attemptFrom(chatKey(ben), "ann.lee"),
      );
      expect((await store.auditTrailOf("ann.lee", 50)).map((e) => e.event)).toEqual([
        "reset",
        "enrol",
        "link",
      ]);
      expect(await store.attemptCountsOf("ANN.LEE")).toEqual([
        { day: "20250902", event: "link", outcome: "failed", count: 1 },
        { day: "20250902", event: "reset", outcome: "failed", count: 1 },
        { day: "20250901", event: "reset", outcome: "failed", count: 25 },
      ]);
      expect(await store.attemptCountsOf("ben.ng")).toEqual([]);
    });

    it("keeps a chat's attempts out of the stream past its hourly rate, but still counts them", async () => {
      const from = chatKey(ben);
      for (let i = 0; i < MAX_ATTEMPTS_PER_CHAT_HOUR; i++) {
        const written = await store.appendAudit(
          auditEvent(T0 + i, { outcome: "failed" }),
          attemptFrom(from, "ann.lee"),
        );
        expect(written.rateLimited).toBe(false);
      }
      const over = auditEvent(T0 + HOUR - 1, { outcome: "failed", reason: "over the rate" });
      expect(await store.appendAudit(over, attemptFrom(from, "ann.lee"))).toEqual({
        streamFull: false,
        rateLimited: true,
      });
      expect((await store.recentAudit(1))[0]?.reason).toBeUndefined();
      expect(await store.attemptCountsOf("ann.lee")).toEqual([
        { day: "20250901", event: "reset", outcome: "failed", count: MAX_ATTEMPTS_PER_CHAT_HOUR + 1 },
      ]);
      // Other chats, and what others did from this one (a staff action), still reach the stream.
      const other = auditEvent(T0 + HOUR, { outcome: "failed", reason: "another chat" });
      expect((await store.appendAudit(other, attemptFrom(chatKey(ann), "ann.lee"))).rateLimited).toBe(false);
      const byOthers = auditEvent(T0 + HOUR + 1, { reason: "by others" });
      const staffAction: AuditAppend = {
        trail: "protected",
        chat: from,
        personId: "ann.lee",
        byOthers: true,
      };
      expect((await store.appendAudit(byOthers, staffAction)).rateLimited).toBe(false);
      expect((await store.recentAudit(2)).map((e) => e.reason)).toEqual(["by others", "another chat"]);
      // The protected events a chat repeats at will (a link, an unlink: whoever knows the password) share its
      // rate: over it they reach the person's trail only. Its other protected events (a reset) do not.
      const own = auditEvent(T0 + HOUR + 2, { reason: "own" });
      const repeatable: AuditAppend = {
        trail: "protected",
        chat: from,
        personId: "ann.lee",
        repeatable: "counted",
      };
      expect((await store.appendAudit(own, repeatable)).rateLimited).toBe(true);
      expect((await store.recentAudit(1))[0]?.reason).toBe("by others");
      expect((await store.auditTrailOf("ann.lee", 1)).map((e) => e.reason)).toEqual(["own"]);
      const reset = auditEvent(T0 + HOUR + 3, { reason: "a reset" });
      const once: AuditAppend = { trail: "protected", chat: from, personId: "ann.lee" };
      expect((await store.appendAudit(reset, once)).rateLimited).toBe(false);
      expect((await store.recentAudit(1))[0]?.reason).toBe("a reset");
    });

    it("returns the events at or after a time, oldest first, at most the limit: the newest", async () => {
      for (let i = 0; i < 6; i++) {
        await store.appendAudit(auditEvent(T0 + i * DAY, { reason: `day ${i}` }), protectedFor());
      }
      const since = await store.auditSince(T0 + 3 * DAY, 10);
      expect(since.map((e) => e.reason)).toEqual(["day 3", "day 4", "day 5"]);
      // A limit leaves out the oldest, never the newest (an export of the last days ended the day before).
      expect((await store.auditSince(T0 + 2 * DAY + 1, 2)).map((e) => e.reason)).toEqual(["day 4", "day 5"]);
      expect((await store.auditSince(T0, 3, T0 + 4 * DAY)).map((e) => e.reason)).toEqual([
        "day 1",
        "day 2",
        "day 3",
      ]);
      expect(await store.auditSince(T0 + 6 * DAY, 10)).toEqual([]);
      expect(await store.auditSince(T0, 0)).toEqual([]);
      expect(await store.auditSince(0, 100)).toHaveLength(6);
    });

    it("finds events by when they happened, several in one millisecond and a clock behind", async () => {
      await store.appendAudit(auditEvent(T0, { reason: "a" }), protectedFor());
      await store.appendAudit(auditEvent(T0, { reason: "b" }), protectedFor());
      await store.appendAudit(auditEvent(T0 + MINUTE, { reason: "c" }), protectedFor());
      // A replica whose clock is a little behind writes after "c": within 10 s, it is filed at "c"'s time.
      await store.appendAudit(auditEvent(T0 + MINUTE - 5, { reason: "d" }), protectedFor());
      await store.appendAudit(auditEvent(T0 + 2 * MINUTE, { reason: "e" }), protectedFor());
      expect((await store.auditSince(T0, 10)).map((e) => e.reason)).toEqual(["a", "b", "c", "d", "e"]);
      expect((await store.auditSince(T0 + MINUTE, 10)).map((e) => e.reason)).toEqual(["c", "d", "e"]);
      expect((await store.auditSince(T0 + MINUTE + 1, 10)).map((e) => e.reason)).toEqual(["e"]);
      expect((await store.recentAudit(10)).map((e) => e.reason)).toEqual(["e", "d", "c", "b", "a"]);
    });
  });

  describe("audit: what /audit of one person reads", () => {
    const byTeacher = (trail: AuditAppend["trail"], personId?: string): AuditAppend => ({
      trail,
      chat: chatKey(ben),
      actorId: "T2001",
      ...(personId === undefined ? {} : { personId }),
    });
    const teacherDid = (at: number, extra: Partial<AuditEvent> = {}) =>
      auditEvent(at, { actor: "T2001", subject: "ann.lee", event: "unlock", ...extra });

    it("files what a person did to others under them: newest first, in the order written, and how many", async () => {
      await store.appendAudit(teacherDid(T0, { reason: "a" }), byTeacher("protected", "ann.lee"));
      await store.appendAudit(teacherDid(T0, { reason: "b", subject: "-" }), byTeacher("protected"));
      await store.appendAudit(teacherDid(T0 + 1, { reason: "c" }), byTeacher("protected", "ann.lee"));
      await store.appendAudit(
        teacherDid(T0 + 2, { event: "staff-refused", outcome: "refused" }),
        byTeacher("attempt", "ann.lee"),
      );
      const by = await store.auditByOf("t2001", "protected", T0 + 3, 2);
      expect(by.total).toBe(3);
      expect(by.events.map((e) => e.reason)).toEqual(["c", "b"]);
      expect(by.events[1]).toEqual({ ...teacherDid(T0, { reason: "b", subject: "-" }) });
      const tries = await store.auditByOf("T2001", "attempt", T0 + 3, 20);
      expect(tries.events.map((e) => e.event)).toEqual(["staff-refused"]);
      expect(tries.total).toBe(1);
      expect(await store.auditByOf("ann.lee", "protected", T0 + 3, 20)).toEqual({ events: [], total: 0 });
    });

    it("keeps what a person did to others as long as the stream keeps its days, and not over a chat's rate", async () => {
      await store.appendAudit(teacherDid(T0, { reason: "old" }), byTeacher("protected", "ann.lee"));
      const later = T0 + (RETENTION_DAYS + 1) * DAY;
      expect((await store.auditByOf("T2001", "protected", later, 20)).total).toBe(0);
      for (let i = 0; i <= MAX_ATTEMPTS_PER_CHAT_HOUR; i++) {
        await store.appendAudit(
          teacherDid(later + i, { event: "staff-refused", outcome: "refused" }),
          byTeacher("attempt", "ann.lee"),
        );
      }
      // The stream recorded 60 of the chat's attempts in the hour: so does her record.
      const tries = await store.auditByOf("T2001", "attempt", later + HOUR - 1, 0);
      expect(tries).toEqual({ events: [], total: MAX_ATTEMPTS_PER_CHAT_HOUR });
    });

    it("counts who made a person's recorded attempts per day and kind; not those over a chat's rate", async () => {
      const tried = (at: number, actor: string) => auditEvent(at, { outcome: "failed", actor });
      await store.appendAudit(tried(T0, "telegram:1"), attemptFrom("telegram:1", "Ann.Lee"));
      await store.appendAudit(tried(T0 + 1, "telegram:1"), attemptFrom("telegram:1", "ann.lee"));
      await store.appendAudit(tried(T0 + DAY, "telegram:2"), attemptFrom("telegram:2", "ann.lee"));
      for (let i = 0; i < MAX_ATTEMPTS_PER_CHAT_HOUR; i++) {
        await store.appendAudit(tried(T0 + DAY + 1, "telegram:3"), attemptFrom("telegram:3", "ann.lee"));
      }
      // Over the rate: counted, but the stream does not name who.
      await store.appendAudit(tried(T0 + DAY + 2, "telegram:3"), attemptFrom("telegram:3", "ann.lee"));
      const byDay = (await store.attemptActorsOf("ANN.LEE")).sort(
        (a, b) => a.day.localeCompare(b.day) || a.actor.localeCompare(b.actor),
      );
      expect(byDay).toEqual([
        { day: "20250901", event: "reset", outcome: "failed", actor: "telegram:1", count: 2 },
        { day: "20250902", event: "reset", outcome: "failed", actor: "telegram:2", count: 1 },
        {
          day: "20250902",
          event: "reset",
          outcome: "failed",
          actor: "telegram:3",
          count: MAX_ATTEMPTS_PER_CHAT_HOUR,
        },
      ]);
      expect(await store.attemptActorsOf("ben.ng")).toEqual([]);
    });
  });

  describeResetGuardContract(current);

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
      await store.countInWindow("alerts:{x}", 60_000);
      await store.lockChat(chat, 5_000, 0);
      await store.saveDialog(chat, null, "{}", 900);
      await store.link(chat, "a}{b");
      await store.saveEnrolment("a}{b", enrolment(T0));
      await store.countFailure("student", "a}{b", T0, { ...STUDENT_RULE, maxFailures: 1 });
      await store.countFailure(
        "link",
        "a}{b",
        T0,
        { ...STUDENT_RULE, blockMs: "window", reserve: true },
        "x}{y",
      );
      const chatRule = { ...CHAT_RULE, maxAbouts: { count: 1, trigger: "any" as const } };
      await store.countFailure("chat", chatKey(chat), T0, chatRule, "{x}");
      await store.countFailure(
        "spree",
        "school",
        T0,
        { ...SPREE_RULE, maxFailures: 1, maxAbouts: undefined },
        "{x}",
      );
      const expectedVersion = await store.personVersion("a}{b");
      expect((await store.reserveReset("a}{b", { expectedVersion, now: T0, ttlMs: MINUTE })).ok).toBe(true);
      const held = await store.reserveReset("x}{y", { expectedVersion: 0, now: T0, ttlMs: MINUTE });
      if (held.ok) await store.commitReset("x}{y", held.token, { now: T0, countForCapMs: DAY });
      await store.appendAudit(auditEvent(T0, { subject: "a}{b" }), {
        trail: "protected",
        chat: chatKey(chat),
        personId: "a}{b",
      });
      await store.appendAudit(auditEvent(T0, { subject: "a}{b", outcome: "failed" }), {
        trail: "attempt",
        chat: chatKey(chat),
        personId: "a}{b",
      });
      await store.scheduleJob("delete:{message}", "{}", T0);
      const keys = await keysUnder(h.client, h.prefix);
      expect(keys.length).toBeGreaterThanOrEqual(25);
      for (const key of keys) {
        expect(key.startsWith(h.prefix)).toBe(true);
        expect(key.slice(h.prefix.length)).toMatch(/^\{[a-z]+(:[\w.@%-]+)?\}(:[a-z0-9-]+)?$/);
      }
    });
  });
}
