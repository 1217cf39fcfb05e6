import RedisMock from "ioredis-mock";
import type { Redis } from "ioredis";
import { afterEach, expect, it, vi } from "vitest";
import { createRedisStore } from "../../src/store/redis-store.js";

/*
 * Found by reviews: the early run of a chat's jobs (a shown secret's deletion, when its reader moves on) took
 * them off the schedule. On a slow Redis the store gave up waiting while Redis still did it, so the jobs left
 * the schedule handed to nobody, and the secret stayed in the chat: first with three trips in a row, then
 * with one script whose answer came back too late. Whatever Redis answers, or when, no job may be lost.
 */

const REDIS_ANSWERS_AFTER_MS = 60;
const STORE_GIVES_UP_AFTER_MS = 100;
const JOB = '{"message":1}';

/**
 * A Redis under load: each command `before` ms late, then done at once, and its answer `after` ms later
 * (on ioredis-mock the store's other commands answer at once).
 */
function slowRedis(before: number, after: number): Redis {
  const client = new RedisMock();
  return new Proxy(client, {
    get(target, name) {
      const value = Reflect.get(target, name, target) as unknown;
      if (typeof value !== "function") return value;
      if (typeof name !== "string" || !/^(s|z|store)[a-zA-Z]*$/.test(name)) return value.bind(target);
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, before));
        const answer = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        await new Promise((resolve) => setTimeout(resolve, after));
        return answer;
      };
    },
  }) as unknown as Redis;
}

afterEach(() => vi.useRealTimers());

it.each([
  ["each command starts late", REDIS_ANSWERS_AFTER_MS, 0],
  ["the answer comes back late", 0, 2 * STORE_GIVES_UP_AFTER_MS],
])("an early run the store gives up on loses no job (%s)", async (_, before, after) => {
  // ioredis-mock's clients share one keyspace: a prefix of this case's own.
  const options = { prefix: `slow-${before}-${after}:`, auditMaxEvents: 1_000 };
  const fast = createRedisStore(new RedisMock(), options);
  const now = Date.now();
  await fast.scheduleJob("delete", JOB, now + 60_000, "chat:1");

  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const slow = createRedisStore(slowRedis(before, after), {
    ...options,
    operationTimeoutMs: STORE_GIVES_UP_AFTER_MS,
  });
  const early = slow.hurryGroupJobs("delete", "chat:1", now).catch(() => 0);
  await vi.advanceTimersByTimeAsync(10 * (before + after));
  await early;
  vi.useRealTimers();

  // The job is due now, whatever the early run's answer: the next look for due jobs (another replica's, on
  // a Redis that answers again) hands it out.
  expect(await fast.claimDueJobs("delete", now, 10)).toEqual([JOB]);
});
