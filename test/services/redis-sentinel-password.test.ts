import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createStore } from "../../src/store/create-store.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { until } from "../helpers/until.js";
import { PrivateRedis } from "./private-redis.js";
import { PrivateSentinel } from "./private-sentinel.js";

const PASSWORD = "Master-Right-Pass-3131";
const SENTINEL_PASSWORD = "Sentinel-Right-Pass-8080";

describe("a Sentinel-managed Redis whose master and sentinels need passwords", () => {
  let master: PrivateRedis;
  let sentinel: PrivateSentinel;
  beforeAll(async () => {
    master = await PrivateRedis.start({ password: PASSWORD });
    sentinel = await PrivateSentinel.start({
      name: "school",
      masterPort: master.port,
      masterPassword: PASSWORD,
      password: SENTINEL_PASSWORD,
    });
  });
  afterAll(async () => {
    await sentinel?.remove();
    await master?.remove();
  });

  const settings = (env: Record<string, string> = {}) =>
    redisSettings.parse({
      REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`,
      REDIS_SENTINEL_NAME: "school",
      REDIS_PREFIX: "sentinel-password-test:",
      ...env,
    });

  it("works with REDIS_SENTINEL_PASSWORD and REDIS_PASSWORD, and neither is in a log line", async () => {
    const logs = new CapturedLogs();
    const store = createStore(
      settings({ REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD, REDIS_PASSWORD: PASSWORD }),
      { logger: logs.logger },
    );
    try {
      expect(await store.markUpdateSeen("console:1", 60)).toBe(true);
      expect(await store.markUpdateSeen("console:1", 60)).toBe(false);
    } finally {
      await store.close();
    }
    expect(await master.cli("--scan", "--pattern", "sentinel-password-test:*")).not.toBe("");
    expect(logs.text).not.toContain(PASSWORD);
    expect(logs.text).not.toContain(SENTINEL_PASSWORD);
  });

  it("without the sentinels' password, the log says to set REDIS_SENTINEL_PASSWORD, once", async () => {
    const logs = new CapturedLogs();
    const client = createRedisClient(settings({ REDIS_PASSWORD: PASSWORD }), {
      logger: logs.logger,
    }) as Redis;
    try {
      const refusals = () => logs.lines.filter((line) => line.includes('"event":"redis_login_refused"'));
      await until(() => refusals().length > 0, "the refusal logged", 10_000);
      expect(refusals()).toHaveLength(1);
      expect(refusals()[0]).toContain("set REDIS_SENTINEL_PASSWORD");
      expect(logs.text).not.toContain(PASSWORD);
    } finally {
      client.disconnect();
    }
  });
});
