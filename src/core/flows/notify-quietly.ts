import { chatKey, type ChatRef } from "../chat.js";
import type { Reply } from "../messages.js";
import type { FlowContext } from "./flow.js";

/** Sends a notice to another chat (e.g. the one linked before); a failure is logged and never stops the dialog. */
export async function notifyQuietly(ctx: FlowContext, chat: ChatRef, reply: Reply): Promise<void> {
  try {
    await ctx.deps.notifier.notify(chat, reply);
  } catch (error) {
    ctx.deps.logger.warn({ err: error, to: chatKey(chat) }, "could not deliver a notice to another chat");
  }
}
