import {
  createTelegramChannel,
  type TelegramChannel,
  type TelegramChannelOptions,
} from "../../../src/bots/telegram/telegram-channel.js";
import { DEFAULT_RETRY_POLICY } from "../../../src/bots/telegram/retrying-api.js";
import type { Directory } from "../../../src/core/ports/directory.js";
import { ChannelWorld, type WorldParts } from "../../helpers/channel-world.js";
import { FakeBotApi, type ApiCall } from "./fake-bot-api.js";

export const BOT_TOKEN = "7000000001:AAE-test-token-not-real-0123456789";
export const WEBHOOK_SECRET = "webhook-secret-0123456789abcdef";
export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/**
 * The whole product with its Telegram channel, as in production (see ChannelWorld), in webhook mode unless
 * asked for polling, and a fake Bot API recording every call. `advance` moves the app's clock.
 */
export class TelegramWorld extends ChannelWorld {
  /** Every pause the retrying API asked for, in ms (the pauses themselves are skipped). */
  readonly retryWaits: number[] = [];
  private nextUpdateId = 800_000;
  /** The channel's handling of each update it was given and has not finished (see `handled`). */
  private readonly handling = new Set<Promise<void>>();
  webhookUrl = "";

  private constructor(
    readonly api: FakeBotApi,
    parts: WorldParts,
  ) {
    super(parts);
  }

  static async create(
    env: Record<string, string> = {},
    options: {
      webhook?: boolean;
      /** Instead of the demo school's directory (e.g. one that waits). */
      directory?: Directory;
      typing?: TelegramChannelOptions["typing"];
      /** More channel options, e.g. a retry policy with small time limits. */
      channel?: (world: TelegramWorld) => Partial<TelegramChannelOptions>;
      /** Scripts the fake Bot API before the channel starts (e.g. a getMe refused); a failed start closes the world. */
      beforeStart?: (api: FakeBotApi) => void;
      /** Another process of that world's bot (a restart, a replica): the same store, its own Bot API fake. */
      replicaOf?: TelegramWorld;
    } = {},
  ): Promise<{ world: TelegramWorld; channel: TelegramChannel }> {
    const api = await FakeBotApi.start();
    const webhook = options.webhook ?? true;
    const parts = await ChannelWorld.assemble({
      prefix: "tg-test",
      directory: options.directory,
      replicaOf: options.replicaOf,
      env: {
        TELEGRAM_BOT_TOKEN: BOT_TOKEN,
        TELEGRAM_API_ROOT: api.url,
        ...(webhook
          ? {
              TELEGRAM_WEBHOOK_URL: "https://bot.school.example/telegram/webhook",
              TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
            }
          : {}),
        GENERATED_PASSWORD_DELETE_SECONDS: "30",
        ...env,
      },
    });
    const world = new TelegramWorld(api, parts);
    const channelOptions: TelegramChannelOptions = {
      retry: { ...DEFAULT_RETRY_POLICY, sleep: async (ms) => world.retryWaits.push(ms) },
      deletions: { pollIntervalMs: 20 },
      typing: options.typing,
      ...options.channel?.(world),
    };
    const channel = createTelegramChannel(
      world.app.channelCore,
      world.config.telegram!,
      world.logs.logger,
      webhook ? world.http : undefined,
      channelOptions,
    );
    world.trackHandling(channel);
    options.beforeStart?.(api);
    let port: number;
    try {
      port = await world.run(channel);
    } catch (error) {
      await world.close();
      throw error;
    }
    world.webhookUrl = `http://127.0.0.1:${port}/telegram/webhook`;
    return { world, channel };
  }

  /**
   * Notes each update's handling, so that `handled` can wait for it: the webhook answers once the update is
   * handled or after WEBHOOK_ANSWER_MS (2 s), whichever comes first, and on a loaded machine one update can
   * take longer than that.
   */
  private trackHandling(channel: TelegramChannel): void {
    const handleUpdate = channel.handleUpdate.bind(channel);
    channel.handleUpdate = (update, request) => {
      const work = handleUpdate(update, request);
      this.handling.add(work);
      void work.finally(() => this.handling.delete(work));
      return work;
    };
  }

  /** Resolves when every update posted so far has been handled (its replies sent, its deletions done). */
  async handled(): Promise<void> {
    while (this.handling.size > 0) await Promise.all(this.handling);
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
    await this.shutDown(channel);
    await this.api.close();
  }
}
