import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { RecordingSink } from "../alerts/alert-fakes.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { until } from "../helpers/until.js";
import { TEST_PEPPER } from "../helpers/test-world.js";
import { PrivateRedis } from "./private-redis.js";

describe("a real Redis restarted without persistence under the running bot", () => {
  let redis: PrivateRedis;
  let app: App;
  const logs = new CapturedLogs("info");
  const sink = new RecordingSink("telegram:999");

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    const config = loadConfig({
      ANSWER_PEPPER: TEST_PEPPER,
      REDIS_URL: redis.url,
      REDIS_PREFIX: "sspr-emptied:",
    });
    app = await createApp(config, logs.logger);
    app.alerts.addSink(sink);
    app.storeHealth.start();
  });

  afterAll(async () => {
    await app?.close();
    await redis?.remove();
  });

  const emptiedLines = () => logs.lines.filter((line) => line.includes('"store_emptied"'));

  it("tells the admins once that every link and set of answers is gone", async () => {
    // A child links her chat: a record Redis keeps.
    await app.engine.handle({
      channel: "telegram",
      chatUserId: "555",
      isPrivate: true,
      text: "/setup",
      updateId: "1",
    });
    await app.engine.handle({
      channel: "telegram",
      chatUserId: "555",
      isPrivate: true,
      text: "S1001",
      updateId: "2",
    });
    await app.storeHealth.check();
    await app.alerts.flush();
    expect(sink.sent).toEqual([]);

    await redis.stop();
    await redis.resume();
    // The health checks, once the client has reconnected, find the bot's mark gone.
    let checks = 0;
    await until(
      () => {
        if (emptiedLines().length === 0) void app.storeHealth.check().then(() => checks++);
        return emptiedLines().length > 0;
      },
      () => `the store_emptied line (after ${checks} checks)`,
      15_000,
    );
    await app.alerts.flush();
    expect(sink.sent.filter((text) => text.includes("found Redis emptied while it ran"))).toHaveLength(1);

    for (let i = 0; i < 3; i++) await app.storeHealth.check();
    await app.alerts.flush();
    expect(sink.sent.filter((text) => text.includes("found Redis emptied while it ran"))).toHaveLength(1);
    expect(emptiedLines()).toHaveLength(1);
  }, 30_000);
});
