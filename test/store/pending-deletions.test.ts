import RedisMock from "ioredis-mock";
import { describe, expect, it } from "vitest";
import { createRedisStore } from "../../src/store/redis-store.js";
import { closedAfterEachTest } from "../helpers/closed-after-each.js";

const closeAfterTest = closedAfterEachTest();
const NOW = 1_800_000_000_000;
const DAY = 24 * 3600 * 1000;

describe("the messages a channel still has to delete", () => {
  it("are kept per channel until their time, then dropped (Telegram deletes nothing older than 48 hours)", async () => {
    const redis = new RedisMock();
    const store = closeAfterTest(createRedisStore(redis, { prefix: `pending-${NOW}:`, auditMaxEvents: 10 }));
    await store.notePendingDeletion("telegram", { chatId: "61616", messageId: "3" }, NOW, 2 * DAY);
    await store.notePendingDeletion("telegram", { chatId: "-100777", messageId: "9" }, NOW + 1, 2 * DAY);
    await store.notePendingDeletion("slack", { chatId: "D1", messageId: "1.2" }, NOW, DAY);

    expect(await store.pendingDeletions("telegram", NOW)).toEqual([
      { chatId: "61616", messageId: "3" },
      { chatId: "-100777", messageId: "9" },
    ]);
    await store.forgetPendingDeletion("telegram", { chatId: "61616", messageId: "3" });
    expect(await store.pendingDeletions("telegram", NOW)).toEqual([{ chatId: "-100777", messageId: "9" }]);
    expect(await store.pendingDeletions("telegram", NOW + 2 * DAY + 1)).toEqual([]);
    // One key per channel, in its own hash tag, with the store's prefix, that expires with its notes.
    expect(await redis.zcard(`pending-${NOW}:{pd:telegram}:notes`)).toBe(0);
    const slack = await redis.pttl(`pending-${NOW}:{pd:slack}:notes`);
    expect(slack).toBeGreaterThan(DAY - 60_000);
    expect(slack).toBeLessThanOrEqual(DAY);
  });

  it("can be asked for only the notes whose time ends by a given time (those made long enough ago)", async () => {
    const redis = new RedisMock();
    const store = closeAfterTest(createRedisStore(redis, { prefix: `aged-${NOW}:`, auditMaxEvents: 10 }));
    await store.notePendingDeletion("telegram", { chatId: "61616", messageId: "3" }, NOW, 2 * DAY);
    await store.notePendingDeletion("telegram", { chatId: "61616", messageId: "4" }, NOW + 60_000, 2 * DAY);
    expect(await store.pendingDeletions("telegram", NOW + 60_000, NOW + 2 * DAY + 30_000)).toEqual([
      { chatId: "61616", messageId: "3" },
    ]);
    // Nothing is forgotten by asking.
    expect(await store.pendingDeletions("telegram", NOW + 60_000)).toHaveLength(2);
  });

  it("a note is never left without its expiry when the connection drops after the first write", async () => {
    const redis = new RedisMock();
    // The EXPIRE sent as a command of its own never gets through (the connection dropped after ZADD).
    const dropping = new Proxy(redis, {
      get: (target, name, receiver) =>
        name === "pexpire"
          ? () => Promise.reject(new Error("Connection is closed."))
          : (Reflect.get(target, name, receiver) as unknown),
    });
    const store = closeAfterTest(
      createRedisStore(dropping, { prefix: `dropped-${NOW}:`, auditMaxEvents: 10 }),
    );
    await store
      .notePendingDeletion("telegram", { chatId: "61616", messageId: "3" }, NOW, 2 * DAY)
      .catch(() => {});
    const ttl = await redis.pttl(`dropped-${NOW}:{pd:telegram}:notes`);
    // Either nothing was written, or the note expires with its time: never a key that lasts for ever (-1).
    expect(ttl === -2 || ttl > 0).toBe(true);
  });
});
