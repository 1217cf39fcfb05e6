import RedisMock from "ioredis-mock";
import { expect, it } from "vitest";
import { MessageDeletions } from "../../../src/bots/telegram/message-deletions.js";
import type { BotApi } from "../../../src/bots/telegram/retrying-api.js";
import { createLogger } from "../../../src/logging/create-logger.js";
import { createRedisStore } from "../../../src/store/redis-store.js";

/*
 * Found by a review: the chat's next secret waited for the whole early run of the one before (the look in
 * Redis and then each deletion, which Telegram's flood control can hold for half a minute and more), though
 * only the look must come first. Meanwhile a guided code sent to a child's chat held up the teacher's turn.
 */
it("a chat's next secret is scheduled once the look is done, not after the earlier secrets' deletions", async () => {
  const store = createRedisStore(new RedisMock(), { prefix: "look:", auditMaxEvents: 100 });
  let releaseDeletions = () => {};
  const deletionsHeld = new Promise<void>((resolve) => (releaseDeletions = resolve));
  const deleted: number[] = [];
  const api = {
    call: async (method: string, payload: { message_id: number }) => {
      if (method !== "deleteMessage") throw new Error(`unexpected ${method}`);
      await deletionsHeld;
      deleted.push(payload.message_id);
      return true;
    },
  } as unknown as BotApi;
  const deletions = new MessageDeletions(api, store, Date.now, createLogger("silent"));
  const CHAT = 4242;
  await deletions.deleteShownLater(CHAT, 1, 300);

  const early = deletions.deleteShownNow(CHAT);
  let nextScheduled = false;
  const next = deletions.deleteShownLater(CHAT, 2, 300).then(() => (nextScheduled = true));
  // Telegram still holds the first deletion, yet the next secret's deletion is already in the store.
  await expect
    .poll(
      async () =>
        nextScheduled &&
        (await store.claimDueJobs("telegram-delete", Date.now() + 301_000, 10, Date.now())).map(
          (job) => job.payload,
        ),
    )
    .toEqual([expect.stringContaining('"messageId":2')]);
  expect(deleted).toEqual([]);

  releaseDeletions();
  await Promise.all([early, next]);
  // Stopping waits for the early deletions still going on.
  await deletions.stop();
  expect(deleted).toEqual([1]);
  await store.close();
});
