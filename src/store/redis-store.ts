import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { Cluster, Redis } from "ioredis";
import { chatKey, parseChatKey, type ChatRef } from "../core/chat.js";
import { ConfigError } from "../core/errors.js";
import type {
  AuditEvent,
  ChatFailureLimits,
  Enrolment,
  FailureLimits,
  FailureResult,
  Store,
  StoredDialog,
} from "../core/ports/store.js";
import type { Logger } from "../logging/create-logger.js";
import { normalisePersonId, storeKeys } from "./keys.js";
import { defineStoreScripts, type StoreScripts } from "./lua-scripts.js";
import { guarded } from "./store-unavailable.js";
import { auditFields, parseAuditFields, parseEnrolment, serialiseEnrolment } from "./stored-records.js";

export interface RedisStoreOptions {
  /** Put before every key, e.g. "sspr:"; lets several bots (or test runs) share one Redis. */
  prefix: string;
  /** The audit stream is trimmed to about this many events (MAXLEN ~, so it may briefly hold more). */
  auditMaxEvents: number;
  /** Told when a stored value cannot be read; it never gets the value itself. */
  logger?: Logger;
  /** How long one operation may take before it fails with StoreUnavailableError (lockChat adds its wait). */
  operationTimeoutMs?: number;
}

const DEFAULT_OPERATION_TIMEOUT_MS = 5_000;

/**
 * The expired-dialog marker outlives the dialog by this much: a student back the next day still gets told.
 */
const DIALOG_NOTICE_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Lock polling starts fast (a dialog step takes milliseconds) and backs off so waiters do not hammer Redis.
 */
const LOCK_FIRST_RETRY_MS = 5;
const LOCK_MAX_RETRY_MS = 100;

/** Redis wants whole positive milliseconds; callers may pass fractional seconds (tests use 0.2 s TTLs). */
function wholeMs(ms: number): number {
  return Math.max(1, Math.round(ms));
}

/**
 * Each person's own audit stream keeps this many newest events (exactly), for an admin's "audit of a person";
 * the school-wide stream keeps the full record up to REDIS_AUDIT_MAX_EVENTS.
 */
export const AUDIT_EVENTS_PER_PERSON = 50;

/** A stream id's time part: whole milliseconds, above 0 (Redis refuses the id 0-0). */
function streamMs(ms: number): string {
  return String(Number.isFinite(ms) ? Math.max(1, Math.floor(ms)) : 1);
}

/** Audit subjects that are not a person, e.g. "-" when nobody was named: no per-person stream for them. */
function isPersonSubject(subject: string): boolean {
  const id = normalisePersonId(subject);
  return id !== "" && id !== "-";
}

/** A failure or success is one sorted-set member; the random part keeps two at the same millisecond apart. */
function eventMember(now: number): string {
  return `${now}:${randomUUID()}`;
}

/** Counts one failure of a person in a sliding window and starts the block (suspension, pause) when due. */
async function recordPersonFailure(
  redis: StoreScripts,
  [failuresKey, blockKey]: [string, string],
  now: number,
  limits: FailureLimits,
): Promise<FailureResult> {
  const [failures, blockedNow] = await redis.storeRecordResetFailure(
    failuresKey,
    blockKey,
    now,
    eventMember(now),
    now - limits.windowMs,
    wholeMs(limits.windowMs),
    limits.maxFailures,
    now + limits.blockMs,
    wholeMs(limits.blockMs),
  );
  return { failures, blockedNow: blockedNow === 1 };
}

type WindowedFailureScript = StoreScripts["storeRecordChatFailure"];

/**
 * Counts one failure against `subject` in a sliding window (a chat's, or the school's) and starts the block
 * when the script's rule says so.
 */
async function recordWindowedFailure(
  script: WindowedFailureScript,
  [failuresKey, subjectsKey, blockKey]: [string, string, string],
  subject: string,
  now: number,
  limits: ChatFailureLimits,
): Promise<FailureResult> {
  const [failures, blockedNow] = await script(
    failuresKey,
    subjectsKey,
    blockKey,
    now,
    eventMember(now),
    now - limits.windowMs,
    wholeMs(limits.windowMs),
    limits.maxFailures,
    now + limits.blockMs,
    wholeMs(limits.blockMs),
    // "Ann" and "ann " are one student tried, not two.
    normalisePersonId(subject),
    limits.maxSubjects,
  );
  return { failures, blockedNow: blockedNow === 1 };
}

/** Stream entries back as audit events, skipping any that are not ours. */
function parseEntries(entries: [id: string, fields: string[]][]): AuditEvent[] {
  return entries.map(([, fields]) => parseAuditFields(fields)).filter((e) => e !== null);
}

/**
 * Use when you already hold an ioredis client: a real server, a Cluster, a Sentinel-backed client or an
 * ioredis-mock. The store takes the client over and closes it in `close()`. Otherwise use `createStore`.
 */
export function createRedisStore(client: Redis | Cluster, options: RedisStoreOptions): Store {
  if (/[{}]/.test(options.prefix)) {
    throw new ConfigError(
      `REDIS_PREFIX must not contain "{" or "}" (they would break Redis Cluster hash tags)`,
    );
  }
  const redis = defineStoreScripts(client);
  const keys = storeKeys(options.prefix);
  const { logger, auditMaxEvents } = options;
  const timeoutMs = options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
  const run = <T>(operation: () => Promise<T>, extraMs = 0) => guarded(operation, timeoutMs + extraMs);

  async function tryLock(chat: ChatRef, token: string, ttlMs: number): Promise<boolean> {
    return (await redis.set(keys.lock(chat), token, "PX", wholeMs(ttlMs), "NX")) === "OK";
  }

  /** A block ("until" timestamp) counts only while it lies ahead of the caller's clock. */
  async function readUntil(key: string, now: number): Promise<number | null> {
    const value = await redis.get(key);
    const until = value === null ? NaN : Number(value);
    return Number.isFinite(until) && until > now ? until : null;
  }

  return {
    markUpdateSeen: (updateKey, ttlSeconds) =>
      run(async () => {
        const set = await redis.set(keys.update(updateKey), "1", "PX", wholeMs(ttlSeconds * 1000), "NX");
        return set === "OK";
      }),

    lockChat: (chat, ttlMs, waitMs) =>
      run(async () => {
        const token = randomUUID();
        const deadline = Date.now() + waitMs;
        let delay = LOCK_FIRST_RETRY_MS;
        for (;;) {
          if (await tryLock(chat, token, ttlMs)) return token;
          const left = deadline - Date.now();
          if (left <= 0) return null;
          await sleep(Math.min(delay, left));
          delay = Math.min(delay * 2, LOCK_MAX_RETRY_MS);
        }
      }, waitMs),

    extendChatLock: (chat, token, ttlMs) =>
      run(async () => (await redis.storeExtendChatLock(keys.lock(chat), token, wholeMs(ttlMs))) === 1),

    unlockChat: (chat, token) =>
      run(async () => {
        await redis.storeUnlockChat(keys.lock(chat), token);
      }),

    loadDialog: (chat) =>
      run(async (): Promise<StoredDialog | null> => {
        const value = await redis.get(keys.dialog(chat));
        if (value === null) return null;
        const sep = value.indexOf(":");
        const revision = Number(value.slice(0, sep));
        if (sep < 1 || !Number.isSafeInteger(revision) || revision < 1) return null;
        return { revision, json: value.slice(sep + 1) };
      }),

    saveDialog: (chat, expectedRevision, json, idleSeconds) =>
      run(async () => {
        const idleMs = wholeMs(idleSeconds * 1000);
        const saved = await redis.storeSaveDialog(
          keys.dialog(chat),
          keys.dialogOpen(chat),
          expectedRevision === null ? "" : String(expectedRevision),
          json,
          idleMs,
          idleMs + DIALOG_NOTICE_GRACE_MS,
        );
        return saved === 1;
      }),

    endDialog: (chat) =>
      run(async () => {
        await redis.del(keys.dialog(chat), keys.dialogOpen(chat));
      }),

    takeExpiredDialogNotice: (chat) =>
      run(
        async () =>
          (await redis.storeTakeExpiredDialogNotice(keys.dialog(chat), keys.dialogOpen(chat))) === 1,
      ),

    linkedPerson: (chat) => run(() => redis.hget(keys.linksByChat, chatKey(chat))),

    linkedChat: (personId) =>
      run(async () => {
        const chat = await redis.hget(keys.linksByPerson, normalisePersonId(personId));
        return chat === null ? null : parseChatKey(chat);
      }),

    link: async (chat, personId) => {
      const person = normalisePersonId(personId);
      if (person === "") throw new RangeError("link needs a non-empty person id");
      return run(async () => {
        const [previousChat, previousPerson] = await redis.storeLink(
          keys.linksByChat,
          keys.linksByPerson,
          chatKey(chat),
          person,
        );
        return {
          previousChat: previousChat === "" ? null : parseChatKey(previousChat),
          previousPerson: previousPerson === "" ? null : previousPerson,
        };
      });
    },

    unlinkChat: (chat) =>
      run(async () => {
        const person = await redis.storeUnlinkChat(keys.linksByChat, keys.linksByPerson, chatKey(chat));
        return person === "" ? null : person;
      }),

    getEnrolment: (personId) =>
      run(async (): Promise<Enrolment | null> => {
        const raw = await redis.get(keys.enrolment(personId));
        if (raw === null) return null;
        const parsed = parseEnrolment(raw);
        if ("enrolment" in parsed) return parsed.enrolment;
        logger?.warn({ problems: parsed.problems }, "stored enrolment unreadable; treated as not enrolled");
        return null;
      }),

    saveEnrolment: (personId, enrolment) =>
      run(async () => {
        await redis.set(keys.enrolment(personId), serialiseEnrolment(enrolment));
      }),

    clearEnrolment: (personId) => run(async () => (await redis.del(keys.enrolment(personId))) > 0),

    recordResetFailure: (personId, now, limits: FailureLimits) =>
      run(() =>
        recordPersonFailure(redis, [keys.resetFailures(personId), keys.suspended(personId)], now, limits),
      ),

    recordLinkFailure: (personId, now, limits: FailureLimits) =>
      run(() =>
        recordPersonFailure(redis, [keys.linkFailures(personId), keys.linkPaused(personId)], now, limits),
      ),

    linkPausedUntil: (personId, now) => run(() => readUntil(keys.linkPaused(personId), now)),

    suspendedUntil: (personId, now) => run(() => readUntil(keys.suspended(personId), now)),

    liftSuspension: (personId) =>
      run(
        async () =>
          (await redis.storeLiftSuspension(keys.suspended(personId), keys.resetFailures(personId))) === 1,
      ),

    recordChatFailure: (chat, subject, now, limits: ChatFailureLimits) =>
      run(() =>
        recordWindowedFailure(
          redis.storeRecordChatFailure.bind(redis),
          [keys.chatFailures(chat), keys.chatSubjects(chat), keys.chatThrottle(chat)],
          subject,
          now,
          limits,
        ),
      ),

    chatThrottledUntil: (chat, now) => run(() => readUntil(keys.chatThrottle(chat), now)),

    recordResetSuccess: (personId, now, windowMs) =>
      run(() =>
        redis.storeRecordResetSuccess(
          keys.resetSuccesses(personId),
          now,
          eventMember(now),
          now - windowMs,
          wholeMs(windowMs),
        ),
      ),

    resetSuccesses: (personId, now, windowMs) =>
      run(() => redis.zcount(keys.resetSuccesses(personId), `(${now - windowMs}`, "+inf")),

    scheduleJob: (kind, payload, dueAt) =>
      run(async () => {
        // The id keeps two jobs with the same payload apart: both run.
        await redis.zadd(keys.jobs(kind), dueAt, `${randomUUID()}:${payload}`);
      }),

    claimDueJobs: (kind, now, limit) =>
      run(async () => {
        if (limit < 1) return [];
        const members = await redis.storeClaimDueJobs(keys.jobs(kind), now, Math.floor(limit));
        return members.map((member) => member.slice(member.indexOf(":") + 1));
      }),

    recordSpreeFailure: (subject, now, limits: ChatFailureLimits) =>
      run(() =>
        recordWindowedFailure(
          redis.storeRecordSpreeFailure.bind(redis),
          [keys.spreeFailures, keys.spreeSubjects, keys.spreeBlock],
          subject,
          now,
          limits,
        ),
      ),

    // Two writes, not one MULTI: the school-wide stream and the person's stream sit in different Cluster
    // slots, where MULTI cannot span both. The school-wide stream is the record and is written first; if the
    // second write fails, the person's short history misses that line and the caller hears of the failure.
    appendAudit: (event: AuditEvent) =>
      run(async () => {
        const fields = auditFields(event);
        const at = streamMs(event.at);
        await redis.storeAppendToStream(keys.audit, auditMaxEvents, "~", at, ...fields);
        if (!isPersonSubject(event.subject)) return;
        await redis.storeAppendToStream(
          keys.personAudit(event.subject),
          AUDIT_EVENTS_PER_PERSON,
          "=",
          at,
          ...fields,
        );
      }),

    recentAudit: (limit) =>
      run(async () => {
        if (limit < 1) return [];
        return parseEntries(await redis.xrevrange(keys.audit, "+", "-", "COUNT", limit));
      }),

    recentAuditOf: (subject, limit) =>
      run(async () => {
        if (limit < 1 || !isPersonSubject(subject)) return [];
        return parseEntries(await redis.xrevrange(keys.personAudit(subject), "+", "-", "COUNT", limit));
      }),

    auditSince: (since, limit) =>
      run(async () => {
        if (limit < 1) return [];
        // An id's time is never before its event's (see appendToStream), so this misses nothing; an event
        // written after a later one (a replica's clock behind) may sit past `since` and is dropped here.
        const entries = await redis.xrange(keys.audit, streamMs(since), "+", "COUNT", limit);
        return parseEntries(entries).filter((event) => event.at >= since);
      }),

    close: async () => {
      try {
        if (redis.status === "ready") {
          await redis.quit();
          return;
        }
      } catch {
        // Closing is best effort; the connection is dropped below either way.
      }
      redis.disconnect();
    },
  };
}
