import RedisMock from "ioredis-mock";
import { afterAll } from "vitest";

/**
 * Empties the embedded Redis (ioredis-mock) after each test file. Its instances share one data set in a
 * worker, and test files share a worker (isolate: false), so what a file left behind stayed for every later
 * file: ioredis-mock keeps a `stream:<key>:<id>` entry beside each XADD (every audit event) that deleting the
 * stream leaves, about 1,700 keys after 27 files, and each KEYS (every TestWorld's close) and expiry check
 * went through them all.
 */
export function emptyEmbeddedRedisAfterEachFile(): void {
  afterAll(async () => {
    const redis = new RedisMock();
    await redis.flushall();
    redis.disconnect();
  });
}
