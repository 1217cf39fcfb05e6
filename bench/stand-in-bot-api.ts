import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

/**
 * A local stand-in for Telegram's Bot API for the benchmark: answers every method at once, and tells who
 * waits on a chat when a message is sent to it (so an update's time runs until its reply left the bot).
 */
export class StandInBotApi {
  url = "";
  private readonly waiting = new Map<string, () => void>();
  private nextMessageId = 1;
  private readonly server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const method = (req.url ?? "").split("/").at(-1) ?? "";
      const payload = (body === "" ? {} : JSON.parse(body)) as { chat_id?: number | string; text?: string };
      const result =
        method === "sendMessage"
          ? {
              message_id: this.nextMessageId++,
              date: Math.floor(Date.now() / 1000),
              chat: { id: Number(payload.chat_id), type: "private" },
              text: payload.text ?? "",
            }
          : method === "getMe"
            ? BENCH_BOT_USER
            : true;
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
      if (method === "sendMessage") {
        const chat = String(payload.chat_id);
        this.waiting.get(chat)?.();
        this.waiting.delete(chat);
      }
    });
  });

  static async start(): Promise<StandInBotApi> {
    const api = new StandInBotApi();
    await new Promise<void>((resolve) => api.server.listen(0, "127.0.0.1", resolve));
    api.url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  /** Resolves when the next message to `chatId` is sent. */
  replyTo(chatId: number): Promise<void> {
    return new Promise((resolve) => this.waiting.set(String(chatId), resolve));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/** A private-chat /help message as Telegram sends it. */
export function helpUpdate(updateId: number, chatId: number) {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "Kid" },
      from: { id: chatId, is_bot: false, first_name: "Kid" },
      text: "/help",
      entities: [{ type: "bot_command", offset: 0, length: 5 }],
    },
  };
}

export const BENCH_BOT_USER = {
  id: 7000000001,
  is_bot: true as const,
  first_name: "Bench Bot",
  username: "bench_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

/**
 * POSTs /help updates to a webhook at `url` and times each until its reply reached `api` and the webhook
 * answered. Each of `inFlight` chats sends its updates one after another, so a chat never has two in
 * flight. Update ids count up from `firstUpdateId` (a bot drops one it has seen).
 */
export async function timeHelpUpdates(
  api: StandInBotApi,
  run: {
    url: string;
    inFlight: number;
    count: number;
    headers: Record<string, string>;
    firstUpdateId: number;
  },
): Promise<number[]> {
  const times: number[] = [];
  let nextUpdate = run.firstUpdateId;
  const chats = Array.from({ length: run.inFlight }, (_, i) => 900_000 + 1000 * run.inFlight + i);
  await Promise.all(
    chats.map(async (chat) => {
      for (let i = 0; i < run.count / run.inFlight; i++) {
        const started = performance.now();
        const replied = api.replyTo(chat);
        await fetch(run.url, {
          method: "POST",
          headers: { "content-type": "application/json", ...run.headers },
          body: JSON.stringify(helpUpdate(nextUpdate++, chat)),
        });
        await replied;
        times.push(performance.now() - started);
      }
    }),
  );
  return times;
}
