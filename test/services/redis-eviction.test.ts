import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { RecordingSink } from "../alerts/alert-fakes.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { TEST_PEPPER } from "../helpers/test-world.js";
import { PrivateRedis } from "./private-redis.js";

describe("a real Redis set to drop keys when it is full", () => {
  let redis: PrivateRedis;
  let admin: Redis;
  let app: App;
  const logs = new CapturedLogs("info");
  const sink = new RecordingSink("telegram:999");

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    admin = new Redis(redis.port, "127.0.0.1");
    app = await createApp(
      loadConfig({ ANSWER_PEPPER: TEST_PEPPER, REDIS_URL: redis.url, REDIS_PREFIX: "sspr-evict:" }),
      logs.logger,
    );
    app.alerts.addSink(sink);
  });

  afterAll(async () => {
    admin?.disconnect();
    await app?.close();
    await redis?.remove();
  });

  const lines = (event: string) => logs.lines.filter((line) => line.includes(`"${event}"`));

  it("the admins hear it once, with the setting to change; its fix is logged", async () => {
    await app.storeHealth.check();
    await app.alerts.flush();
    expect(sink.sent).toEqual([]);

    await admin.config("SET", "maxmemory", "100mb");
    await admin.config("SET", "maxmemory-policy", "volatile-lru");
    await app.storeHealth.check();
    await app.storeHealth.check();
    await app.alerts.flush();
    expect(sink.sent).toEqual([expect.stringContaining("maxmemory-policy is volatile-lru")]);
    expect(sink.sent[0]).toContain("CONFIG SET maxmemory-policy noeviction");
    expect(lines("redis_may_evict")).toHaveLength(1);
    expect(JSON.parse(lines("redis_may_evict")[0]!)).toMatchObject({ level: 50, policy: "volatile-lru" });

    await admin.config("SET", "maxmemory-policy", "noeviction");
    await app.storeHealth.check();
    expect(lines("redis_eviction_off")).toHaveLength(1);
    await app.alerts.flush();
    expect(sink.sent).toHaveLength(1);
  });
});
