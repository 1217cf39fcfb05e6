import { Cluster } from "ioredis";
import {
  failureId,
  type CountedFailure,
  type FailureToCount,
  type LimitCounters,
  type LimitKind,
  type LimitRule,
} from "../core/ports/limit-counters.js";
import { normalisePersonId, type StoreKeys } from "./keys.js";
import type { ScriptedClient } from "./scripted-client.js";

type Run = <T>(operation: () => Promise<T>) => Promise<T>;

/** Redis wants whole positive milliseconds. */
function wholeMs(ms: number): number {
  return Math.max(1, Math.round(ms));
}

/** A failure is one sorted-set member "<ms>:<id>": its time is readable without a score. */
function memberTime(member: string): number {
  return Number(member.slice(0, member.indexOf(":")));
}

/**
 * A try that may be taken back (a set-up password found right) names its chat after a `|`, so that taking
 * it back takes that chat out of the chats a pause's alert names, unless another of its tries is counted.
 */
function newFailureId(now: number, rule: LimitRule, about: string | undefined): string {
  const id = failureId(now);
  return rule.reserve === true && about !== undefined ? `${id}|${about}` : id;
}

/** Person subjects are case-insensitive, like every person key; other subjects come as core made them. */
function subjectOf(kind: LimitKind, subject: string): string {
  return kind === "student" || kind === "link" || kind === "link-day" || kind === "guided-codes"
    ? normalisePersonId(subject)
    : subject;
}

/**
 * The script's "" | "<until>" | "w:<member>" | "b:<member>" as a time, or null. "w:": blocked until that
 * failure, the one whose leaving makes room, leaves the window: the stored failures say when, whatever the
 * limit is now. "b:": the same for the rule's burst window.
 */
function readBlock(value: string, rule: LimitRule): number | null {
  if (value === "") return null;
  const windowMs = value.startsWith("w:")
    ? rule.windowMs
    : value.startsWith("b:")
      ? rule.burst?.windowMs
      : null;
  if (windowMs !== null) {
    const freeing = memberTime(value.slice(2));
    return Number.isFinite(freeing) && windowMs !== undefined ? freeing + windowMs : null;
  }
  const until = Number(value);
  return Number.isFinite(until) ? until : null;
}

/**
 * Only counts the script can keep: a limit that stops the count has a fixed block (a window's has no key of
 * its own to read), and a longer window comes with a fixed block and no reserve (the script says when room
 * comes for the rule's own window only), and is longer than that window.
 */
function checkCount(count: FailureToCount): void {
  if (count.unlessBlockedBy !== undefined && count.unlessBlockedBy.rule.blockMs === "window") {
    throw new RangeError("a count can only be stopped by a limit with a fixed block");
  }
  const { rule } = count;
  if (rule.longWindow === undefined) return;
  if (rule.blockMs === "window" || rule.reserve === true || rule.longWindow.windowMs <= rule.windowMs) {
    throw new RangeError("a longer window needs a fixed block, no reserve, and to be longer than the rule's");
  }
}

/** How far back failures are kept: the rule's window, or its longer one. */
function keptMs(rule: LimitRule): number {
  return rule.longWindow?.windowMs ?? rule.windowMs;
}

/** LimitCounters on Redis: one sorted set of failures per kind and subject, in the subject's hash tag. */
export function createRedisLimits(redis: ScriptedClient, keys: StoreKeys, run: Run): LimitCounters {
  /** countFailure's five keys and nineteen arguments for one count, and the failure's id. */
  function countScriptArgs(count: FailureToCount, now: number, sameIdAs?: string) {
    const { kind, subject, rule, about, unlessBlockedBy } = count;
    const k = keys.limit(kind, subjectOf(kind, subject));
    // In the subject's hash tag, like the counted limit's keys: one script reads both.
    const other =
      unlessBlockedBy === undefined
        ? k.block
        : keys.limit(unlessBlockedBy.kind, subjectOf(unlessBlockedBy.kind, subject)).block;
    const id = sameIdAs ?? count.id ?? newFailureId(now, rule, about);
    const blockMs = rule.blockMs === "window" ? rule.windowMs : rule.blockMs;
    const argv = [
      now,
      id,
      now - rule.windowMs,
      wholeMs(rule.windowMs),
      rule.maxFailures,
      rule.blockMs === "window" ? "window" : "fixed",
      now + blockMs,
      wholeMs(blockMs),
      about ?? "",
      rule.maxAbouts?.count ?? 0,
      rule.maxAbouts?.trigger ?? "any",
      rule.reserve === true ? "1" : "0",
      kind === "student" ? "1" : "0",
      unlessBlockedBy === undefined ? "0" : "1",
      rule.burst?.maxFailures ?? 0,
      rule.burst === undefined ? 0 : now - rule.burst.windowMs,
      rule.longWindow?.maxFailures ?? 0,
      now - keptMs(rule),
      wholeMs(keptMs(rule)),
    ];
    return { keys: [k.failures, k.abouts, k.block, k.version, other] as const, argv, id };
  }

  /** countFailure's reply as a CountedFailure. */
  function readCounted(reply: (string | number)[], rule: LimitRule, id: string): CountedFailure {
    const [failures, blockedNow, block, counted, longWindowFailures, ...abouts] = reply;
    const otherUntil = String(block).startsWith("o:") ? Number(String(block).slice(2)) : null;
    if (otherUntil !== null) {
      return {
        id,
        counted: false,
        failures: 0,
        blockedNow: false,
        blockedUntil: null,
        abouts: [],
        blockedByOtherUntil: otherUntil,
      };
    }
    return {
      id,
      counted: Number(counted) === 1,
      failures: Number(failures),
      blockedNow: Number(blockedNow) === 1,
      blockedUntil: readBlock(String(block), rule),
      abouts: abouts.map(String),
      ...(rule.longWindow === undefined ? {} : { longWindowFailures: Number(longWindowFailures) }),
    };
  }

  const counters: LimitCounters = {
    countFailure: (kind, subject, now, rule, about, unlessBlockedBy, id) => {
      const count: FailureToCount = {
        kind,
        subject,
        rule,
        ...(about === undefined ? {} : { about }),
        ...(unlessBlockedBy === undefined ? {} : { unlessBlockedBy }),
        ...(id === undefined ? {} : { id }),
      };
      try {
        checkCount(count);
      } catch (error) {
        return Promise.reject(error);
      }
      return run(async (): Promise<CountedFailure> => {
        const { keys: k, argv, id } = countScriptArgs(count, now);
        return readCounted(await redis.limitCountFailure(...k, ...argv), rule, id);
      });
    },

    blockedUntil: (kind, subject, now, rule) =>
      run(async () => {
        const k = keys.limit(kind, subjectOf(kind, subject));
        const value = await redis.limitBlockedUntil(
          k.failures,
          k.block,
          rule.blockMs === "window" ? "window" : "fixed",
          now - rule.windowMs,
          rule.maxFailures,
          now,
        );
        return readBlock(value, rule);
      }),

    failureTimes: (kind, subject, now, rule) =>
      run(async () => {
        const k = keys.limit(kind, subjectOf(kind, subject));
        // As the scripts count them: a failure at exactly now - window has left the window.
        // All of them: more than the limit when it was lowered since they were counted (a reserved limit
        // stops counting at the limit it had, so they are never many).
        const members = await redis.zrangebyscore(k.failures, `(${now - rule.windowMs}`, "+inf");
        return members.map(memberTime).filter(Number.isFinite);
      }),

    forgetFailure: (kind, subject, id, blockItStarted) =>
      run(async () => {
        const k = keys.limit(kind, subjectOf(kind, subject));
        await redis.limitForget(
          k.failures,
          k.abouts,
          k.block,
          id,
          blockItStarted === undefined ? "" : String(blockItStarted),
        );
      }),

    clearFailures: (kind, subject, now, rule) =>
      run(async () => {
        const k = keys.limit(kind, subjectOf(kind, subject));
        // As the scripts count them: a failure at exactly now - window has left the window. All the failures
        // kept are forgotten, a longer window's too: they are reported as cleared.
        const [blocked, failures] = await redis.limitClear(
          k.failures,
          k.abouts,
          k.block,
          now,
          now - keptMs(rule),
        );
        // A block that lasts while the window is full (a set-up password's) has no block key: it was in
        // force if the failures it deleted filled the window.
        const windowFull = rule.blockMs === "window" && Number(failures) >= rule.maxFailures;
        return { blocked: Number(blocked) === 1 || windowFull, failures: Number(failures) };
      }),
  };
  // One script over two counts' keys, which lie in two hash slots (a chat's and the school's): a single
  // Redis runs it, a Cluster could not (its nodes hold the slots apart), so there the two go one by one.
  if (redis instanceof Cluster) return counters;
  counters.countFailureThen = (first, second, now) => {
    try {
      checkCount(first);
      checkCount(second);
    } catch (error) {
      return Promise.reject(error);
    }
    return run(async () => {
      const a = countScriptArgs(first, now);
      // The second under the first's id: one id then takes both back (a lookup given back, see id-lookup.ts).
      const b = countScriptArgs(second, now, a.id);
      const [firstReply, secondReply] = await redis.limitCountFailureThen(
        ...a.keys,
        ...b.keys,
        ...a.argv,
        ...b.argv,
      );
      const counted = readCounted(firstReply, first.rule, a.id);
      if (!counted.counted) return { first: counted, second: null };
      return { first: counted, second: readCounted(secondReply, second.rule, b.id) };
    });
  };
  return counters;
}
