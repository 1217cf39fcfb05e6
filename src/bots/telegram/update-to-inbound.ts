import { z } from "zod";
import type { Inbound } from "../../core/messages.js";

/*
 * Only the fields the adapter reads are checked; anything else in an update is ignored. An update that does
 * not fit is dropped rather than half-understood.
 */
const telegramId = z.number().int();
const chat = z.object({ id: telegramId, type: z.string() });
const user = z.object({ id: telegramId, language_code: z.string().optional() });
const entity = z.object({ type: z.string(), offset: z.number().int(), length: z.number().int() });
const message = z.object({
  message_id: telegramId,
  chat,
  from: user.optional(),
  text: z.string().optional(),
  entities: z.array(entity).optional(),
  caption: z.string().optional(),
  caption_entities: z.array(entity).optional(),
});

/**
 * The lines Telegram writes into a private chat when the user pins a message, sets messages to delete
 * themselves, changes the chat's background, or the like: sent as her messages, though she typed and sent
 * nothing. Answering one ("I can only read typed words") or deleting it at a secret step makes no sense.
 */
const SERVICE_LINES = [
  "pinned_message",
  "message_auto_delete_timer_changed",
  "chat_background_set",
  "write_access_allowed",
  "connected_website",
  "proximity_alert_triggered",
  "gift",
  "unique_gift",
] as const;

function isServiceLine(message: object): boolean {
  return SERVICE_LINES.some((field) => Object.hasOwn(message, field));
}

/** What Telegram marks in a text that is no password: links, addresses, phone numbers and commands. */
const NOT_TYPED_SECRETS: ReadonlySet<string> = new Set([
  "url",
  "text_link",
  "email",
  "phone_number",
  "bot_command",
]);

/**
 * Marked names and tags ("@mr_tan_2026", "#sports_day_2026"): no password inside a sentence ("@mr_tan_2026
 * hi"), but a password typed alone may be marked as one ("@Tiger2015x", "#Garden21"), so alone they count;
 * except a bot's name alone (every Telegram bot's ends in "bot"), as a group pings this bot.
 */
const TAGS: ReadonlySet<string> = new Set(["mention", "hashtag", "cashtag"]);

const update = z.object({
  update_id: z.number().int().nonnegative(),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: z
    .object({
      id: z.string(),
      from: user,
      message: z.object({ message_id: telegramId, chat }).optional(),
      data: z.string().optional(),
    })
    .optional(),
});

/** One update, as the adapter acts on it. */
export type TelegramEvent =
  | {
      kind: "message";
      chatId: number;
      inbound: Inbound;
      /**
       * A photo's or file's caption, typed words the core is not given, with the spans Telegram marks
       * blanked as in `ownWords`: the adapter still deletes one that holds a password.
       */
      captionWords?: string;
    }
  | {
      kind: "callback";
      queryId: string;
      /** The chat and message the pressed button belongs to. */
      chatId: number;
      messageId: number;
      inbound: Inbound;
    }
  /**
   * A button Telegram sent without its message (one on an inline message): which chat it was pressed in is
   * unknown, so it acts on none. Answered with the old-button pop-up, in the presser's language.
   */
  | { kind: "buttonWithoutChat"; queryId: string; updateId: number; locale?: string }
  | {
      kind: "edited";
      /** Telegram's update_id: an edit does not pass the core, whose check drops a redelivered update. */
      updateId: number;
      chatId: number;
      messageId: number;
      isPrivate: boolean;
      /** The edited text's or caption's own words (see `Inbound.ownWords`), to check in a group. */
      ownWords?: string;
      /** The editor's app language (language_code), for the notice when the chat chose none. */
      locale?: string;
    }
  /** A button pressed in a private chat by someone who is not that chat: answered, nothing else. */
  | { kind: "strayButton"; queryId: string; updateId: number }
  | { kind: "ignored"; reason: string; updateId?: number };

/** The update types the bot asks Telegram for (setWebhook and getUpdates); others are never sent. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

/**
 * Turns a raw update (already JSON-parsed, not yet trusted) into what the adapter does with it. Text goes to
 * the core as typed; stickers, photos, voice and files go with no text, so the core can say it reads only
 * typed words. Never throws.
 */
export function updateToEvent(raw: unknown): TelegramEvent {
  const parsed = update.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { update_id?: unknown } | null)?.update_id;
    return { kind: "ignored", reason: "malformed", ...(typeof id === "number" ? { updateId: id } : {}) };
  }
  const u = parsed.data;
  const updateId = String(u.update_id);
  const notTheChat = {
    kind: "ignored",
    reason: "sender is not the private chat",
    updateId: u.update_id,
  } as const;

  if (u.message !== undefined) {
    const m = u.message;
    if (!senderIsTheChat(m)) return notTheChat;
    if (m.chat.type === "private" && isServiceLine((raw as { message: object }).message)) {
      return { kind: "ignored", reason: "a line Telegram wrote into the chat", updateId: u.update_id };
    }
    const inbound: Inbound = {
      channel: "telegram",
      chatUserId: String(m.from?.id ?? m.chat.id),
      isPrivate: m.chat.type === "private",
      messageId: String(m.message_id),
      updateId,
      ...(m.text !== undefined
        ? { text: withoutStartPayload(m.text), ownWords: withoutMarked(m.text, m.entities ?? []) }
        : {}),
      ...(m.from?.language_code !== undefined ? { locale: m.from.language_code } : {}),
    };
    return {
      kind: "message",
      chatId: m.chat.id,
      inbound,
      ...(m.caption !== undefined
        ? { captionWords: withoutMarked(m.caption, m.caption_entities ?? []) }
        : {}),
    };
  }

  if (u.callback_query !== undefined) {
    const q = u.callback_query;
    if (q.message === undefined) {
      // Not the presser's private chat, nor a group to refuse: the bot sends no inline messages, and even
      // a button naming the open step must not act on the presser's dialog from some other chat.
      return {
        kind: "buttonWithoutChat",
        queryId: q.id,
        updateId: u.update_id,
        ...(q.from.language_code !== undefined ? { locale: q.from.language_code } : {}),
      };
    }
    if (!senderIsTheChat({ chat: q.message.chat, from: q.from })) {
      return { kind: "strayButton", queryId: q.id, updateId: u.update_id };
    }
    const inbound: Inbound = {
      channel: "telegram",
      chatUserId: String(q.from.id),
      isPrivate: q.message.chat.type === "private",
      updateId,
      // An empty choice is never offered, so a missing one is answered as an old button.
      choice: q.data ?? "",
      ...(q.from.language_code !== undefined ? { locale: q.from.language_code } : {}),
    };
    return {
      kind: "callback",
      queryId: q.id,
      inbound,
      chatId: q.message.chat.id,
      messageId: q.message.message_id,
    };
  }

  if (u.edited_message !== undefined) {
    const m = u.edited_message;
    if (!senderIsTheChat(m)) return notTheChat;
    const typed = m.text ?? m.caption;
    return {
      kind: "edited",
      updateId: u.update_id,
      chatId: m.chat.id,
      messageId: m.message_id,
      isPrivate: m.chat.type === "private",
      ...(m.from?.language_code !== undefined ? { locale: m.from.language_code } : {}),
      ...(typed !== undefined
        ? { ownWords: withoutMarked(typed, (m.text !== undefined ? m.entities : m.caption_entities) ?? []) }
        : {}),
    };
  }
  return { kind: "ignored", reason: "unsupported update type", updateId: u.update_id };
}

/** `text` with the marked spans that hold no typed secret blanked out (offsets count UTF-16 units, as JS does). */
function withoutMarked(text: string, entities: readonly z.infer<typeof entity>[]): string {
  let words = text;
  for (const { type, offset, length } of entities) {
    const blank =
      NOT_TYPED_SECRETS.has(type) || (TAGS.has(type) && !isPasswordAlone(text, type, offset, length));
    if (!blank || offset < 0 || length <= 0) continue;
    // Same length, so the later entities' offsets still fit.
    const marked = words.slice(offset, offset + length);
    words = words.slice(0, offset) + " ".repeat(marked.length) + words.slice(offset + length);
  }
  return words;
}

/** A tag that may be a password typed alone: nothing around it but spaces, punctuation and emoji. */
function isPasswordAlone(text: string, type: string, offset: number, length: number): boolean {
  const tag = text.slice(offset, offset + length);
  if (type === "mention" && /bot$/i.test(tag)) return false;
  return !/[\p{L}\p{N}]/u.test(text.slice(0, offset) + " " + text.slice(offset + length));
}

/**
 * In a private chat the chat is the user (chat.id === from.id). Anything else claiming to be private, a
 * missing sender included, is forged or odd; acting on it would run one user's dialog while sending its
 * replies, deletions and button changes into another user's chat.
 */
function senderIsTheChat(m: {
  chat: { id: number; type: string };
  from?: { id: number } | undefined;
}): boolean {
  return m.chat.type !== "private" || m.from?.id === m.chat.id;
}

/** "/start abc" (a t.me deep link) is just /start to us; the payload means nothing here. */
function withoutStartPayload(text: string): string {
  return /^\/start(@\w+)?\s/.test(text) ? text.split(/\s/, 1)[0]! : text;
}
