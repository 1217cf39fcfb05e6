import { spawn } from "node:child_process";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { RecordingSink } from "../alerts/alert-fakes.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { TEST_PEPPER } from "../helpers/test-world.js";
import { FakeSlackApi } from "../bots/slack/fake-slack-api.js";
import { FakeBotApi } from "../bots/telegram/fake-bot-api.js";
import { until } from "../helpers/until.js";
import { freePort, PrivateRedis } from "./private-redis.js";

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
    app.storeHealth.start();
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

describe("the bot with Telegram and Slack both on, over a Redis set to drop keys", () => {
  it("its first health check's alert reaches the admins of both, not only those of the platform started first", async () => {
    const redis = await PrivateRedis.start();
    const admin = new Redis(redis.port, "127.0.0.1");
    await admin.config("SET", "maxmemory", "100mb");
    await admin.config("SET", "maxmemory-policy", "allkeys-lru");
    const telegram = await FakeBotApi.start();
    const slack = await FakeSlackApi.start();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: new URL("../../", import.meta.url),
      env: {
        PATH: process.env.PATH ?? "",
        REDIS_URL: redis.url,
        ANSWER_PEPPER: TEST_PEPPER,
        TELEGRAM_BOT_TOKEN: "7000000001:AAE-eviction-token-not-real-0123",
        TELEGRAM_API_ROOT: telegram.url,
        ADMIN_ALERT_TELEGRAM_CHATS: "-100999",
        SLACK_BOT_TOKEN: "xoxb-eviction-token-not-real",
        SLACK_SIGNING_SECRET: "eviction-signing-secret-0123456789",
        SLACK_API_URL: slack.url,
        ADMIN_ALERT_SLACK_CHANNEL: "C0ALERTS",
        PORT: String(await freePort()),
        HOST: "127.0.0.1",
        METRICS_TOKEN: "eviction-metrics-token-0123456789",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (output += c.toString("utf8")));
    const exited = new Promise((resolve) => child.once("close", resolve));
    try {
      const told = (text: string) => text.includes("maxmemory-policy is allkeys-lru");
      await until(
        () =>
          output.includes('"msg":"started"') &&
          slack.callsTo("chat.postMessage").some((call) => told(String(call.args.text))) &&
          telegram.callsTo("sendMessage").some((call) => told(String(call.payload.text))),
        () => `the alert on both platforms; the bot's output:\n${output}`,
        30_000,
      );
      expect(slack.callsTo("chat.postMessage").find((c) => told(String(c.args.text)))?.args.channel).toBe(
        "C0ALERTS",
      );
    } finally {
      child.kill("SIGTERM");
      await exited;
      admin.disconnect();
      await telegram.close();
      await slack.close();
      await redis.remove();
    }
  }, 60_000);
});
