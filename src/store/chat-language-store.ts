import type { Cluster, Redis } from "ioredis";
import { chatKey, parseChatKey, type ChatRef } from "../core/chat.js";
import type { Store } from "../core/ports/store.js";
import type { StoreKeys } from "./keys.js";

/** A chat that is not linked forgets its language after this long unused. */
export const UNLINKED_LANGUAGE_TTL_SECONDS = 30 * 24 * 3600;

/** An unlinked chat's 30 days are started again on use, but at most once a day (a write, not every read). */
export const LANGUAGE_REFRESH_AFTER_SECONDS = 24 * 3600;

type Client = Redis | Cluster;

/**
 * Lua: the chat's language choice at `key`, or false. A choice with a ttl (an unlinked chat's) has its
 * `ttl` seconds started again once less than `refreshBelow` are left: at most a write a day, not every read.
 */
export const CHOSEN_LANGUAGE_LUA = `
local function chosenLanguage(key, ttl, refreshBelow)
  local language = redis.call('GET', key)
  if language then
    local left = redis.call('TTL', key)
    if left > 0 and left < tonumber(refreshBelow) then redis.call('EXPIRE', key, ttl) end
  end
  return language
end
`;

/** The ttl and refresh arguments of chosenLanguage. */
export const CHOSEN_LANGUAGE_ARGS = [
  UNLINKED_LANGUAGE_TTL_SECONDS,
  UNLINKED_LANGUAGE_TTL_SECONDS - LANGUAGE_REFRESH_AFTER_SECONDS,
] as const;
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
  redis.defineCommand("storeChatLanguage", {
    numberOfKeys: 1,
    lua: `${CHOSEN_LANGUAGE_LUA}\nreturn chosenLanguage(KEYS[1], ARGV[1], ARGV[2])`,
  });
  const scripted = redis as Client & {
    storeChatLanguage(key: string, ttl: number, refreshBelow: number): Promise<string | null | false>;
  };
  const isLinked = async (chat: ChatRef) => (await redis.hexists(keys.linksByChat, chatKey(chat))) === 1;
  return {
    // One round trip; a linked chat's choice has no TTL (kept by keepLanguageWhileLinked).
    chatLanguage: (chat) =>
      run(async () => {
        const language = await scripted.storeChatLanguage(keys.chatLanguage(chat), ...CHOSEN_LANGUAGE_ARGS);
        return typeof language === "string" ? language : null;
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
