import RedisMock from "ioredis-mock";
import { StoreUnavailableError } from "../../src/core/errors.js";
import type { Store } from "../../src/core/ports/store.js";
import { createRedisStore } from "../../src/store/redis-store.js";

/** The store's calls that only read: they still work while Redis refuses writes. */
const READS: ReadonlySet<string> = new Set([
  "loadDialog",
  "linkedPeople",
  "linkedPerson",
  "linkedChat",
  "chatLanguage",
  "getEnrolment",
  "enrolledPeople",
  "personVersion",
  "resetSuccesses",
  "blockedUntil",
  "failureTimes",
  "recentAudit",
  "auditTrailOf",
  "attemptCountsOf",
  "attemptActorsOf",
  "auditByOf",
  "auditSince",
  "auditUnlisted",
  "namedQuestionIds",
  "windowCount",
]);

/** Redis's own words when it is full under `maxmemory-policy noeviction`. */
export const OOM_REFUSAL = "OOM command not allowed when used memory > 'maxmemory'.";

/**
 * The Redis store over ioredis-mock that can be switched "down", as when Redis stops answering: every call
 * then fails with StoreUnavailableError, as the real store's do. Or "refusingWrites", as when Redis is full
 * (or a read-only replica) yet answers PING and reads: every call that writes fails, with Redis's OOM
 * error as the cause. `close` still works.
 */
export function switchableStore(prefix = `switch-${Math.random()}:`): {
  store: Store;
  redis: { down: boolean; refusingWrites: boolean };
} {
  const inner = createRedisStore(new RedisMock(), { prefix, auditMaxEvents: 1_000 });
  const redis = { down: false, refusingWrites: false };
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || property === "close") return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => {
        if (redis.down) return Promise.reject(new StoreUnavailableError());
        if (redis.refusingWrites && !READS.has(String(property)))
          return Promise.reject(new StoreUnavailableError(undefined, { cause: new Error(OOM_REFUSAL) }));
        return method.apply(target, args);
      };
    },
  });
  return { store, redis };
}
