import type { Cluster, Redis } from "ioredis";
import { chatKey, parseChatKey, type ChatRef } from "../core/chat.js";
import type { Store } from "../core/ports/store.js";
import type { StoreKeys } from "./keys.js";

/** A chat that is not linked forgets its language after this long unused. */
export const UNLINKED_LANGUAGE_TTL_SECONDS = 30 * 24 * 3600;

/** An unlinked chat's 30 days are started again on use, but at most once a day (a write, not every read). */
export const LANGUAGE_REFRESH_AFTER_SECONDS = 24 * 3600;

type Client = Redis | Cluster;
type Run = <T>(operation: () => Promise<T>) => Promise<T>;

/**
 * The chat's language choice. The link and the choice live in different hash slots (`{links}`, `{c:…}`), so
 * this is not one script; a race with a link or unlink at the same moment only changes when the choice
 * expires, never what it is.
 */
export function chatLanguageStore(
  redis: Client,
  keys: StoreKeys,
  run: Run,
): Pick<Store, "chatLanguage" | "setChatLanguage"> {
  const isLinked = async (chat: ChatRef) => (await redis.hexists(keys.linksByChat, chatKey(chat))) === 1;
  return {
    // One round trip: the value and its TTL together (same key). A linked chat's choice has no TTL (kept
    // by keepLanguageWhileLinked); an unlinked one's 30 days start again on use, refreshed at most daily.
    chatLanguage: (chat) =>
      run(async () => {
        const key = keys.chatLanguage(chat);
        const replies = await redis.multi().get(key).ttl(key).exec();
        const language = (replies?.[0]?.[1] ?? null) as string | null;
        const ttl = Number(replies?.[1]?.[1] ?? -2);
        if (
          language !== null &&
          ttl > 0 &&
          ttl < UNLINKED_LANGUAGE_TTL_SECONDS - LANGUAGE_REFRESH_AFTER_SECONDS
        ) {
          await redis.expire(key, UNLINKED_LANGUAGE_TTL_SECONDS);
        }
        return language;
      }),

    setChatLanguage: (chat, language) =>
      run(async () => {
        const key = keys.chatLanguage(chat);
        if (await isLinked(chat)) await redis.set(key, language);
        else await redis.set(key, language, "EX", UNLINKED_LANGUAGE_TTL_SECONDS);
      }),
  };
}

/**
 * After a link or unlink: the newly linked chat keeps its language for good, and a chat that lost its
 * link (`unlinkedChatKey`) starts its 30 days.
 */
export async function keepLanguageWhileLinked(
  redis: Client,
  keys: StoreKeys,
  linkedChat: ChatRef | null,
  unlinkedChatKey: string,
): Promise<void> {
  if (linkedChat !== null) await redis.persist(keys.chatLanguage(linkedChat));
  const unlinked = unlinkedChatKey === "" ? null : parseChatKey(unlinkedChatKey);
  if (unlinked !== null && (linkedChat === null || unlinkedChatKey !== chatKey(linkedChat))) {
    await redis.expire(keys.chatLanguage(unlinked), UNLINKED_LANGUAGE_TTL_SECONDS);
  }
}
