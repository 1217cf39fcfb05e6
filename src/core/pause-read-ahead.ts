import { chatKey, type ChatRef } from "./chat.js";
import type { FlowContext } from "./flows/flow.js";
import type { Limits } from "./limits/limits.js";

/** The chat's pause (Limits.chatBlockedUntil) as read with its turn, at `now`. */
export interface PauseReadAhead {
  now: number;
  until: number | null;
}

/**
 * The limits, except that their first `chatBlockedUntil` of `chat` at the same time is answered by the pause
 * read with the chat's turn (sent in the same write as the turn's script, and run by Redis after the turn's
 * lock was taken, so it costs no round trip of its own). Only a turn that did not wait for another may use
 * it: the chat's own turns are what pause it. Any other call goes to the limits.
 */
export function withPauseReadAhead(limits: Limits, chat: ChatRef, read: PauseReadAhead): Limits {
  let first: PauseReadAhead | undefined = read;
  const key = chatKey(chat);
  const readAhead: Limits = Object.create(limits) as Limits;
  readAhead.chatBlockedUntil = async (ctx: FlowContext) => {
    const ahead = first;
    first = undefined;
    if (ahead !== undefined && chatKey(ctx.chat) === key && ctx.now === ahead.now) return ahead.until;
    return limits.chatBlockedUntil(ctx);
  };
  return readAhead;
}
