import type { ChannelCore, ChatEngine } from "../../core/channel-core.js";
import { languageOfLocale } from "../../core/i18n/languages.js";
import { looksLikePassword } from "../../core/looks-like-password.js";
import { inRegister, STAFF_TWINS } from "../../core/i18n/register.js";
import { translate } from "../../core/i18n/translate.js";
import type { MessageKey } from "../../core/i18n/en.js";
import type { Reply } from "../../core/messages.js";
import type { Logger } from "../../logging/create-logger.js";
import type { LogContext } from "../../logging/log-context.js";
import { ChatQueue } from "../chat-queue.js";
import { pressNotTaken } from "../press-not-taken.js";
import type { DeletedNow, MessageDeletions } from "./message-deletions.js";
import type { ReplySender } from "./reply-sender.js";
import { describeApiError, type BotApi } from "./retrying-api.js";
import type { TypingIndicator } from "./typing-indicator.js";
import { updateToEvent, type TelegramEvent } from "./update-to-inbound.js";
import { workLogger } from "../../logging/work-logger.js";

/** A group is told "message me privately" once in this long, however many messages it sends. */
const GROUP_NOTICE_TTL_SECONDS = 30 * 24 * 3600;
/** An edit Telegram sends again within this long (its answer came late) is acted on once. */
const EDIT_SEEN_TTL_SECONDS = 3600;

/** What a child who edited a message is told, by what became of that message (see onEdited). */
const EDIT_NOTICES = {
  deleted: "input.edited",
  later: "telegram.editedRemovingSoon",
  kept: "telegram.editedNotRemoved",
} as const satisfies Record<DeletedNow, MessageKey>;

/** Replies that belong in the pressed button's little pop-up rather than in the chat (a teacher's words too). */
const POP_UP_KEYS: ReadonlySet<string> = new Set([
  "button.expired",
  STAFF_TWINS["button.expired"],
  "chat.privateOnly",
]);

export interface UpdateHandlerDeps {
  engine: ChatEngine;
  firstTime: ChannelCore["firstTime"];
  api: BotApi;
  sender: ReplySender;
  deletions: MessageDeletions;
  typing: TypingIndicator;
  logger: Logger;
  /** The languages offered and the default: the words of a pop-up answered without the core. */
  languages: ChannelCore["languages"];
  /** The chat's language, for a notice the core does not write (an edited message removed). */
  chatLanguage: ChannelCore["chatLanguage"];
  /** The open step's question, asked again after the edit notice. */
  openPrompt: ChannelCore["openPrompt"];
  /** Whom the edit notice speaks to: a teacher or admin reads the adult register in Malay and Tamil. */
  chatRegister: ChannelCore["chatRegister"];
}

type Event<K extends TelegramEvent["kind"]> = Extract<TelegramEvent, { kind: K }>;
type WorkedEvent = Exclude<
  TelegramEvent,
  Event<"ignored"> | Event<"strayButton"> | Event<"buttonWithoutChat">
>;

/**
 * Acts on one Telegram update: asks the core what to do and does it on Telegram (delete the secret message,
 * send the replies, answer the button press). One chat's updates run one at a time, in arrival order.
 * Never throws and never logs message text.
 */
export class UpdateHandler {
  private readonly queue = new ChatQueue();

  constructor(private readonly deps: UpdateHandlerDeps) {}

  /**
   * `request` holds the ids of what brought the update (the webhook request's); every line of the update's
   * work carries them and the update's id.
   */
  async handle(raw: unknown, request: LogContext = {}): Promise<void> {
    const event = updateToEvent(raw);
    const { logger } = this.deps;
    if (event.kind === "ignored") {
      logger.debug(
        { ...request, updateId: event.updateId, reason: event.reason },
        "ignored a Telegram update",
      );
      return;
    }
    const ids = { ...request, updateId: (raw as { update_id: number }).update_id };
    if (event.kind === "strayButton") {
      logger.debug(ids, "ignored a button pressed by someone else");
      await this.answerButton(event.queryId, workLogger(logger, ids));
      return;
    }
    if (event.kind === "buttonWithoutChat") {
      logger.debug(ids, "answered a button that came without its chat");
      await this.answerButton(event.queryId, workLogger(logger, ids), this.oldButtonWords(event.locale));
      return;
    }
    const log = workLogger(logger, ids);
    if (event.kind !== "edited") event.inbound.logContext = ids;
    const chatKey = event.kind === "callback" ? event.inbound.chatUserId : String(event.chatId);
    try {
      await this.queue.run(chatKey, () => this.act(event, log));
    } catch (error) {
      log.error({ kind: event.kind, ...describeApiError(error) }, "could not handle a Telegram update");
    }
  }

  /** Resolves when every update taken so far has been handled. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /** `log` is the update's: its lines carry the update's ids. */
  private act(event: WorkedEvent, log: Logger): Promise<void> {
    switch (event.kind) {
      case "message":
        return event.inbound.isPrivate ? this.onMessage(event, log) : this.onGroupMessage(event, log);
      case "callback":
        return this.onButton(event, log);
      case "edited":
        return this.onEdited(event, log);
    }
  }

  private async onMessage(event: Event<"message">, log: Logger): Promise<void> {
    const { engine, deletions, sender, typing } = this.deps;
    const outcome = await typing.whileWorking(event.chatId, () => engine.handle(event.inbound), log);
    if (outcome.duplicate === true) return;
    // What the core never read may still be the secret it asked for: a photo of the sticker with the
    // password, a voice message saying it, a photo of the cat for "favourite animal?", a caption. And a
    // caption that looks like a password is deleted wherever it is typed, as typed text is.
    const { captionWords } = event;
    const secretAsked = outcome.replies.at(-1)?.expectsSecret === true;
    const mayBeSecret =
      (secretAsked && event.inbound.text === undefined) ||
      (captionWords !== undefined && looksLikePassword(captionWords));
    if (outcome.deleteInbound || mayBeSecret) {
      await deletions.deleteNow(event.chatId, Number(event.inbound.messageId), log);
    }
    // The secrets shown before go while the reply is sent: it need not wait for the store's answer.
    const early = outcome.movesOn === true ? deletions.deleteShownNow(event.chatId, log) : undefined;
    await sender.send(event.chatId, outcome.replies, event.inbound.locale, log);
    await early;
  }

  /**
   * The core refuses groups; the group hears it once, not once per message. A password typed there, where
   * the class can read it (as text, a photo's caption or an edit, see onEdited), is deleted when the bot
   * may (a group admin); nothing is said about it.
   */
  private async onGroupMessage(event: Event<"message">, log: Logger): Promise<void> {
    const { messageId, ownWords } = event.inbound;
    if (messageId !== undefined) {
      await this.deleteGroupPassword(event.chatId, Number(messageId), ownWords ?? event.captionWords, log);
    }
    const first = await this.deps.firstTime(`telegram-group:${event.chatId}`, GROUP_NOTICE_TTL_SECONDS);
    // The one place an admin can learn a group's number, which ADMIN_ALERT_TELEGRAM_CHATS wants: Telegram's
    // apps do not show it, and getUpdates cannot run beside the bot's polling or webhook. At a group's first
    // message, and at every /start there (docs/telegram.md tells the admin to send one; the group may have
    // written before).
    if (first || /^\/start(@\w+)?(\s|$)/i.test(event.inbound.text?.trim() ?? "")) {
      log.info(
        { event: "telegram_group", chat: String(event.chatId) },
        `a Telegram group wrote to the bot (it works in private chats only). To send the admin alerts to this group, set ADMIN_ALERT_TELEGRAM_CHATS=${event.chatId}`,
      );
    }
    if (!first) return;
    const outcome = await this.deps.engine.handle(event.inbound);
    await this.deps.sender.send(event.chatId, outcome.replies, event.inbound.locale, log);
  }

  /**
   * A button press. The press is always answered (else the button spins); an old or forged button's
   * "expired" goes in that answer's pop-up. The pressed message's buttons are removed so it cannot be
   * pressed again, unless the press was not taken ("please try again"): then they are the ones to press.
   */
  private async onButton(event: Event<"callback">, log: Logger): Promise<void> {
    const { engine, sender, typing } = this.deps;
    let replies: Reply[] = [];
    let duplicate = false;
    let movesOn = false;
    const { chatId } = event;
    const handle = () => engine.handle(event.inbound);
    try {
      const outcome = event.inbound.isPrivate
        ? await typing.whileWorking(chatId, handle, log)
        : await handle();
      replies = outcome.replies;
      duplicate = outcome.duplicate === true;
      movesOn = outcome.movesOn === true;
    } finally {
      const popUp = replies.find((reply) => POP_UP_KEYS.has(reply.text.key));
      await this.answerButton(
        event.queryId,
        log,
        popUp === undefined ? undefined : translate(popUp.text, popUp.language ?? event.inbound.locale),
      );
    }
    if (duplicate || !event.inbound.isPrivate) return;
    if (!pressNotTaken(replies)) await this.removeButtons(chatId, event.messageId, log);
    const early = movesOn ? this.deps.deletions.deleteShownNow(chatId, log) : undefined;
    const inChat = replies.filter((reply) => !POP_UP_KEYS.has(reply.text.key));
    await sender.send(chatId, inChat, event.inbound.locale, log);
    await early;
  }

  /** Never throws: a message that cannot be edited keeps buttons that are answered as old when pressed. */
  private async removeButtons(chatId: number, messageId: number, log: Logger): Promise<void> {
    await this.deps.api
      .call("editMessageReplyMarkup", {
        chat_id: chatId,
        message_id: messageId,
        reply_markup: { inline_keyboard: [] },
      })
      .catch((error: unknown) =>
        log.debug(describeApiError(error), "could not remove the buttons of a pressed message"),
      );
  }

  /** "That button is old", in the language the core would answer an unknown chat in (see platformLanguage). */
  private oldButtonWords(locale: string | undefined): string {
    const { offered, default: fallback } = this.deps.languages;
    return translate({ key: "button.expired" }, languageOfLocale(locale, offered) ?? fallback);
  }

  /** Stops the pressed button's spinner, with a pop-up when `popUp` is given. Never throws. */
  private async answerButton(queryId: string, log: Logger, popUp?: string): Promise<void> {
    await this.deps.api
      .call("answerCallbackQuery", {
        callback_query_id: queryId,
        ...(popUp !== undefined ? { text: popUp } : {}),
      })
      .catch((error: unknown) =>
        log.debug(describeApiError(error), "could not answer a button press (already answered?)"),
      );
  }

  /**
   * An edited message is never read as input: the dialog has moved on. It is deleted, because an edit can
   * put a password back into a message the bot already read (or into one it never had reason to delete),
   * and the adapter cannot tell. In a group an edit is checked like a new message there (onGroupMessage).
   * An edit Telegram delivers again is deleted and told once, as any other update is handled once.
   */
  private async onEdited(event: Event<"edited">, log: Logger): Promise<void> {
    if (!event.isPrivate) {
      await this.deleteGroupPassword(event.chatId, event.messageId, event.ownWords, log);
      return;
    }
    // Redis not answering must not keep a password in the chat: the edit is then taken as new.
    const first = await this.deps
      .firstTime(`telegram-edit:${event.chatId}:${event.updateId}`, EDIT_SEEN_TTL_SECONDS)
      .catch(() => true);
    if (!first) return;
    // Telegram deletes nothing older than 48 hours: she is not told it was removed, but to delete it herself.
    // One it would not delete just then is left to a job: she is told it will be removed, not that it was.
    const deleted = await this.deps.deletions.deleteNow(event.chatId, event.messageId, log);
    // In the chat's language, as the core would answer it: a Chinese child reads the notice in Chinese.
    const chat = { channel: "telegram", chatUserId: String(event.chatId) } as const;
    const [language, register] = await Promise.all([
      this.deps.chatLanguage(chat, event.locale),
      this.deps.chatRegister(chat),
    ]);
    const notice = inRegister({ text: { key: EDIT_NOTICES[deleted] } }, register);
    // Then the question open now, as "Tap a button" asks it again: else a child who edited her user ID at
    // the password prompt sends the corrected ID as a new message, and it is taken as her password.
    const prompt = await this.deps.openPrompt(chat, language).catch((error: unknown) => {
      log.warn(describeApiError(error), "could not read the open question after an edited message");
      return null;
    });
    const replies: Reply[] = [{ ...notice, language }, ...(prompt === null ? [] : [prompt])];
    await this.deps.sender.send(event.chatId, replies, undefined, log);
  }

  /** Deletes a group message whose words look like a password, if the bot may; silent either way. */
  private async deleteGroupPassword(
    chatId: number,
    messageId: number,
    words: string | undefined,
    log: Logger,
  ): Promise<void> {
    if (words === undefined || !looksLikePassword(words)) return;
    await this.deps.deletions.deleteIfAllowed(chatId, messageId, log);
  }
}
