import { chatKey, type ChatRef } from "./chat.js";
import type { Store } from "./ports/store.js";

/**
 * The store, except that its first `linkedPeople(chat)` is answered by the links read with the chat's turn
 * (so it costs no round trip of its own). Any other chat and every later call go to the store. Only for
 * steps that show the links, never for steps that change them.
 */
export function withLinksReadAhead(store: Store, chat: ChatRef, links: string[]): Store {
  let first: string[] | undefined = links;
  const key = chatKey(chat);
  const readAhead: Store = Object.create(store) as Store;
  readAhead.linkedPeople = async (asked) => {
    const read = first;
    first = undefined;
    return read !== undefined && chatKey(asked) === key ? [...read] : store.linkedPeople(asked);
  };
  return readAhead;
}
