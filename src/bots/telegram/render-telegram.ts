import type { InlineKeyboardButton } from "telegraf/types";
import { translate } from "../../core/i18n/translate.js";
import type { Choice, Reply } from "../../core/messages.js";
import { splitLongText } from "../split-long-text.js";

/** Telegram refuses callback_data longer than this many bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;
/** Telegram refuses a message text longer than this many UTF-16 code units ("message is too long"). */
export const MESSAGE_TEXT_MAX = 4096;

/** The parts of sendMessage that come from the reply (the caller adds chat_id). */
export interface TelegramMessage {
  text: string;
  reply_markup?: { inline_keyboard: InlineKeyboardButton.CallbackButton[][] };
  protect_content?: true;
}

/** True when a choice id can travel as callback_data; the core keeps its ids short, this checks it. */
export function fitsCallbackData(choice: Choice): boolean {
  return choice.id !== "" && Buffer.byteLength(choice.id, "utf8") <= CALLBACK_DATA_MAX_BYTES;
}

/**
 * A reply as Telegram messages: plain text (no parse_mode, so nothing in it is read as markup), one button
 * per row (big targets for small fingers), and `protect_content` when the reply carries a secret, which
 * stops forwarding and saving. A choice whose id does not fit callback_data is left out; the caller logs it.
 * Usually one message; a text past Telegram's limit (a long staff report) is split at line breaks into
 * several, sent in order, with the buttons on the last one only, under the whole text.
 */
export function renderForTelegram(reply: Reply, platformLocale?: string): TelegramMessage[] {
  const locale = reply.language ?? platformLocale;
  const buttons = (reply.choices ?? [])
    .filter(fitsCallbackData)
    .map((choice) => [{ text: translate(choice.label, locale), callback_data: choice.id }]);
  const pieces = splitLongText(translate(reply.text, locale), MESSAGE_TEXT_MAX);
  return pieces.map((text, index) => {
    const message: TelegramMessage = { text };
    if (buttons.length > 0 && index === pieces.length - 1)
      message.reply_markup = { inline_keyboard: buttons };
    if (reply.protect !== undefined) message.protect_content = true;
    return message;
  });
}

/**
 * What a protected reply's message shows before its secret is edited in (see ReplySender): words that give
 * nothing away, since a send tried again after a lost answer leaves a copy nobody can delete.
 */
export function protectedPlaceholder(reply: Reply, platformLocale?: string): TelegramMessage {
  return {
    text: translate({ key: "telegram.secretComing" }, reply.language ?? platformLocale),
    protect_content: true,
  };
}
