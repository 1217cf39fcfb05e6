import RedisMock from "ioredis-mock";
import type { Redis } from "ioredis";
import { TelegramError } from "telegraf";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MessageDeletions } from "../../src/bots/telegram/message-deletions.js";
import type { BotApi } from "../../src/bots/telegram/retrying-api.js";
import type { Store } from "../../src/core/ports/store.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

/*
 * Found by a review: a look for due jobs (and a chat's early run) took the jobs off the schedule in Redis and
 * then handed them over. When Redis answered after the bot had stopped waiting (a stall longer than the
 * store's 5 s), or the process stopped between the look and the deletion (a crash, a redeploy's SIGKILL),
 * nobody deleted the message: a child's new password stayed in her chat history for good.
 */

const CHAT = 515151;
const MINUTE = 60_000;
/** The store's own limit: the bot stops waiting for Redis after this. */
const STORE_WAITS_MS = 5_000;

/** ioredis-mock whose looks for jobs run in Redis at once but answer `lateMs` later (Redis stalls). */
function stallingRedis(stall: { lateMs: number }): Redis {
  const client = new RedisMock();
  return new Proxy(client, {
    get(target, name) {
      const value = Reflect.get(target, name, target) as unknown;
      if (typeof value !== "function") return value;
      if (typeof name !== "string" || !name.startsWith("storeClaim")) return value.bind(target);
      return async (...args: unknown[]) => {
        const answer: unknown = await (value as (...a: unknown[]) => unknown).apply(target, args);
        if (stall.lateMs > 0) await new Promise((resolve) => setTimeout(resolve, stall.lateMs));
        return answer;
      };
    },
  }) as unknown as Redis;
}

/** A Bot API that records the messages it deletes; `hang` makes deletions never answer (a process frozen). */
function deletingApi(deleted: number[], options: { hang?: boolean } = {}): BotApi {
  return {
    call: async (method: string, payload: { message_id: number }) => {
      if (method !== "deleteMessage") throw new Error(`unexpected ${method}`);
      if (options.hang === true) return new Promise(() => {});
      deleted.push(payload.message_id);
      return true;
    },
  } as unknown as BotApi;
}

let now: number;
let stall: { lateMs: number };
let store: Store;
let logs: CapturedLogs;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  now = 1_800_000_000_000;
  stall = { lateMs: 0 };
  store = createRedisStore(stallingRedis(stall), {
    prefix: `lease-${Math.random().toString(36).slice(2)}:`,
    auditMaxEvents: 100,
    operationTimeoutMs: STORE_WAITS_MS,
  });
  logs = new CapturedLogs();
});
afterEach(async () => {
  vi.useRealTimers();
  await store.close();
});

const replica = (deleted: number[], options: { hang?: boolean } = {}) =>
  new MessageDeletions(deletingApi(deleted, options), store, () => now, logs.logger);

/** A look every minute (the clock moved on a minute each time) for `minutes`; the minutes it took. */
async function lookEveryMinute(
  deletions: MessageDeletions,
  minutes: number,
  done: () => boolean,
): Promise<number> {
  for (let minute = 1; minute <= minutes; minute++) {
    now += MINUTE;
    await deletions.runOnce();
    if (done()) return minute;
  }
  return Number.POSITIVE_INFINITY;
}

describe("a password's deletion whose look in Redis went wrong", () => {
  it("is done all the same when Redis answered the look after the bot stopped waiting", async () => {
    const deleted: number[] = [];
    const deletions = replica(deleted);
    await deletions.deleteShownLater(CHAT, 41, 60);
    now += 61_000;

    stall.lateMs = STORE_WAITS_MS + 1_000;
    const look = deletions.runOnce();
    await vi.advanceTimersByTimeAsync(STORE_WAITS_MS + 1_000);
    await look;
    expect(deleted).toEqual([]);
    expect(logs.text).toContain("could not look for due message deletions");

    stall.lateMs = 0;
    const minutes = await lookEveryMinute(deletions, 30, () => deleted.length > 0);
    expect(minutes).toBeLessThanOrEqual(15);
    // Done once: the looks after it find nothing.
    await lookEveryMinute(deletions, 30, () => false);
    expect(deleted).toEqual([41]);
  });

  it("is done by another replica when the one that took it stopped before deleting", async () => {
    const deleted: number[] = [];
    const stopped = replica(deleted, { hang: true });
    await stopped.deleteShownLater(CHAT, 41, 60);
    now += 61_000;
    // The replica takes the job and never gets further (it froze, or was killed mid-look).
    void stopped.runOnce();
    await vi.advanceTimersByTimeAsync(0);

    const other = replica(deleted);
    await other.runOnce();
    expect(deleted).toEqual([]);
    const minutes = await lookEveryMinute(other, 30, () => deleted.length > 0);
    // Not while the first might still be deleting it, and not long after.
    expect(minutes).toBeGreaterThanOrEqual(5);
    expect(minutes).toBeLessThanOrEqual(15);
    await lookEveryMinute(other, 30, () => false);
    expect(deleted).toEqual([41]);
  });

  it("is done all the same when Redis answered a chat's early run after the bot stopped waiting", async () => {
    const deleted: number[] = [];
    const deletions = replica(deleted);
    await deletions.deleteShownLater(CHAT, 41, 24 * 3600);

    stall.lateMs = STORE_WAITS_MS + 1_000;
    const early = deletions.deleteShownNow(CHAT);
    await vi.advanceTimersByTimeAsync(STORE_WAITS_MS + 1_000);
    await early;
    await deletions.stop();
    expect(deleted).toEqual([]);

    stall.lateMs = 0;
    // Not a day later, at its time, but once the early run's lease runs out.
    const minutes = await lookEveryMinute(deletions, 30, () => deleted.length > 0);
    expect(minutes).toBeLessThanOrEqual(15);
    await lookEveryMinute(deletions, 30, () => false);
    expect(deleted).toEqual([41]);
  });
});

describe("a look whose deletions take long (Telegram times out every call)", () => {
  it("starts no deletion past 3 minutes into its lease: the rest are given back and done at the next look, each once", async () => {
    const deleted: number[] = [];
    const api = {
      call: async (_method: string, payload: { message_id: number }) => {
        // Each deletion takes 2 minutes (a call that times out, tried again, and then goes through).
        now += 2 * MINUTE;
        deleted.push(payload.message_id);
        return true;
      },
    } as unknown as BotApi;
    const deletions = new MessageDeletions(api, store, () => now, logs.logger);
    // Due one after the other, so handed out in that order.
    for (const message of [41, 42, 43]) await deletions.deleteShownLater(CHAT, message, message);
    now += 61_000;
    await deletions.runOnce();
    expect(deleted).toEqual([41, 42]);
    expect(logs.text).toContain("the rest wait for a later look");
    // Found by review: the third stayed leased until the lease ran out (10 minutes after the claim) although
    // the poller was free at once; with every call timing out, a batch of 50 went at ~6 a lease.
    const minutes = await lookEveryMinute(deletions, 30, () => deleted.length > 2);
    expect(minutes).toBe(1);
    await lookEveryMinute(deletions, 30, () => false);
    expect(deleted).toEqual([41, 42, 43]);
  });
});

describe("a deletion done twice (a lease that ran out while the first went through)", () => {
  it("is done when Telegram answers the second 'message to delete not found': no warning that it gave up", async () => {
    let calls = 0;
    const api = {
      call: async () => {
        calls += 1;
        throw new TelegramError({ error_code: 400, description: "Bad Request: message to delete not found" });
      },
    } as unknown as BotApi;
    const deletions = new MessageDeletions(api, store, () => now, logs.logger);
    await deletions.deleteShownLater(CHAT, 41, 60);
    now += 61_000;
    await deletions.runOnce();
    expect(calls).toBe(1);
    expect(logs.text).not.toContain("gave up deleting");
    expect(logs.lines.map((line) => (JSON.parse(line) as { level: number }).level)).not.toContain(40);
    // Nor is it tried again.
    await lookEveryMinute(deletions, 30, () => false);
    expect(calls).toBe(1);
  });
});

describe("a shown password's deletion that Telegram held up (flood control)", () => {
  it("is still done at once when the chat's user moves on: its next try keeps its chat", async () => {
    const deleted: number[] = [];
    let flooded = true;
    const api = {
      call: async (_method: string, payload: { message_id: number }) => {
        if (flooded) {
          throw new TelegramError({
            error_code: 429,
            description: "Too Many Requests: retry after 600",
            parameters: { retry_after: 600 },
          });
        }
        deleted.push(payload.message_id);
        return true;
      },
    } as unknown as BotApi;
    const deletions = new MessageDeletions(api, store, () => now, logs.logger);
    await deletions.deleteShownLater(CHAT, 41, 60);
    now += 61_000;
    await deletions.runOnce();
    expect(deleted).toEqual([]);
    expect(logs.text).toContain("will try again");

    // Flood control is over; the student starts something new a minute later, not 10 minutes later.
    flooded = false;
    now += MINUTE;
    await deletions.deleteShownNow(CHAT);
    await deletions.stop();
    expect(deleted).toEqual([41]);
    // Done once: the next try's look finds nothing.
    await lookEveryMinute(deletions, 30, () => false);
    expect(deleted).toEqual([41]);
  });
});
