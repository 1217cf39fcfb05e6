import type { Reply } from "../../core/messages.js";
import type { Logger } from "../../logging/create-logger.js";
import type { MessageDeletions } from "./message-deletions.js";
import { fitsCallbackData, renderForTelegram } from "./render-telegram.js";
import { describeApiError, type BotApi } from "./retrying-api.js";

/**
 * Sends the core's replies to one chat, in order. A protected reply (a generated password) goes out with
 * protect_content and its deletion is scheduled at once. Never throws: a reply that cannot be sent after the
 * API's retries is logged by its catalogue key, never by its text, and the next one is still tried.
 */
export class ReplySender {
  constructor(
    private readonly api: BotApi,
    private readonly deletions: MessageDeletions,
    private readonly logger: Logger,
  ) {}

  async send(chatId: number, replies: readonly Reply[], locale?: string): Promise<void> {
    for (const reply of replies) await this.sendOne(chatId, reply, locale);
  }

  private async sendOne(chatId: number, reply: Reply, locale: string | undefined): Promise<void> {
    const key = reply.text.key;
    if (reply.choices?.some((choice) => !fitsCallbackData(choice))) {
      this.logger.error(
        { key },
        "a choice id does not fit Telegram's callback_data; its button was left out",
      );
    }
    let messageId: number;
    try {
      const sent = await this.api.call("sendMessage", {
        chat_id: chatId,
        ...renderForTelegram(reply, locale),
      });
      messageId = sent.message_id;
    } catch (error) {
      this.logger.error({ chatId, key, ...describeApiError(error) }, "could not send a reply to Telegram");
      return;
    }
    if (reply.protect !== undefined) {
      await this.deletions.deleteLater(chatId, messageId, reply.protect.deleteAfterSeconds);
    }
  }
}
