import type { AlertSink } from "../../alerts/alert-sink.js";
import { telegramAlertSinks } from "../../alerts/telegram-alert-sink.js";
import { Telegraf } from "telegraf";
import type { AlertsSettings } from "../../config/alerts-settings.js";
import type { TelegramSettings } from "../../config/telegram-settings.js";
import type { ChannelCore } from "../../core/channel-core.js";
import type { Reply } from "../../core/messages.js";
import type { HttpServer } from "../../http/http-server.js";
import type { Logger } from "../../logging/create-logger.js";
import type { LogContext } from "../../logging/log-context.js";
import type { ChatChannel } from "../chat-channel.js";
import { commandMenus } from "./bot-commands.js";
import { MessageDeletions, type MessageDeletionsOptions } from "./message-deletions.js";
import { PendingDeletionNotes } from "./pending-deletion-notes.js";
import { ReplySender } from "./reply-sender.js";
import { telegramStartFailure } from "./start-failure.js";
import { DEFAULT_RETRY_POLICY, describeApiError, RetryingApi, type RetryPolicy } from "./retrying-api.js";
import { TypingIndicator, type TypingIndicatorOptions } from "./typing-indicator.js";
import { UpdateHandler } from "./update-handler.js";
import { ALLOWED_UPDATES } from "./update-to-inbound.js";
import { telegramWebhookRoute, WEBHOOK_PATH } from "./webhook-route.js";

export interface TelegramChannelOptions {
  retry?: RetryPolicy;
  deletions?: MessageDeletionsOptions;
  typing?: TypingIndicatorOptions;
  /** How long the webhook waits for an update's work before it answers Telegram (WEBHOOK_ANSWER_MS). */
  webhookAnswerMs?: number;
  /** Called when long polling stops for good (bad token, a second poller): the process should exit. */
  onPollingStopped?: () => void;
}

/**
 * The Telegram channel. Webhook mode when TELEGRAM_WEBHOOK_URL is set (updates arrive on the shared HTTP
 * server; use this in production and with several replicas), long polling otherwise (for development: no
 * public URL needed, one process only). Either way the bot's commands are registered at start and
 * scheduled deletions of protected messages are performed.
 */
export class TelegramChannel implements ChatChannel {
  readonly name = "telegram";
  private readonly bot: Telegraf;
  private readonly api: RetryingApi;
  private readonly deletions: MessageDeletions;
  private readonly pendingNotes: PendingDeletionNotes;
  private readonly handler: UpdateHandler;
  private readonly sender: ReplySender;
  private polling: Promise<void> | undefined;
  private readonly languages: ChannelCore["languages"];
  private readonly clock: () => number;
  /** The chats of ADMIN_ALERT_TELEGRAM_CHATS (see alertSinks), asked about at start. */
  private alertChats: readonly string[] = [];
  /** The ids of the request each webhook update came in (by update object), for the middleware to pick up. */
  private readonly requests = new WeakMap<object, LogContext>();

  constructor(
    core: ChannelCore,
    private readonly settings: TelegramSettings,
    private readonly logger: Logger,
    private readonly options: TelegramChannelOptions = {},
  ) {
    // webhookReply off: every call is a real request, so its result and errors are known. No handlerTimeout
    // (telegraf's is 90 s): a turn may rightly take longer (a reset waits up to 2 minutes for the directory,
    // a chat's later updates wait behind it), and one telegraf gave up on was logged as failed and taken for
    // done by the webhook, whose note gets a message still at work deleted if the process stops.
    this.bot = new Telegraf(settings.token, {
      telegram: { apiRoot: settings.apiRoot, webhookReply: false },
      handlerTimeout: Number.POSITIVE_INFINITY,
    });
    const retry = options.retry ?? DEFAULT_RETRY_POLICY;
    this.api = new RetryingApi(this.bot.telegram, retry);
    const typingApi = new RetryingApi(this.bot.telegram, { ...retry, attempts: 1 });
    this.deletions = new MessageDeletions(this.api, core.jobs, core.clock, logger, options.deletions);
    this.pendingNotes = new PendingDeletionNotes(
      core.pendingDeletions,
      this.deletions,
      core.clock,
      logger,
      core.longestTurnMs,
    );
    this.sender = new ReplySender(this.api, this.deletions, logger, (chatId, personId) =>
      core.passwordNotShown({ channel: "telegram", chatUserId: String(chatId) }, personId),
    );
    this.languages = core.languages;
    this.clock = core.clock;
    this.handler = new UpdateHandler({
      engine: core.engine,
      firstTime: (key, ttlSeconds) => core.firstTime(key, ttlSeconds),
      api: this.api,
      sender: this.sender,
      deletions: this.deletions,
      typing: new TypingIndicator(typingApi, logger, options.typing),
      logger,
      languages: core.languages,
      chatLanguage: (chat, locale) => core.chatLanguage(chat, locale),
      openPrompt: (chat, language) => core.openPrompt(chat, language),
      chatRegister: (chat) => core.chatRegister(chat),
    });
    this.bot.use((ctx) => this.handler.handle(ctx.update, this.requests.get(ctx.update)));
    this.bot.catch((error, ctx) =>
      logger.error(
        { ...this.requests.get(ctx.update), updateId: ctx.update.update_id, ...describeApiError(error) },
        "a Telegram update failed",
      ),
    );
  }

  async notify(chatUserId: string, reply: Reply): Promise<void> {
    const chatId = Number(chatUserId);
    if (!Number.isSafeInteger(chatId)) throw new RangeError("not a Telegram chat id");
    // The core must know when a notice did not arrive (a guided reset's code or password).
    await this.sender.sendOrThrow(chatId, reply);
  }

  get mode(): "webhook" | "polling" {
    return this.settings.webhookUrl === undefined ? "polling" : "webhook";
  }

  /** Adds POST /telegram/webhook to the shared server. Only for webhook mode, before `start`. */
  mountWebhook(http: HttpServer): void {
    const secret = this.settings.webhookSecret;
    if (secret === undefined) throw new Error("TELEGRAM_WEBHOOK_SECRET is required in webhook mode");
    http.route(
      "POST",
      WEBHOOK_PATH,
      telegramWebhookRoute(secret, (update, request) => this.handleUpdate(update, request), this.logger, {
        clock: this.clock,
        answerWithinMs: this.options.webhookAnswerMs,
        beforeEarlyAnswer: (update, work) => this.pendingNotes.noteUntilDone(update, work),
      }),
    );
  }

  /**
   * Handles one update from any source; never throws. Use for webhook bodies (already parsed JSON), with the
   * request's ids for the update's log lines.
   */
  async handleUpdate(update: unknown, request: LogContext = {}): Promise<void> {
    const updateId = (update as { update_id?: unknown } | null)?.update_id;
    if (typeof updateId !== "number") {
      this.logger.warn(request, "ignored a Telegram update without an update_id");
      return;
    }
    this.requests.set(update as object, request);
    // Through telegraf, so bot.catch sees anything that escapes.
    await this.bot.handleUpdate(update as Parameters<Telegraf["handleUpdate"]>[0]);
  }

  /**
   * Says hello to the Bot API, registers the commands, deletes the messages a stopped process left noted
   * (see PendingDeletionNotes; looked for again every few minutes), then starts receiving updates.
   */
  async start(): Promise<void> {
    this.bot.botInfo = await this.api
      .call("getMe", {})
      .catch((error: unknown) => Promise.reject(telegramStartFailure(error, "getMe", this.settings.apiRoot)));
    for (const menu of commandMenus(this.languages.offered, this.languages.default))
      await this.api.call("setMyCommands", menu);
    await this.checkAlertChats();
    this.deletions.start();
    await this.pendingNotes.deleteLeftBehind();
    this.pendingNotes.start();
    const url = this.settings.webhookUrl;
    if (url !== undefined) {
      if (!new URL(url).pathname.endsWith(WEBHOOK_PATH)) {
        this.logger.warn(
          { path: WEBHOOK_PATH },
          "TELEGRAM_WEBHOOK_URL does not end in the webhook path; fine only behind a proxy that rewrites it",
        );
      }
      await this.api
        .call("setWebhook", {
          url,
          secret_token: this.settings.webhookSecret,
          allowed_updates: [...ALLOWED_UPDATES],
        })
        .catch((error: unknown) =>
          Promise.reject(telegramStartFailure(error, "setWebhook", this.settings.apiRoot)),
        );
    } else {
      // launch() removes any webhook (getUpdates refuses to work while one is set), then polls until stop().
      this.polling = this.bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] }).catch((error: unknown) => {
        this.logger.fatal(describeApiError(error), "Telegram long polling stopped; restart the bot");
        this.options.onPollingStopped?.();
      });
    }
    this.logger.info({ mode: this.mode, bot: this.bot.botInfo.username }, "Telegram channel started");
  }

  /** Admin alerts to the Telegram chats of ADMIN_ALERT_TELEGRAM_CHATS, sent through this bot with retries. */
  alertSinks(settings: AlertsSettings): AlertSink[] {
    this.alertChats = settings.telegramChats;
    return telegramAlertSinks(this.api, settings.telegramChats);
  }

  /**
   * Asks Telegram about each admin alert chat, so that a mistyped one shows at start, not at the first alert
   * (perhaps weeks later, the admins having heard nothing meanwhile). A warning only: the bot may be added to
   * the group after it starts.
   */
  private async checkAlertChats(): Promise<void> {
    for (const chat of this.alertChats) {
      await this.api
        .call("getChat", { chat_id: chat })
        .catch((error: unknown) =>
          this.logger.warn(
            { event: "alert_chat_unreachable", chat, ...describeApiError(error) },
            "ADMIN_ALERT_TELEGRAM_CHATS: Telegram cannot reach this chat, so the admins there will get no alerts. Check its number, add the bot to that group, or have the admin open a private chat with the bot and press Start",
          ),
        );
    }
  }

  /** Stops taking updates, finishes the ones in hand and stops the deletion poller and the notes' look. */
  async stop(): Promise<void> {
    if (this.polling !== undefined) {
      this.bot.stop("shutdown");
      await this.polling;
      this.polling = undefined;
    }
    await this.handler.idle();
    await this.pendingNotes.stop();
    await this.pendingNotes.settled();
    await this.deletions.stop();
  }
}

/**
 * The Telegram channel in the mode its settings ask for, not started yet. In webhook mode `http` is required
 * and gets the webhook route; it should be listening before the channel starts, so Telegram's first delivery
 * finds it.
 */
export function createTelegramChannel(
  core: ChannelCore,
  settings: TelegramSettings,
  logger: Logger,
  http?: HttpServer,
  options?: TelegramChannelOptions,
): TelegramChannel {
  const channel = new TelegramChannel(core, settings, logger.child({ channel: "telegram" }), options);
  if (channel.mode === "webhook") {
    if (http === undefined) throw new Error("the Telegram webhook needs the HTTP server");
    channel.mountWebhook(http);
  }
  return channel;
}
