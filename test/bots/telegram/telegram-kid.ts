import type { ApiCall } from "./fake-bot-api.js";
import type { TelegramWorld } from "./telegram-world.js";

interface TelegramChat {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
  first_name?: string;
}

/**
 * One Telegram user talking to the bot through the webhook, with real-shaped updates. Each action waits for
 * the webhook's answer and for the update to be handled (the answer may come first: see
 * TelegramWorld.handled), then `replies` holds what the bot sent.
 */
export class TelegramKid {
  /** The sendMessage calls the bot made to this chat during the last action. */
  replies: ApiCall[] = [];
  /** Every Bot API call made during the last action. */
  lastCalls: ApiCall[] = [];
  private nextMessageId = 1;
  readonly chat: TelegramChat;

  constructor(
    private readonly world: TelegramWorld,
    readonly userId: number,
    chat?: TelegramChat,
  ) {
    this.chat = chat ?? { id: userId, type: "private", first_name: "Wei Ling" };
  }

  get from() {
    return { id: this.userId, is_bot: false, first_name: "Wei Ling", language_code: "en" };
  }

  /**
   * The texts of `replies`, as the chat shows them: a protected reply is sent as a placeholder and its
   * secret edited in, so this is its text after the edit.
   */
  get texts(): string[] {
    return this.replies.map((call) => {
      const sent = call.result as { message_id: number } | undefined;
      const shown = sent && this.world.api.shownText(this.chat.id, sent.message_id);
      return shown ?? String(call.payload.text);
    });
  }

  /** A new message from this kid carrying `content` (its text, a sticker, a photo...). */
  private newMessage(content: Record<string, unknown>, messageId = this.nextMessageId++) {
    return {
      update_id: this.world.newUpdateId(),
      message: {
        message_id: messageId,
        from: this.from,
        chat: this.chat,
        date: Math.floor(Date.now() / 1000),
        ...content,
      },
    };
  }

  /** A typed message (commands get their bot_command entity, as Telegram sends them). */
  messageUpdate(text: string, messageId = this.nextMessageId++) {
    const command = /^\/\w+/.exec(text);
    return this.newMessage(
      {
        text,
        ...(command !== null
          ? { entities: [{ offset: 0, length: command[0].length, type: "bot_command" }] }
          : {}),
      },
      messageId,
    );
  }

  /** Sends a text message; returns its message_id. */
  async say(text: string): Promise<number> {
    const update = this.messageUpdate(text);
    await this.deliver(update);
    return update.message.message_id;
  }

  async sendSticker(): Promise<number> {
    const update = this.newMessage({
      sticker: {
        file_id: "CAACAgIAAxkBAAEBsticker",
        file_unique_id: "AgADsticker",
        type: "regular",
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: "🐯",
      },
    });
    await this.deliver(update);
    return update.message.message_id;
  }

  /** Sends a photo with `caption` if given (and the spans Telegram marks in it); returns its message_id. */
  async sendPhoto(caption?: string, captionEntities?: { type: string; offset: number; length: number }[]) {
    const update = this.newMessage({
      photo: [{ file_id: "AgACAgIAAxkBphoto", file_unique_id: "AQADphoto", width: 90, height: 90 }],
      ...(caption !== undefined ? { caption } : {}),
      ...(captionEntities !== undefined ? { caption_entities: captionEntities } : {}),
    });
    await this.deliver(update);
    return update.message.message_id;
  }

  /** Sends a voice message (no words the bot can read); returns its message_id. */
  async sendVoice(): Promise<number> {
    const update = this.newMessage({
      voice: {
        file_id: "AwACAgIAAxkBvoice",
        file_unique_id: "AgADvoice",
        duration: 3,
        mime_type: "audio/ogg",
      },
    });
    await this.deliver(update);
    return update.message.message_id;
  }

  /** Sends a message of another kind (`{ audio: {...} }`, `{ document: {...} }`); returns its message_id. */
  async sendMedia(content: Record<string, unknown>): Promise<number> {
    const update = this.newMessage(content);
    await this.deliver(update);
    return update.message.message_id;
  }

  async edit(messageId: number, text: string): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    await this.deliver({
      update_id: this.world.newUpdateId(),
      edited_message: {
        message_id: messageId,
        from: this.from,
        chat: this.chat,
        date: now - 5,
        edit_date: now,
        text,
      },
    });
  }

  /** Presses the newest button (in a message the bot sent to this chat) whose label contains `label`. */
  async press(label: string): Promise<void> {
    const sent = this.world.api
      .callsTo("sendMessage")
      .filter((call) => call.payload.chat_id === this.chat.id)
      .reverse();
    for (const call of sent) {
      const rows = (
        call.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] }
      )?.inline_keyboard;
      const button = rows?.flat().find((b) => b.text.includes(label));
      if (button !== undefined) {
        await this.pressData(button.callback_data, (call.result as { message_id: number }).message_id);
        return;
      }
    }
    throw new Error(`no button "${label}" was sent to chat ${this.chat.id}`);
  }

  /** Presses a button with this callback_data on this bot message (forged or old ones too). */
  async pressData(data: string, messageId: number): Promise<void> {
    await this.deliver({
      update_id: this.world.newUpdateId(),
      callback_query: {
        id: `${this.userId}${this.world.newUpdateId()}`,
        from: this.from,
        message: {
          message_id: messageId,
          from: { id: 7000000001, is_bot: true },
          chat: this.chat,
          date: 0,
          text: "…",
        },
        chat_instance: "-5834712394871",
        data,
      },
    });
  }

  async deliver(update: unknown): Promise<Response> {
    const before = this.world.api.calls.length;
    const response = await this.world.post(update);
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    await this.world.handled();
    this.lastCalls = this.world.api.calls.slice(before);
    this.replies = this.lastCalls.filter(
      (c) => c.method === "sendMessage" && c.payload.chat_id === this.chat.id,
    );
    return response;
  }
}
