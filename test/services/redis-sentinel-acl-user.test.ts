import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createStore } from "../../src/store/create-store.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { until } from "../helpers/until.js";
import { PrivateRedis } from "./private-redis.js";
import { PrivateSentinel } from "./private-sentinel.js";

const PASSWORD = "Master-Acl-Pass-4141";
const SENTINEL_DEFAULT_PASSWORD = "Sentinel-Default-Pass-6262";
const SENTINEL_USER = { name: "sspr-sentinel", password: "Sentinel-User-Pass-7373" };

/* Sentinels whose default user's password is not the bot's: the bot logs in to them as an ACL user. */
describe("sentinels that log the bot in as an ACL user of their own (REDIS_SENTINEL_USERNAME)", () => {
  let master: PrivateRedis;
  let sentinel: PrivateSentinel;
  beforeAll(async () => {
    master = await PrivateRedis.start({ password: PASSWORD });
    sentinel = await PrivateSentinel.start({
      name: "school",
      masterPort: master.port,
      masterPassword: PASSWORD,
      password: SENTINEL_DEFAULT_PASSWORD,
      user: SENTINEL_USER,
    });
  });
  afterAll(async () => {
    await sentinel?.remove();
    await master?.remove();
  });

  const settings = (env: Record<string, string>) =>
    redisSettings.parse({
      REDIS_SENTINELS: `127.0.0.1:${sentinel.port}`,
      REDIS_SENTINEL_NAME: "school",
      REDIS_PREFIX: "sentinel-acl-test:",
      REDIS_PASSWORD: PASSWORD,
      ...env,
    });

  it("works with REDIS_SENTINEL_USERNAME and that user's password, and no password is in a log line", async () => {
    const logs = new CapturedLogs();
    const store = createStore(
      settings({
        REDIS_SENTINEL_USERNAME: SENTINEL_USER.name,
        REDIS_SENTINEL_PASSWORD: SENTINEL_USER.password,
      }),
      { logger: logs.logger },
    );
    try {
      expect(await store.markUpdateSeen("console:1", 60)).toBe(true);
      expect(await store.markUpdateSeen("console:1", 60)).toBe(false);
    } finally {
      await store.close();
    }
    expect(await master.cli("--scan", "--pattern", "sentinel-acl-test:*")).not.toBe("");
    expect(logs.text).not.toContain(PASSWORD);
    expect(logs.text).not.toContain(SENTINEL_USER.password);
  });

  it("that user's password without its name is refused, and the log says to check REDIS_SENTINEL_USERNAME", async () => {
    const logs = new CapturedLogs();
    const client = createRedisClient(settings({ REDIS_SENTINEL_PASSWORD: SENTINEL_USER.password }), {
      logger: logs.logger,
    }) as Redis;
    try {
      const refusals = () => logs.lines.filter((line) => line.includes('"event":"redis_login_refused"'));
      await until(() => refusals().length > 0, "the refusal logged", 10_000);
      expect(refusals()[0]).toContain("REDIS_SENTINEL_USERNAME");
      expect(logs.text).not.toContain(SENTINEL_USER.password);
    } finally {
      client.disconnect();
    }
  });
});
