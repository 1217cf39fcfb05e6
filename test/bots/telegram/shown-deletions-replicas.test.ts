import RedisMock from "ioredis-mock";
import { describe, expect, it } from "vitest";
import { MessageDeletions } from "../../../src/bots/telegram/message-deletions.js";
import type { BotApi } from "../../../src/bots/telegram/retrying-api.js";
import { createRedisStore } from "../../../src/store/redis-store.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";
import { closedAfterEachTest } from "../../helpers/closed-after-each.js";

const closeAfterTest = closedAfterEachTest();

/** A Bot API that only records the messages it was asked to delete. */
function deletingApi(deleted: number[]): BotApi {
  return {
    call: async (method: string, payload: { message_id?: number }) => {
      if (method === "deleteMessage") deleted.push(payload.message_id!);
      return true;
    },
  } as unknown as BotApi;
}

describe("a chat's shown secrets deleted early, over replicas and restarts", () => {
  it("another replica (or the one restarted) deletes them early, each once, and not those of other chats", async () => {
    const store = closeAfterTest(
      createRedisStore(new RedisMock(), { prefix: `replicas-${Date.now()}:`, auditMaxEvents: 10 }),
    );
    const now = 1_800_000_000_000;
    const logs = new CapturedLogs();
    const deleted: number[] = [];
    const replica = () => new MessageDeletions(deletingApi(deleted), store, () => now, logs.logger);

    const shownBy = replica();
    await shownBy.deleteShownLater(515151, 41, 300);
    await shownBy.deleteShownLater(515151, 42, 300);
    await shownBy.deleteShownLater(424242, 43, 300);

    const other = replica();
    await other.deleteShownNow(515151);
    // The deletions go on after the look; stopping waits for them.
    await other.stop();
    expect(deleted.sort()).toEqual([41, 42]);

    // Neither the same chat again nor the poller at the secrets' time deletes them a second time.
    await shownBy.deleteShownNow(515151);
    await shownBy.stop();
    const later = new MessageDeletions(deletingApi(deleted), store, () => now + 301_000, logs.logger);
    await later.runOnce();
    expect(deleted.sort()).toEqual([41, 42, 43]);
  });
});
