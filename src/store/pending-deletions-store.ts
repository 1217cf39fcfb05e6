import type { PendingDeletion, PendingDeletions } from "../core/ports/pending-deletions.js";
import type { StoreKeys } from "./keys.js";
import type { ScriptedClient } from "./scripted-client.js";

type Run = <T>(operation: () => Promise<T>) => Promise<T>;

const member = ({ chatId, messageId }: PendingDeletion) => `${chatId} ${messageId}`;

function parsed(stored: string): PendingDeletion | null {
  const [chatId, messageId, ...rest] = stored.split(" ");
  return chatId && messageId && rest.length === 0 ? { chatId, messageId } : null;
}

/**
 * Pending deletions on Redis: one sorted set per channel, scored by when each note is dropped. The set
 * expires with its latest note, so a channel that stops using it leaves nothing behind.
 */
export function pendingDeletionsStore(redis: ScriptedClient, keys: StoreKeys, run: Run): PendingDeletions {
  return {
    notePendingDeletion: (channel, message, now, forMs) =>
      run(async () => {
        const key = keys.pendingDeletions(channel);
        // One transaction: the set never lasts for ever for want of its expiry. Relative, as Redis's clock
        // may differ from the bot's; every note has the same time to last.
        const replies = await redis
          .multi()
          .zadd(key, now + forMs, member(message))
          .pexpire(key, Math.ceil(forMs))
          .exec();
        const failed = replies?.find(([error]) => error !== null)?.[0];
        if (replies === null || failed !== undefined)
          throw failed ?? new Error("the note's transaction was aborted");
      }),

    forgetPendingDeletion: (channel, message) =>
      run(async () => void (await redis.zrem(keys.pendingDeletions(channel), member(message)))),

    pendingDeletions: (channel, now, endingBy) =>
      run(async () => {
        const key = keys.pendingDeletions(channel);
        await redis.zremrangebyscore(key, "-inf", now);
        const notes = await redis.zrangebyscore(key, "-inf", endingBy ?? "+inf");
        return notes.map(parsed).filter((note) => note !== null);
      }),
  };
}
