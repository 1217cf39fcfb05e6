import { randomBytes } from "node:crypto";
import RedisMock from "ioredis-mock";
import { createApp, type App } from "../../../src/app.js";
import {
  startTelegramChannel,
  type TelegramChannel,
  type TelegramChannelOptions,
} from "../../../src/bots/telegram/telegram-channel.js";
import { DEFAULT_RETRY_POLICY } from "../../../src/bots/telegram/retrying-api.js";
import { loadConfig } from "../../../src/config/load-config.js";
import { HttpServer } from "../../../src/http/http-server.js";
import { createRedisStore } from "../../../src/store/redis-store.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";
import { TEST_PEPPER } from "../../helpers/test-world.js";
import { FakeBotApi, type ApiCall } from "./fake-bot-api.js";

export const BOT_TOKEN = "7000000001:AAE-test-token-not-real-0123456789";
export const WEBHOOK_SECRET = "webhook-secret-0123456789abcdef";
export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/**
 * The whole product with its Telegram channel in webhook mode, as in production: the real app (demo school
 * directory, the Redis store over ioredis-mock, real pino with redaction), the shared HTTP server on a free
 * port, and a fake Bot API recording every call. `advance` moves the app's clock.
 */
export class TelegramWorld {
  /** Every pause the retrying API asked for, in ms (the pauses themselves are skipped). */
  readonly retryWaits: number[] = [];
  private nextUpdateId = 800_000;
  webhookUrl = "";

  private constructor(
    readonly api: FakeBotApi,
    readonly app: App,
    readonly http: HttpServer,
    readonly logs: CapturedLogs,
    private readonly clockState: { offsetMs: number },
    private readonly redis: InstanceType<typeof RedisMock>,
  ) {}

  static async create(
    env: Record<string, string> = {},
    options: { webhook?: boolean } = {},
  ): Promise<{ world: TelegramWorld; channel: TelegramChannel }> {
    const api = await FakeBotApi.start();
    const webhook = options.webhook ?? true;
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_API_ROOT: api.url,
      ...(webhook
        ? {
            TELEGRAM_WEBHOOK_URL: "https://bot.school.example/telegram/webhook",
            TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
          }
        : {}),
      ANSWER_PEPPER: TEST_PEPPER,
      REDIS_URL: "redis://unused.example:6379",
      GENERATED_PASSWORD_DELETE_SECONDS: "30",
      ...env,
    });
    const redis = new RedisMock();
    const logs = new CapturedLogs();
    const store = createRedisStore(redis, {
      prefix: `tg-test-${randomBytes(4).toString("hex")}:`,
      auditMaxEvents: 1_000,
    });
    const clockState = { offsetMs: 0 };
    const clock = () => Date.now() + clockState.offsetMs;
    const app = await createApp(config, logs.logger, { store, clock });
    const http = new HttpServer({ port: 0, host: "127.0.0.1", logger: logs.logger });
    const world = new TelegramWorld(api, app, http, logs, clockState, redis);
    const port = await http.listen();
    world.webhookUrl = `http://127.0.0.1:${port}/telegram/webhook`;
    const channelOptions: TelegramChannelOptions = {
      retry: { ...DEFAULT_RETRY_POLICY, sleep: async (ms) => world.retryWaits.push(ms) },
      deletions: { pollIntervalMs: 20 },
    };
    const channel = await startTelegramChannel(
      app,
      config.telegram!,
      logs.logger,
      webhook ? http : undefined,
      channelOptions,
    );
    return { world, channel };
  }

  /** Moves the app's clock forward (the deletion poller and the core read it). */
  advance(ms: number): void {
    this.clockState.offsetMs += ms;
  }

  newUpdateId(): number {
    return this.nextUpdateId++;
  }

  /** POSTs an update to the webhook as Telegram would; `secret: null` leaves the header out. */
  async post(update: unknown, secret: string | null = WEBHOOK_SECRET): Promise<Response> {
    return fetch(this.webhookUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(secret === null ? {} : { [SECRET_HEADER]: secret }),
      },
      body: JSON.stringify(update),
    });
  }

  /** Every text the bot sent or edited in, payloads included, for "no secret here" checks. */
  outgoingTexts(except?: ApiCall): string {
    return this.api.calls
      .filter(
        (c) => c !== except && ["sendMessage", "editMessageText", "answerCallbackQuery"].includes(c.method),
      )
      .map((c) => JSON.stringify(c.payload))
      .join("\n");
  }

  async close(channel?: TelegramChannel): Promise<void> {
    await this.http.close();
    await channel?.stop();
    await this.app.close();
    await this.api.close();
    this.redis.disconnect();
  }
}
