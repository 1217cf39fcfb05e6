import { spawn } from "node:child_process";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { FAIL_FAST_OPTIONS } from "../../src/store/redis-client.js";
import { FakeBotApi } from "../bots/telegram/fake-bot-api.js";
import { TEST_PEPPER } from "../helpers/test-world.js";
import { deleteKeysUnder } from "../store/redis-keys-under.js";
import { freePort } from "./private-redis.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const PREFIX = `sspr-test-sigterm:${process.pid}-${Date.now()}:`;
const BOT_TOKEN = "7000000001:AAE-sigterm-token-not-real-0123";

/** Resolves with the first JSON log line whose msg is `msg`. */
function lineWith(output: { text: string }, msg: string, child: ReturnType<typeof spawn>) {
  return new Promise<Record<string, unknown>>((resolve, reject) => {
    const look = () => {
      for (const line of output.text.split("\n")) {
        if (!line.startsWith("{")) continue;
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.msg === msg) return resolve(parsed);
      }
      return undefined;
    };
    const timer = setInterval(look, 20);
    child.once("close", () => {
      clearInterval(timer);
      look();
      reject(new Error(`exited without "${msg}":\n${output.text}`));
    });
  });
}

describe("the production process and SIGTERM", () => {
  const janitor = new Redis(REDIS_URL, FAIL_FAST_OPTIONS);
  afterAll(async () => {
    await deleteKeysUnder(janitor, PREFIX);
    janitor.disconnect();
  });

  it("finishes the step in progress, says so in the log and exits 0", async () => {
    const api = await FakeBotApi.start();
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: new URL("../../", import.meta.url),
      env: {
        PATH: process.env.PATH ?? "",
        TELEGRAM_BOT_TOKEN: BOT_TOKEN,
        TELEGRAM_API_ROOT: api.url,
        REDIS_URL,
        REDIS_PREFIX: PREFIX,
        ANSWER_PEPPER: TEST_PEPPER,
        PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output = { text: "" };
    child.stdout.on("data", (c: Buffer) => (output.text += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (output.text += c.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.once("close", resolve));

    const started = await lineWith(output, "started", child);
    expect(started).toMatchObject({ mode: "telegram polling", channels: ["telegram"] });
    expect(String(started.store)).toContain("redis 127.0.0.1:6379");
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    // A student's message arrives; its reply is held at the Bot API, so the step is in progress...
    const reply = api.holdNext("sendMessage");
    api.queueUpdates({
      update_id: 9001,
      message: {
        message_id: 1,
        from: { id: 777, is_bot: false, first_name: "Wei Ling" },
        chat: { id: 777, type: "private", first_name: "Wei Ling" },
        date: Math.floor(Date.now() / 1000),
        text: "/start",
        entities: [{ offset: 0, length: 6, type: "bot_command" }],
      },
    });
    await reply.arrived;
    // ...when the service manager stops the bot.
    child.kill("SIGTERM");
    await lineWith(output, "stopping: finishing the work in hand", child);
    let repliedAt = 0;
    setTimeout(() => {
      repliedAt = Date.now();
      reply.release();
    }, 300);

    const code = await exited;
    const exitedAt = Date.now();
    await api.close();
    expect(code, output.text).toBe(0);
    expect(repliedAt).toBeGreaterThan(0);
    expect(exitedAt).toBeGreaterThanOrEqual(repliedAt);
    expect(api.callsTo("sendMessage")[0]?.result).toBeDefined();
    expect(output.text).toContain('"msg":"stopped"');
    expect(output.text).not.toContain(BOT_TOKEN);
    expect(output.text).not.toContain(TEST_PEPPER);
  });
});
