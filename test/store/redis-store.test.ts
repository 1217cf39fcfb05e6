import RedisMock from "ioredis-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Store } from "../../src/core/ports/store.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { describeStoreContract } from "./store-contract.js";

describe("Redis store on ioredis-mock (the embedded default)", () => {
  describeStoreContract({
    async open() {
      const client = new RedisMock();
      // Mock clients on the same host:port share their data.
      await client.flushall();
      const prefix = "test:";
      // A day's share (100) above one chat's hourly audit rate (60), which a test fills in one day.
      const auditMaxEvents = 3_000;
      return { store: createRedisStore(client, { prefix, auditMaxEvents }), client, prefix, auditMaxEvents };
    },
    async close(harness) {
      await harness.store.close();
    },
  });
});

describe("dialog expiry on the embedded default, with the clock moved", () => {
  const chat = { channel: "console" as const, chatUserId: "me" };
  let store: Store;

  beforeEach(async () => {
    // Only Date: ioredis-mock reads Date.now for expiry but needs real timers to answer at all.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2025, 8, 1, 8, 0, 0));
    const client = new RedisMock();
    await client.flushall();
    store = createRedisStore(client, { prefix: "clock-test:", auditMaxEvents: 100 });
  });

  afterEach(async () => {
    await store.close();
    vi.useRealTimers();
  });

  it("drops a dialog idle for 15 minutes and says so when the student is back within a day", async () => {
    await store.saveDialog(chat, null, "{}", 15 * 60);
    vi.advanceTimersByTime(15 * 60_000 - 1_000);
    expect(await store.loadDialog(chat)).not.toBeNull();
    vi.advanceTimersByTime(2_000);
    expect(await store.loadDialog(chat)).toBeNull();
    vi.advanceTimersByTime(23 * 60 * 60_000);
    expect(await store.takeExpiredDialogNotice(chat)).toBe(true);
    expect(await store.takeExpiredDialogNotice(chat)).toBe(false);
  });

  it("says nothing when the student comes back more than a day later", async () => {
    await store.saveDialog(chat, null, "{}", 15 * 60);
    vi.advanceTimersByTime(15 * 60_000 + 24 * 60 * 60_000 + 1_000);
    expect(await store.takeExpiredDialogNotice(chat)).toBe(false);
  });
});
