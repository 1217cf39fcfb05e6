import { TelegramError } from "telegraf";
import { describeApiError } from "../bots/telegram/retrying-api.js";
import type { AlertSink } from "./alert-sink.js";

/**
 * The one Bot API call the sink makes. The Telegram channel's RetryingApi satisfies it (flood waits and 5xx
 * retried inside each try), as does any recording fake.
 */
export interface AlertBotApi {
  call(method: "sendMessage", payload: { chat_id: string; text: string }): Promise<unknown>;
}

/**
 * Admin alerts to one Telegram chat (a person or a group the bot is in) as plain text: no parse mode, so an
 * id with `_` or `*` cannot break the message.
 */
export class TelegramAlertSink implements AlertSink {
  readonly name: string;

  constructor(
    private readonly api: AlertBotApi,
    private readonly chatId: string,
  ) {
    this.name = `telegram:${chatId}`;
  }

  async send(text: string): Promise<void> {
    await this.api.call("sendMessage", { chat_id: this.chatId, text });
  }

  describeError(error: unknown): Record<string, unknown> {
    return describeApiError(error);
  }

  /** What the admin fixes when Telegram's refusal is about the chat itself (a lasting one). */
  whatToDo(error: unknown): string | undefined {
    const { code, description } = describeApiError(error);
    if (code === 403)
      return "Telegram does not let the bot write to this chat: add the bot to that group, or have that admin open a private chat with the bot and press Start";
    const movedTo = error instanceof TelegramError ? error.parameters?.migrate_to_chat_id : undefined;
    if (movedTo !== undefined)
      return `the group became a supergroup with a new number: set ${movedTo} in ADMIN_ALERT_TELEGRAM_CHATS instead of ${this.chatId}`;
    if (code === 400 && /chat not found/i.test(description ?? ""))
      return `check the number ${this.chatId} in ADMIN_ALERT_TELEGRAM_CHATS (docs/telegram.md says how to find a chat's number)`;
    return undefined;
  }
}

/**
 * One sink per chat in ADMIN_ALERT_TELEGRAM_CHATS, so that each chat is retried on its own and a chat that
 * works is not sent the same alert again when another one fails.
 */
export function telegramAlertSinks(api: AlertBotApi, chatIds: readonly string[]): AlertSink[] {
  return chatIds.map((chatId) => new TelegramAlertSink(api, chatId));
}
