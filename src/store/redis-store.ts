import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Cluster, type Redis } from "ioredis";
import { chatKey, parseChatKey, type ChatRef } from "../core/chat.js";
import { ConfigError } from "../core/errors.js";
import type { Enrolment, Store, StoredDialog } from "../core/ports/store.js";
import type { Logger } from "../logging/create-logger.js";
import { chatTurnMethods, parseLinkList, parseStoredDialog, updateOfToken } from "./chat-turns.js";
import { normalisePersonId, storeKeys } from "./keys.js";
import { enrolledPeople } from "./enrolled-people.js";
import { createRedisAudit } from "./redis-audit.js";
import { createRedisJobs } from "./redis-jobs.js";
import { pendingDeletionsStore } from "./pending-deletions-store.js";
import { createRedisLimits } from "./redis-limits.js";
import { sprayStore } from "./spray-store.js";
import { createRedisResetGuard } from "./redis-reset-guard.js";
import { withStoreScripts } from "./scripted-client.js";
import { batchWritesPerTick } from "./writes-per-tick.js";
import { chatLanguageStore, keepLanguageWhileLinked } from "./chat-language-store.js";
import { nameQuestions, questionHistoryStore } from "./question-history-store.js";
import { guarded } from "./store-unavailable.js";
import { loginAclWords, type RedisAcl } from "../tools/store-failure-words.js";
import { connectionFailure } from "./redis-client.js";
import { oneKeyPerMaster } from "./one-key-per-master.js";
import {
  bumpVersionSayingIfEnrolled,
  enrolmentFieldValues,
  loadPackedEnrolment,
} from "./enrolment-record.js";
import { enrolmentStamp, readEnrolment } from "./packed-enrolment.js";

export interface RedisStoreOptions {
  /** Put before every key, e.g. "sspr:"; lets several bots (or test runs) share one Redis. */
  prefix: string;
  /** The school-wide audit stream holds at most this many events (shared out over the days it keeps). */
  auditMaxEvents: number;
  /** The school-wide audit stream keeps each day this long (default 30). */
  auditRetentionDays?: number;
  /** Attempt events one chat may add to the audit stream per hour (default 60); more are only counted. */
  auditMaxAttemptsPerChatHour?: number;
  /** Told when a stored value cannot be read; it never gets the value itself. */
  logger?: Logger;
  /** How long one operation may take before it fails with StoreUnavailableError (lockChat adds its wait). */
  operationTimeoutMs?: number;
  /** The Redis user the bot logs in as (redisAclOf): a command Redis refuses (NOPERM) is logged naming it. */
  acl?: RedisAcl;
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
/** The health check's key outlives a few checks (30 s apart) and then goes, when its replica is gone. */
const HEALTH_KEY_TTL_MS = 60_000;

/** Redis wants whole positive milliseconds; callers may pass fractional seconds (tests use 0.2 s TTLs). */
function wholeMs(ms: number): number {
  return Math.max(1, Math.round(ms));
}

/** `maxmemory` and `maxmemory_policy` from the text of INFO memory. */
function memoryPolicy(info: string): { policy: string; maxmemoryBytes: number } {
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, "m").exec(info)?.[1]?.trim();
  const policy = field("maxmemory_policy");
  const maxmemoryBytes = Number(field("maxmemory") ?? Number.NaN);
  // A Redis-like server that does not say is not taken as safe.
  if (policy === undefined || policy === "" || !Number.isFinite(maxmemoryBytes)) {
    throw new Error("INFO memory does not give maxmemory and maxmemory_policy");
  }
  return { policy, maxmemoryBytes };
}

/** INFO persistence's `aof_enabled`: whether Redis writes its append-only file. */
function aofEnabled(info: string): boolean {
  const enabled = /^aof_enabled:(\d)\s*$/m.exec(info)?.[1];
  // A Redis-like server that does not say is not taken for one that writes no file.
  if (enabled === undefined) throw new Error("INFO persistence does not give aof_enabled");
  return enabled === "1";
}

/** The `save` value of a CONFIG GET save reply (["save", "3600 1 300 100"]); "" when none is taken. */
function saveSchedule(reply: unknown): string {
  const pairs = Array.isArray(reply) ? (reply as unknown[]) : [];
  const at = pairs.findIndex((item, i) => i % 2 === 0 && String(item).toLowerCase() === "save");
  const value = at < 0 ? undefined : pairs[at + 1];
  // A Redis-like server that does not say is not taken for one that takes snapshots.
  if (value === undefined) throw new Error("CONFIG GET save does not give save");
  return String(value).trim();
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
  const redis = withStoreScripts(client);
  batchWritesPerTick(client);
  const keys = storeKeys(options.prefix);
  const { logger } = options;
  const timeoutMs = options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
  const whyDown = () => connectionFailure(client);
  const whoIsRefused = options.acl === undefined ? undefined : loginAclWords(options.acl);
  const run = <T>(operation: () => Promise<T>, extraMs = 0) =>
    guarded(operation, timeoutMs + extraMs, whyDown, whoIsRefused);

  async function tryLock(chat: ChatRef, token: string, ttlMs: number): Promise<boolean> {
    return (await redis.set(keys.lock(chat), token, "PX", wholeMs(ttlMs), "NX")) === "OK";
  }

  /** Link changes bump the version of everyone whose link changed, after the change (see ResetGuard). */
  async function bumpVersions(...personIds: string[]): Promise<number[]> {
    return Promise.all(personIds.map((id) => redis.hincrby(keys.version(id), "v", 1)));
  }

  const turns = chatTurnMethods(client, keys, { wholeMs, dialogNoticeGraceMs: DIALOG_NOTICE_GRACE_MS });

  return {
    ...createRedisLimits(redis, keys, run),
    ...sprayStore(client, keys, run),
    ...createRedisResetGuard(redis, keys, run),
    ...createRedisJobs(redis, keys, run),
    ...pendingDeletionsStore(redis, keys, run),
    ...createRedisAudit(redis, keys, run, {
      maxEvents: options.auditMaxEvents,
      retentionDays: options.auditRetentionDays ?? 30,
      maxAttemptsPerChatHour: options.auditMaxAttemptsPerChatHour ?? 60,
      rateInScript: !(client instanceof Cluster),
    }),

    beginChatTurn: (chat, turn) =>
      run(() => turns.beginChatTurn(chat, turn), Math.max(turn.waitMs, turn.firstDeliveryWaitMs ?? 0)),

    endChatTurn: (chat, token, end) => run(() => turns.endChatTurn(chat, token, end)),

    noteReminderShown: (chat, day, ttlMs) => run(() => turns.noteReminderShown(chat, day, ttlMs)),

    notePasswordNotShown: (chat, personId, at, ttlMs) =>
      run(() => turns.notePasswordNotShown(chat, personId, at, ttlMs)),

    markUpdateSeen: (updateKey, ttlSeconds, mark = "1") =>
      run(async () => {
        const set = await redis.set(keys.update(updateKey), mark, "PX", wholeMs(ttlSeconds * 1000), "NX");
        return set === "OK";
      }),

    forgetSeen: (updateKeys) =>
      run(async () => {
        // One DEL per key: each has a hash tag of its own (Redis Cluster).
        await Promise.all(updateKeys.map((updateKey) => redis.del(keys.update(updateKey))));
      }),

    forgetSeenMark: (updateKey, mark) =>
      run(async () => {
        // The lock's compare-and-delete: a mark is deleted by the one who holds it alone.
        await redis.storeUnlockChat(keys.update(updateKey), mark);
      }),

    countInWindow: (countKey, ttlMs) =>
      run(async () => Number(await redis.countRate(keys.windowCount(countKey), wholeMs(ttlMs)))),

    windowCount: (countKey) => run(async () => Number((await redis.get(keys.windowCount(countKey))) ?? 0)),

    checkWrites: (name) =>
      run(async () => {
        // Redis's OK is its word that it took the write; a read-back adds nothing a step's reads do not check.
        const write = async (key: string) => {
          const reply = await redis.set(key, `${Date.now()}`, "PX", HEALTH_KEY_TTL_MS);
          if (reply !== "OK") throw new Error("the health check write was not acknowledged");
        };
        if (!(client instanceof Cluster)) return write(keys.healthCheck(name));
        // Every master must take a write: one that is full or read-only fails the students whose keys it
        // holds while the others work. Until the client has the slot map, a first key waits for it.
        const perMaster = () => oneKeyPerMaster(client, (part) => keys.healthCheck(name, part));
        let written = perMaster();
        if (written.length === 0) {
          await write(keys.healthCheck(name, 0));
          written = perMaster();
        }
        await Promise.all(written.map(write));
      }),

    evictionPolicy: () =>
      run(async () => {
        const nodes = client instanceof Cluster ? client.nodes("master") : [client];
        if (nodes.length === 0) throw new Error("the Cluster client knows no master yet");
        const policies = await Promise.all(
          nodes.map(async (node) => memoryPolicy(await node.info("memory"))),
        );
        return policies.find((p) => p.maxmemoryBytes > 0 && p.policy !== "noeviction") ?? policies[0]!;
      }),

    appendOnly: () =>
      run(async () => {
        const nodes = client instanceof Cluster ? client.nodes("master") : [client];
        if (nodes.length === 0) throw new Error("the Cluster client knows no master yet");
        const enabled = await Promise.all(
          nodes.map(async (node) => aofEnabled(await node.info("persistence"))),
        );
        return enabled.every(Boolean);
      }),

    snapshotSchedule: () =>
      run(async () => {
        const nodes = client instanceof Cluster ? client.nodes("master") : [client];
        if (nodes.length === 0) throw new Error("the Cluster client knows no master yet");
        const schedules = await Promise.all(
          nodes.map(async (node) => saveSchedule(await node.config("GET", "save"))),
        );
        return schedules.some((schedule) => schedule === "") ? null : schedules[0]!;
      }),

    storeMark: (candidate) =>
      run(async () => {
        // Emptied between the two commands: the next round writes it.
        for (;;) {
          if ((await redis.set(keys.storeMark, candidate, "NX")) === "OK") return candidate;
          const mark = await redis.get(keys.storeMark);
          if (mark !== null) return mark;
        }
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
        // A turn's token (beginChatTurn's) names its update: released after a failure, it is done too.
        await redis.storeUnlockChatTurn(keys.lock(chat), keys.seenUpdates(chat), token, updateOfToken(token));
      }),

    loadDialog: (chat) =>
      run(async (): Promise<StoredDialog | null> => {
        return parseStoredDialog(await redis.get(keys.dialog(chat)));
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

    leaveEndMarker: (chat, marker, ms) =>
      run(
        async () =>
          (await redis.storeLeaveEndMarker(keys.dialog(chat), keys.dialogOpen(chat), marker, wholeMs(ms))) ===
          1,
      ),

    takeExpiredDialogNotice: (chat) =>
      run(
        async () =>
          (await redis.storeTakeExpiredDialogNotice(keys.dialog(chat), keys.dialogOpen(chat))) === 1,
      ),

    ...chatLanguageStore(redis, keys, run),
    // A family phone's mark: one small key with no TTL, only on chats a staff member shares with a student.
    markSharedWithStudent: (chat) =>
      run(async () => void (await redis.set(keys.sharedWithStudent(chat), "1"))),
    wasSharedWithStudent: (chat) => run(async () => (await redis.exists(keys.sharedWithStudent(chat))) === 1),
    // A staff chat's proof: one small key, "<time> <id>", only on chats linked to staff, gone with the window.
    noteStaffPasswordProven: (chat, staffId, at, forMs) =>
      run(async () => {
        if (forMs <= 0) return;
        // PSETEX, not SET … PX: ioredis-mock (the embedded default) drops a SET … PX over a key whose time
        // to live has passed unread, the usual case here; PSETEX is the same write on Redis.
        await redis.psetex(keys.staffProven(chat), forMs, `${at} ${normalisePersonId(staffId)}`);
      }),
    staffPasswordProvenAt: (chat, staffId) =>
      run(async () => {
        const value = await redis.get(keys.staffProven(chat));
        const space = value?.indexOf(" ") ?? -1;
        if (value == null || space < 0) return null;
        if (value.slice(space + 1) !== normalisePersonId(staffId)) return null;
        const at = Number(value.slice(0, space));
        return Number.isSafeInteger(at) ? at : null;
      }),

    // A live guided code's end: one small key per chat and student, "<time>", gone when the code stops working.
    noteGuidedCodeSent: (chat, studentId, until, now) =>
      run(async () => {
        if (until <= now) return;
        // PSETEX, as for the staff proof above (ioredis-mock and a SET … PX over a lapsed key).
        await redis.psetex(keys.guidedCode(chat, studentId), wholeMs(until - now), String(until));
      }),
    guidedCodeUntil: (chat, studentId) =>
      run(async () => {
        const value = await redis.get(keys.guidedCode(chat, studentId));
        const until = value == null ? NaN : Number(value);
        return Number.isSafeInteger(until) ? until : null;
      }),
    forgetGuidedCode: (chat, studentId, until) =>
      run(async () => {
        await redis.storeForgetGuidedCode(keys.guidedCode(chat, studentId), String(until));
      }),

    ...questionHistoryStore(redis, keys, run),

    linkedPeople: (chat) =>
      run(async () => {
        return parseLinkList(await redis.hget(keys.linksByChat, chatKey(chat)));
      }),

    linkedPerson: (chat) =>
      run(async () => {
        const list = await redis.hget(keys.linksByChat, chatKey(chat));
        return list === null ? null : (list.split("\n")[0] ?? null);
      }),

    linkedChat: (personId) =>
      run(async () => {
        const chat = await redis.hget(keys.linksByPerson, normalisePersonId(personId));
        return chat === null ? null : parseChatKey(chat);
      }),

    link: async (chat, personId, maxPeople = 1, uncounted = []) => {
      const person = normalisePersonId(personId);
      if (person === "" || person.includes("\n")) throw new RangeError("link needs a one-line person id");
      return run(async () => {
        const [previousChat, result, others = ""] = await redis.storeLink(
          keys.linksByChat,
          keys.linksByPerson,
          chatKey(chat),
          person,
          Math.max(1, Math.floor(maxPeople)),
          ...uncounted.map(normalisePersonId),
        );
        if (result === "full") return { full: true as const };
        const keepLanguages = async () => {
          // The chat the person left keeps its language while a sibling is still linked there.
          const leftEmpty =
            previousChat !== "" && (await redis.hexists(keys.linksByChat, previousChat)) === 0;
          await keepLanguageWhileLinked(redis, keys, chat, leftEmpty ? previousChat : "");
        };
        const [{ version, enrolled }] = await Promise.all([
          bumpVersionSayingIfEnrolled(redis, keys, person),
          keepLanguages(),
        ]);
        return {
          full: false as const,
          previousChat: previousChat === "" ? null : parseChatKey(previousChat),
          alreadyLinked: result === "again",
          othersHere: others === "" ? [] : others.split("\n"),
          setUp: enrolled,
          version,
        };
      });
    },

    unlinkChat: (chat, personId) =>
      run(async () => {
        const removed = await redis.storeUnlinkChat(
          keys.linksByChat,
          keys.linksByPerson,
          chatKey(chat),
          personId === undefined ? "" : normalisePersonId(personId),
        );
        const people = removed.split("\n").filter((id) => id !== "");
        await bumpVersions(...people);
        if (people.length > 0 && (await redis.hexists(keys.linksByChat, chatKey(chat))) === 0) {
          await keepLanguageWhileLinked(redis, keys, null, chatKey(chat));
        }
        return people;
      }),

    getEnrolment: (personId) =>
      run(async (): Promise<Enrolment | null> => {
        const raw = await loadPackedEnrolment(redis, keys, personId);
        if (raw === null) return null;
        const read = readEnrolment(raw);
        if ("enrolment" in read) return { ...read.enrolment, stamp: read.stamp };
        logger?.warn({ problems: read.problems }, "stored enrolment unreadable; treated as not enrolled");
        return null;
      }),

    saveEnrolment: (personId, enrolment) =>
      run(async () => {
        await nameQuestions(redis, keys, enrolment.questionIds);
        await redis.guardSaveEnrolment(
          keys.enrolment(personId),
          keys.enrolmentBefore(personId),
          "",
          ...enrolmentFieldValues(enrolment),
        );
      }),

    upgradeEnrolment: (personId, current, upgraded) =>
      run(async () => {
        const stamp = current.stamp ?? enrolmentStamp(current);
        const upgrade = await redis.storeUpgradeEnrolment(
          keys.enrolment(personId),
          keys.enrolmentBefore(personId),
          stamp,
          ...enrolmentFieldValues(upgraded),
        );
        return upgrade === 1;
      }),

    clearEnrolment: (personId) =>
      run(
        async () =>
          (await redis.guardClearEnrolment(keys.enrolment(personId), keys.enrolmentBefore(personId))) > 0,
      ),

    resetSuccesses: (personId, now, windowMs) =>
      run(() => redis.zcount(keys.resetSuccesses(personId), `(${now - windowMs}`, "+inf")),

    enrolledPeople: () => enrolledPeople(client, options.prefix),

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
