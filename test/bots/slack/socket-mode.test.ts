import { ConfigError } from "../../../src/core/errors.js";
import { randomBytes } from "node:crypto";
import RedisMock from "ioredis-mock";
import { afterEach, describe, expect, it } from "vitest";
import { createApp, startChannel, type App } from "../../../src/app.js";
import { createSlackChannel } from "../../../src/bots/slack/slack-channel.js";
import { loadConfig } from "../../../src/config/load-config.js";
import { createRedisStore } from "../../../src/store/redis-store.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";
import { TEST_ARGON2 } from "../../helpers/test-argon2.js";
import { TEST_PEPPER } from "../../helpers/test-world.js";
import { FakeSlackApi } from "./fake-slack-api.js";
import { BOT_TOKEN } from "./slack-world.js";

let api: FakeSlackApi | undefined;
let app: App | undefined;

afterEach(async () => {
  await app?.close();
  await api?.close();
});

describe("Socket Mode", () => {
  it("with SLACK_APP_TOKEN the bot asks Slack (at SLACK_API_URL) for a socket, and needs no HTTP server", async () => {
    api = await FakeSlackApi.start();
    // An app token Slack refuses: the start stops with the error instead of retrying forever.
    api.failNext("apps.connections.open", "invalid_auth");
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: "xapp-1-A0SSPR0001-0000-not-real",
      SLACK_API_URL: api.url,
      ANSWER_PEPPER: TEST_PEPPER,
      REDIS_URL: "redis://unused.example:6379",
    });
    const logs = new CapturedLogs();
    const store = createRedisStore(new RedisMock(), {
      prefix: `slack-socket-${randomBytes(4).toString("hex")}:`,
      auditMaxEvents: 10,
    });
    app = await createApp(config, logs.logger, { store, argon2: TEST_ARGON2 });
    const channel = await createSlackChannel(app.channelCore, config.slack!, logs.logger, undefined, {
      clientOptions: { retryConfig: { retries: 0 } },
    });
    await expect(startChannel(app, channel, config.alerts)).rejects.toThrow(/invalid_auth/);
    expect(api.calls.map((c) => c.method)).toEqual(["auth.test", "apps.connections.open"]);
    expect(logs.text).not.toContain("xapp-1-A0SSPR0001-0000-not-real");
  });

  it("a bot token Slack refuses stops the start with a clear error", async () => {
    api = await FakeSlackApi.start();
    api.failNext("auth.test", "invalid_auth");
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_APP_TOKEN: "xapp-1-A0SSPR0001-0000-not-real",
      SLACK_API_URL: api.url,
      ANSWER_PEPPER: TEST_PEPPER,
      REDIS_URL: "redis://unused.example:6379",
    });
    const logs = new CapturedLogs();
    app = await createApp(config, logs.logger, {
      store: createRedisStore(new RedisMock(), { prefix: "slack-socket-x:", auditMaxEvents: 10 }),
      argon2: TEST_ARGON2,
    });
    const error = await createSlackChannel(app.channelCore, config.slack!, logs.logger).then(
      () => new Error("started"),
      (e: unknown) => e as Error,
    );
    // A configuration error: main prints its one line, no stack, and exits 2.
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("Slack refused SLACK_BOT_TOKEN (auth.test: invalid_auth)");
    expect(error.message).toContain("Bot User OAuth Token");
    expect(error.message).not.toContain(BOT_TOKEN);
  });
});
