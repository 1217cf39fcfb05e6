import { createHmac, randomBytes } from "node:crypto";
import RedisMock from "ioredis-mock";
import { createApp, type App } from "../../../src/app.js";
import { startSlackChannel, type SlackChannel } from "../../../src/bots/slack/slack-channel.js";
import { loadConfig } from "../../../src/config/load-config.js";
import type { Directory } from "../../../src/core/ports/directory.js";
import { HttpServer } from "../../../src/http/http-server.js";
import { createRedisStore } from "../../../src/store/redis-store.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";
import { TEST_PEPPER } from "../../helpers/test-world.js";
import { FakeSlackApi } from "./fake-slack-api.js";

export const BOT_TOKEN = "xoxb-0000000000-test-token-not-real";
export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

export interface SignOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Sign with this secret instead of the right one. */
  secret?: string;
  headers?: Record<string, string>;
}

/**
 * The whole product with its Slack channel in HTTP mode, as in production: the real app (demo school
 * directory, the Redis store over ioredis-mock, real pino with redaction), Bolt mounted under /slack on the
 * shared HTTP server, and a fake Web API recording every call. `post` signs requests as Slack does.
 * `advance` moves the app's clock (the core and the Home-tab clearing poller read it).
 */
export class SlackWorld {
  url = "";
  private triggers = 0;
  private events = 0;

  private constructor(
    readonly api: FakeSlackApi,
    readonly app: App,
    readonly http: HttpServer,
    readonly logs: CapturedLogs,
    private readonly redis: InstanceType<typeof RedisMock>,
    private readonly clockState: { offsetMs: number },
  ) {}

  channel!: SlackChannel;

  static async create(
    env: Record<string, string> = {},
    overrides: { directory?: Directory; slowAfterMs?: number } = {},
  ): Promise<SlackWorld> {
    const api = await FakeSlackApi.start();
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.url,
      ANSWER_PEPPER: TEST_PEPPER,
      REDIS_URL: "redis://unused.example:6379",
      ...env,
    });
    const redis = new RedisMock();
    const logs = new CapturedLogs();
    const store = createRedisStore(redis, {
      prefix: `slack-test-${randomBytes(4).toString("hex")}:`,
      auditMaxEvents: 1_000,
    });
    const clockState = { offsetMs: 0 };
    const app = await createApp(config, logs.logger, {
      store,
      clock: () => Date.now() + clockState.offsetMs,
      ...(overrides.directory === undefined ? {} : { directory: overrides.directory }),
    });
    const http = new HttpServer({ port: 0, host: "127.0.0.1", logger: logs.logger });
    const world = new SlackWorld(api, app, http, logs, redis, clockState);
    world.channel = await startSlackChannel(app, config.slack!, logs.logger, http, {
      clientOptions: { retryConfig: { retries: 0 } },
      homeClearing: { pollIntervalMs: 20 },
      ...(overrides.slowAfterMs === undefined ? {} : { slowAfterMs: overrides.slowAfterMs }),
    });
    world.url = `http://127.0.0.1:${await http.listen()}/slack/events`;
    return world;
  }

  /** Moves the app's clock forward. */
  advance(ms: number): void {
    this.clockState.offsetMs += ms;
  }

  newTriggerId(): string {
    return `${++this.triggers}.${Date.now()}.${randomBytes(4).toString("hex")}`;
  }

  newEventId(): string {
    return `Ev${String(++this.events).padStart(8, "0")}`;
  }

  /** POSTs a body to /slack/events signed like Slack (v0 HMAC-SHA256 of `v0:ts:body`); waits for the work. */
  async post(body: string, contentType: string, options: SignOptions = {}): Promise<Response> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = createHmac("sha256", options.secret ?? SIGNING_SECRET)
      .update(`v0:${timestamp}:${body}`)
      .digest("hex");
    const response = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": contentType,
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": `v0=${signature}`,
        ...options.headers,
      },
      body,
    });
    await this.channel.idle();
    return response;
  }

  /** An interactivity payload (block_actions, view_submission): form-encoded `payload=<json>`. */
  postPayload(payload: unknown, options?: SignOptions): Promise<Response> {
    return this.post(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      "application/x-www-form-urlencoded",
      options,
    );
  }

  /** An Events API callback (JSON). */
  postEvent(event: Record<string, unknown>, options: SignOptions & { eventId?: string } = {}) {
    const body = {
      token: "unused-verification-token",
      team_id: "T0SCHOOL1",
      api_app_id: "A0SSPR0001",
      type: "event_callback",
      event_id: options.eventId ?? this.newEventId(),
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: "T0SCHOOL1", user_id: "UBOT000001", is_bot: true }],
      event,
    };
    return this.post(JSON.stringify(body), "application/json", options);
  }

  /** Every chat message the bot posted (chat.postMessage, chat.postEphemeral, chat.update), as JSON. */
  postedMessages(): string {
    return this.api
      .callsTo("chat.postMessage", "chat.postEphemeral", "chat.update")
      .map((c) => JSON.stringify(c.args))
      .join("\n");
  }

  /** Everything in the store (every key and value), to check that no secret is kept in clear text. */
  async storeText(): Promise<string> {
    const out: string[] = [];
    for (const key of await this.redis.keys("*")) {
      const type = await this.redis.type(key);
      const value =
        type === "string"
          ? await this.redis.get(key)
          : type === "hash"
            ? await this.redis.hgetall(key)
            : type === "zset"
              ? await this.redis.zrange(key, 0, -1)
              : type === "list"
                ? await this.redis.lrange(key, 0, -1)
                : type === "set"
                  ? await this.redis.smembers(key)
                  : type === "stream"
                    ? await this.redis.xrange(key, "-", "+")
                    : `<${type}>`;
      out.push(`${key} ${JSON.stringify(value)}`);
    }
    return out.join("\n");
  }

  async close(): Promise<void> {
    await this.http.close();
    await this.channel.stop();
    await this.app.close();
    await this.api.close();
    this.redis.disconnect();
  }
}
