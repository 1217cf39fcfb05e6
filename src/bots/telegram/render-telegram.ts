import type { InlineKeyboardButton } from "telegraf/types";
import { translate } from "../../core/i18n/translate.js";
import type { Choice, Reply } from "../../core/messages.js";

/** Telegram refuses callback_data longer than this many bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

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
 * A reply as a Telegram message: plain text (no parse_mode, so nothing in it is read as markup), one button
 * per row (big targets for small fingers), and `protect_content` when the reply carries a secret, which
 * stops forwarding and saving. A choice whose id does not fit callback_data is left out; the caller logs it.
 */
export function renderForTelegram(reply: Reply, platformLocale?: string): TelegramMessage {
  const locale = reply.language ?? platformLocale;
  const message: TelegramMessage = { text: translate(reply.text, locale) };
  const buttons = (reply.choices ?? [])
    .filter(fitsCallbackData)
    .map((choice) => [{ text: translate(choice.label, locale), callback_data: choice.id }]);
  if (buttons.length > 0) message.reply_markup = { inline_keyboard: buttons };
  if (reply.protect !== undefined) message.protect_content = true;
  return message;
}
