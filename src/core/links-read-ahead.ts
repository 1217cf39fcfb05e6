import { chatKey, type ChatRef } from "./chat.js";
import type { Store } from "./ports/store.js";

/**
 * The store, except that its first `linkedPeople(chat)` is answered by a read already on its way (sent with
 * the chat's turn, so it costs no round trip of its own). A read that failed, any other chat and every later
 * call go to the store. Only for steps that show the links, never for steps that change them.
 */
export function withLinksReadAhead(store: Store, chat: ChatRef, ahead: Promise<string[] | undefined>): Store {
  let first: Promise<string[] | undefined> | undefined = ahead;
  const key = chatKey(chat);
  const readAhead: Store = Object.create(store) as Store;
  readAhead.linkedPeople = async (asked) => {
    const read = first;
    first = undefined;
    const people = read !== undefined && chatKey(asked) === key ? await read : undefined;
    return people ?? store.linkedPeople(asked);
  };
  return readAhead;
}
