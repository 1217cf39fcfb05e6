import { spawn } from "node:child_process";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { FAIL_FAST_OPTIONS } from "../../src/store/redis-client.js";
import { FakeBotApi } from "../bots/telegram/fake-bot-api.js";
import { until } from "../helpers/until.js";
import { TEST_PEPPER } from "../helpers/test-world.js";
import { deleteKeysUnder, keysUnder } from "../store/redis-keys-under.js";
import { freePort } from "./private-redis.js";

/*
 * Found by an attacker's QA pass on the running bot: a chat whose one message took the chat's lock ("hello",
 * "/setup" and walking away) kept its recent update ids in Redis for ever, not for the day the README
 * says. The update is marked begun, then done by taking the begun mark out and putting the done one in; a
 * real Redis deletes a sorted set that becomes empty, so the done mark went into a new set with no time to
 * live. Every Telegram account that ever said one word to the bot left a key behind (ioredis-mock keeps
 * the empty set, so only a real Redis shows it).
 */
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const PREFIX = `sspr-test-seen:${process.pid}-${Date.now()}:`;
const SECRET = "seen-webhook-secret-0123456789";

describe("a chat's recent update ids on a real Redis", () => {
  const janitor = new Redis(REDIS_URL, FAIL_FAST_OPTIONS);
  afterAll(async () => {
    await deleteKeysUnder(janitor, PREFIX);
    janitor.disconnect();
  });

  it("expire after a day, also for a chat that sent one message and never came back", async () => {
    const api = await FakeBotApi.start();
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: new URL("../../", import.meta.url),
      env: {
        PATH: process.env.PATH ?? "",
        TELEGRAM_BOT_TOKEN: "7000000001:AAE-seen-token-not-real-012345",
        TELEGRAM_API_ROOT: api.url,
        TELEGRAM_WEBHOOK_URL: "https://bot.school.example/telegram/webhook",
        TELEGRAM_WEBHOOK_SECRET: SECRET,
        REDIS_URL,
        REDIS_PREFIX: PREFIX,
        ANSWER_PEPPER: TEST_PEPPER,
        PORT: String(port),
        HOST: "127.0.0.1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (output += c.toString("utf8")));
    const exited = new Promise((resolve) => child.once("close", resolve));
    try {
      await until(
        () => output.includes('"msg":"started"'),
        () => `the start:\n${output}`,
        30_000,
      );
      const chats = [4242, 4343];
      for (const [n, text] of ["hello", "/setup"].entries()) {
        const chat = { id: chats[n]!, type: "private", first_name: "Wei Ling" };
        const response = await fetch(`http://127.0.0.1:${port}/telegram/webhook`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
          body: JSON.stringify({
            update_id: 70_000 + n,
            message: { message_id: 1, from: { ...chat, is_bot: false }, chat, date: 0, text },
          }),
        });
        expect(response.status).toBe(200);
      }
      const answered = (chat: number) => api.callsTo("sendMessage").some((c) => c.payload.chat_id === chat);
      await until(() => chats.every(answered), "both chats' replies", 10_000);

      const seen = (await keysUnder(janitor, PREFIX)).filter((key) => key.endsWith(":seen"));
      expect(seen).toHaveLength(2);
      for (const key of seen) {
        const ttlMs = await janitor.pttl(key);
        expect(ttlMs, key).toBeGreaterThan(23 * 3_600_000);
        expect(ttlMs, key).toBeLessThanOrEqual(24 * 3_600_000 + 60_000);
      }
    } finally {
      child.kill("SIGTERM");
      await exited;
      await api.close();
    }
  }, 60_000);
});
