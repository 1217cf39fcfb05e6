import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** How long an empty getUpdates is held open, as Telegram holds a long poll (short: tests stop the bot). */
const LONG_POLL_MS = 100;

/** Telegram refuses a message longer than this, counted in UTF-16 code units ("message is too long"). */
export const MESSAGE_TEXT_MAX = 4096;

/** One Bot API request as the fake received it. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the fake answered: the result on success, undefined on a scripted failure. */
  result?: unknown;
}

interface Scripted {
  status: number;
  body: unknown;
}

/** A message the bot put in a chat, as the chat shows it: every text it held, and whether it was deleted. */
export interface ChatMessage {
  chatId: number;
  messageId: number;
  /** Its text after sendMessage, then after each editMessageText. */
  texts: string[];
  replyMarkup?: unknown;
  deleted: boolean;
}

export const BOT_USER = {
  id: 7000000001,
  is_bot: true,
  first_name: "School Password Helper",
  username: "school_password_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

/**
 * A local stand-in for the Telegram Bot API (point TELEGRAM_API_ROOT at `url`). Records every call with its
 * payload and answers like Telegram does: sendMessage returns a Message with a fresh message_id, getMe the
 * bot, getUpdates the queued updates, everything else `true`. `failNext` scripts one failure of a method.
 * Like Telegram, it refuses (400) a sendMessage whose text is empty or longer than MESSAGE_TEXT_MAX, and an
 * editMessageText of a message it does not hold or that would not change ("message is not modified"). The
 * messages the bot sent are kept as the chat shows them (`messages`): edited, deleted.
 */
export class FakeBotApi {
  readonly calls: ApiCall[] = [];
  /** The bot's messages, as the chats show them (sendMessage, then editMessageText and deleteMessage). */
  readonly messages: ChatMessage[] = [];
  url = "";
  private nextMessageId = 5000;
  private readonly scripted = new Map<string, Scripted[]>();
  private pendingUpdates: unknown[] = [];
  private readonly updatesQueued = new EventEmitter();
  private readonly hanging = new Map<string, (payload: Record<string, unknown>) => boolean>();
  /** Calls that were never answered (see `hang`). */
  hungCalls = 0;
  private readonly losing = new Map<string, (payload: Record<string, unknown>) => boolean>();
  private readonly holds = new Map<string, { arrive: () => void; released: Promise<void> }>();
  private readonly server: Server = createServer((req, res) => {
    void this.answer(req).then(({ status, body }) => {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });

  static async start(): Promise<FakeBotApi> {
    const api = new FakeBotApi();
    await new Promise<void>((resolve) => api.server.listen(0, "127.0.0.1", resolve));
    api.url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  /** The next call of `method` gets this HTTP status and body instead of success. */
  failNext(method: string, status: number, body: unknown): void {
    const list = this.scripted.get(method) ?? [];
    list.push({ status, body });
    this.scripted.set(method, list);
  }

  /** Calls of `method` (whose payload `which` picks) are read and never answered, like a Bot API that hangs. */
  hang(method: string, which: (payload: Record<string, unknown>) => boolean = () => true): void {
    this.hanging.set(method, which);
  }

  /**
   * The next call of `method` (whose payload `which` picks) is carried out, but its answer never comes: a
   * Bot API that delivered a message and then timed out, or a connection that dropped on the way back.
   */
  loseNextAnswer(method: string, which: (payload: Record<string, unknown>) => boolean = () => true): void {
    this.losing.set(method, which);
  }

  /** The bot's messages that ever showed `text` (sent with it, or edited to it). */
  messagesShowing(text: string): ChatMessage[] {
    return this.messages.filter((message) => message.texts.some((shown) => shown.includes(text)));
  }

  /** The text a chat shows (or last showed, if deleted) for this message of the bot's; undefined if unknown. */
  shownText(chatId: number, messageId: number): string | undefined {
    return this.find(chatId, messageId)?.texts.at(-1);
  }

  /**
   * The next call of `method` waits for `release()` before it is answered; `arrived` resolves when it has
   * come in. For "a step is in progress" tests.
   */
  holdNext(method: string): { arrived: Promise<void>; release: () => void } {
    let release!: () => void;
    let arrive!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    this.holds.set(method, { arrive, released });
    return { arrived, release };
  }

  /** Updates the next getUpdates returns (long polling). */
  queueUpdates(...updates: unknown[]): void {
    this.pendingUpdates.push(...updates);
    this.updatesQueued.emit("queued");
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves when updates are queued, or after LONG_POLL_MS with none (an empty answer, as Telegram gives). */
  private async longPoll(): Promise<void> {
    const timeout = AbortSignal.timeout(LONG_POLL_MS);
    await once(this.updatesQueued, "queued", { signal: timeout }).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage): Promise<Scripted> {
    const method = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? "")?.[1] ?? "unknown";
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString("utf8");
    // A file upload (sendDocument) comes as multipart form data: kept whole, for the test to read.
    const multipart = (req.headers["content-type"] ?? "").startsWith("multipart/form-data");
    const payload = (multipart ? { multipart: text } : text === "" ? {} : JSON.parse(text)) as Record<
      string,
      unknown
    >;
    const call: ApiCall = { method, payload };
    this.calls.push(call);
    if (this.hanging.get(method)?.(payload) === true) {
      this.hungCalls += 1;
      return new Promise<never>(() => undefined);
    }
    const hold = this.holds.get(method);
    if (hold !== undefined) {
      this.holds.delete(method);
      hold.arrive();
      await hold.released;
    }
    const failure = this.scripted.get(method)?.shift() ?? this.refusal(method, payload);
    if (failure !== undefined) return failure;
    call.result = await this.result(method, payload);
    this.show(method, payload, call.result);
    if (this.losing.get(method)?.(payload) === true) {
      this.losing.delete(method);
      return new Promise<never>(() => undefined);
    }
    return { status: 200, body: { ok: true, result: call.result } };
  }

  private find(chatId: unknown, messageId: unknown): ChatMessage | undefined {
    return this.messages.find((m) => m.chatId === chatId && m.messageId === messageId);
  }

  /** Keeps the chats' view of the bot's messages up to date after a call that succeeded. */
  private show(method: string, payload: Record<string, unknown>, result: unknown): void {
    if (method === "sendMessage") {
      this.messages.push({
        chatId: Number(payload.chat_id),
        messageId: (result as { message_id: number }).message_id,
        texts: [String(payload.text)],
        replyMarkup: payload.reply_markup,
        deleted: false,
      });
    } else if (method === "editMessageText") {
      const message = this.find(payload.chat_id, payload.message_id)!;
      message.texts.push(String(payload.text));
      message.replyMarkup = payload.reply_markup;
    } else if (method === "deleteMessage") {
      const message = this.find(payload.chat_id, payload.message_id);
      if (message !== undefined) message.deleted = true;
    }
  }

  /** What the real Bot API refuses whatever the fake was told. */
  private refusal(method: string, payload: Record<string, unknown>): Scripted | undefined {
    if (method === "sendMessage") return textRefusal(payload);
    if (method !== "editMessageText") return undefined;
    const message = this.find(payload.chat_id, payload.message_id);
    if (message === undefined || message.deleted) return badRequest("message to edit not found");
    if (
      message.texts.at(-1) === payload.text &&
      JSON.stringify(message.replyMarkup) === JSON.stringify(payload.reply_markup)
    ) {
      return badRequest(
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
      );
    }
    return textRefusal(payload);
  }

  private async result(method: string, payload: Record<string, unknown>): Promise<unknown> {
    switch (method) {
      case "getMe":
        return BOT_USER;
      case "sendMessage":
      case "editMessageText":
        return {
          message_id: method === "sendMessage" ? this.nextMessageId++ : payload.message_id,
          from: BOT_USER,
          chat: { id: payload.chat_id, type: Number(payload.chat_id) > 0 ? "private" : "supergroup" },
          date: Math.floor(Date.now() / 1000),
          text: payload.text,
          ...(payload.protect_content === true ? { has_protected_content: true } : {}),
          ...(method === "editMessageText" ? { edit_date: Math.floor(Date.now() / 1000) } : {}),
          ...(payload.reply_markup !== undefined ? { reply_markup: payload.reply_markup } : {}),
        };
      case "sendDocument":
        return { message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), document: {} };
      case "getUpdates": {
        if (this.pendingUpdates.length === 0) await this.longPoll();
        const updates = this.pendingUpdates;
        this.pendingUpdates = [];
        return updates;
      }
      default:
        return true;
    }
  }
}

/** Telegram's refusal of a message text it cannot take (empty, or too long). */
function textRefusal(payload: Record<string, unknown>): Scripted | undefined {
  const text = typeof payload.text === "string" ? payload.text.trim() : "";
  if (text === "") return badRequest("message text is empty");
  if (text.length > MESSAGE_TEXT_MAX) return badRequest("message is too long");
  return undefined;
}

function badRequest(why: string): Scripted {
  return { status: 400, body: { ok: false, error_code: 400, description: `Bad Request: ${why}` } };
}
