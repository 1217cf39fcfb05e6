import { translate } from "../../core/i18n/translate.js";
import type { Reply } from "../../core/messages.js";
import type { Logger } from "../../logging/create-logger.js";
import type { MessageDeletions } from "./message-deletions.js";
import {
  fitsCallbackData,
  protectedPlaceholder,
  renderForTelegram,
  type TelegramMessage,
} from "./render-telegram.js";
import {
  describeApiError,
  isMessageNotModified,
  isMessageToEditNotFound,
  type BotApi,
} from "./retrying-api.js";

/**
 * Sends the core's replies to one chat, in order; a reply past Telegram's length limit as several messages
 * (see renderForTelegram). A protected reply (a generated password, a one-time code) goes out with
 * protect_content as a placeholder, its deletion is recorded, then the secret is edited in: a sendMessage
 * tried again after Telegram delivered it but its answer was lost leaves a second copy whose id the bot
 * never learns, so that copy must not hold the secret; an edit tried again changes nothing more; and every
 * part that went out is deleted, also when a later one fails or the process stops mid-edit.
 * `send` never throws: a reply that cannot be sent
 * after the API's retries is logged by its catalogue key, never by its text, and the next one is still tried.
 * `sendOrThrow` is for notices whose sender must know (a one-time code, a guided reset's password).
 * `log` is the logger of the update being answered, so its lines carry the update's ids.
 */
export class ReplySender {
  constructor(
    private readonly api: BotApi,
    private readonly deletions: MessageDeletions,
    private readonly logger: Logger,
    /** A password already set in the directory (`protect.setFor`) that could not be shown in the chat. */
    private readonly passwordNotShown: (chatId: number, personId: string) => Promise<void> = async () => {},
  ) {}

  async send(chatId: number, replies: readonly Reply[], locale?: string, log = this.logger): Promise<void> {
    for (const reply of replies) {
      await this.sendOne(chatId, reply, locale, log).catch(async () => {
        const setFor = reply.protect?.setFor;
        if (setFor !== undefined) await this.passwordNotShown(chatId, setFor);
      });
    }
  }

  async sendOrThrow(chatId: number, reply: Reply, locale?: string, log = this.logger): Promise<void> {
    await this.sendOne(chatId, reply, locale, log);
  }

  /** Sends one reply; a failure is logged (never with the text), then thrown. */
  private async sendOne(
    chatId: number,
    reply: Reply,
    locale: string | undefined,
    log: Logger,
  ): Promise<void> {
    const key = reply.text.key;
    if (reply.choices?.some((choice) => !fitsCallbackData(choice))) {
      log.error({ key }, "a choice id does not fit Telegram's callback_data; its button was left out");
    }
    const messageIds: number[] = [];
    try {
      if (reply.file === undefined) {
        // In order, each after the one before: a long report's parts must not arrive shuffled.
        for (const message of renderForTelegram(reply, locale)) {
          if (reply.protect === undefined) {
            messageIds.push((await this.api.call("sendMessage", { chat_id: chatId, ...message })).message_id);
            continue;
          }
          const placeholder = protectedPlaceholder(reply, locale);
          // A placeholder Telegram no longer has (the child deleted it at once) gets one more, the same way.
          for (let placeholders = 1; ; placeholders++) {
            const { message_id } = await this.api.call("sendMessage", { chat_id: chatId, ...placeholder });
            messageIds.push(message_id);
            // On record before the secret goes in: the edit may wait out flood control for half a minute,
            // and a process stopped meanwhile must not leave the secret with no deletion to do.
            await this.deletions.deleteShownLater(chatId, message_id, reply.protect.deleteAfterSeconds, log);
            if (await this.editIn(chatId, message_id, message, placeholders < 2)) break;
          }
        }
      } else {
        const sent = await this.api.call("sendDocument", {
          chat_id: chatId,
          document: { source: Buffer.from(reply.file.content, "utf8"), filename: reply.file.name },
          caption: translate(reply.text, locale),
        });
        messageIds.push(sent.message_id);
      }
    } catch (error) {
      log.error(
        { chatId, key, partsSent: messageIds.length, ...describeApiError(error) },
        "could not send a reply to Telegram",
      );
      throw new Error(
        `Telegram did not take the message (${describeApiError(error).description ?? "error"})`,
      );
    }
  }

  /**
   * Puts a protected reply's text (and buttons) into its placeholder: true once it is there. False when
   * Telegram no longer has the placeholder and `mayBeGone` (the secret never goes out as a sendMessage of
   * its own, see the class); a placeholder gone again is an error like any other.
   */
  private async editIn(
    chatId: number,
    messageId: number,
    message: TelegramMessage,
    mayBeGone: boolean,
  ): Promise<boolean> {
    const { text, reply_markup } = message;
    try {
      await this.api.call("editMessageText", {
        chat_id: chatId,
        message_id: messageId,
        text,
        ...(reply_markup === undefined ? {} : { reply_markup }),
      });
    } catch (error) {
      if (mayBeGone && isMessageToEditNotFound(error)) return false;
      if (!isMessageNotModified(error)) throw error;
    }
    return true;
  }
}
