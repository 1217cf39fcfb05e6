import RedisMock from "ioredis-mock";
import type { Redis } from "ioredis";
import { afterEach, expect, it, vi } from "vitest";
import { createRedisStore } from "../../src/store/redis-store.js";
import { closedAfterEachTest } from "../helpers/closed-after-each.js";

/*
 * Found by a review: the early claim of a chat's jobs (a shown secret's deletion, run when its reader moves
 * on) took three trips to Redis one after the other. On a slow Redis the store gave up on it while the trips
 * went on, so the jobs were taken off the schedule and handed to nobody: the secret stayed in the chat.
 */

const REDIS_ANSWERS_AFTER_MS = 60;
const STORE_GIVES_UP_AFTER_MS = 100;

/** Every command answers REDIS_ANSWERS_AFTER_MS late (a Redis under load, a long way off). */
function slowRedis(): Redis {
  const client = new RedisMock();
  return new Proxy(client, {
    get(target, name) {
      const value = Reflect.get(target, name, target) as unknown;
      if (typeof value !== "function") return value;
      if (typeof name !== "string" || !/^(s|z|store)[a-zA-Z]*$/.test(name)) return value.bind(target);
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, REDIS_ANSWERS_AFTER_MS));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as unknown as Redis;
}

afterEach(() => vi.useRealTimers());
const closeAfterTest = closedAfterEachTest();

it("an early claim the store gives up on loses no job: what it did not hand out stays on the schedule", async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const store = closeAfterTest(
    createRedisStore(slowRedis(), {
      prefix: "slow:",
      auditMaxEvents: 1_000,
      operationTimeoutMs: STORE_GIVES_UP_AFTER_MS,
    }),
  );
  const scheduled = store.scheduleJob("delete", '{"message":1}', Date.now() + 60_000, "chat:1");
  await vi.advanceTimersByTimeAsync(REDIS_ANSWERS_AFTER_MS);
  await scheduled;

  const early = store.claimGroupJobs("delete", "chat:1", Date.now() + 600_000).then(
    (jobs) => jobs.map((job) => job.payload),
    () => [] as string[],
  );
  await vi.advanceTimersByTimeAsync(10 * REDIS_ANSWERS_AFTER_MS);
  const claimedEarly = await early;

  const later = store.claimDueJobs("delete", Date.now() + 120_000, 10, Date.now() + 720_000);
  await vi.advanceTimersByTimeAsync(REDIS_ANSWERS_AFTER_MS);
  const claimedLater = (await later).map((job) => job.payload);
  expect([...claimedEarly, ...claimedLater]).toEqual(['{"message":1}']);
});
