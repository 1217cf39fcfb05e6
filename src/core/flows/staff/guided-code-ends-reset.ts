import type { ChatRef } from "../../chat.js";
import { storedDialogDocument } from "../../dialog-state.js";
import { say, type FlowContext } from "../flow.js";

/**
 * Before a guided reset's code goes to a child's chat, ends her own reset there if it is at a question: the
 * code she then types where she is would be checked as her answer, fail her reset and count toward her
 * suspension, for doing what her teacher asked. With no question open, the code typed back is told to be read
 * out to the grown-up (guided.codeTypedBackForStudent). She hears her reset stopped, as when a command stops
 * it. Only that dialog, as read (endDialogAt): what her own turn saved meanwhile stays. Best effort: if it
 * fails, the code still goes out, as before.
 */
export async function endOwnResetQuestionFor(ctx: FlowContext, chat: ChatRef): Promise<void> {
  try {
    const stored = await ctx.deps.store.loadDialog(chat);
    if (stored === null || !atResetQuestion(stored.json)) return;
    if (!(await ctx.deps.store.endDialogAt(chat, stored.revision))) return;
    ctx.deps.logger.info("ended a child's reset question for a guided reset's code");
    await ctx.deps.notifier.notify(chat, say("reset.stopped"));
  } catch (error) {
    ctx.deps.logger.warn({ err: error }, "could not end a child's reset question before a guided code");
  }
}

function atResetQuestion(json: string): boolean {
  try {
    const parsed = storedDialogDocument.safeParse(JSON.parse(json));
    return parsed.success && parsed.data.state.name === "reset.answer";
  } catch {
    return false;
  }
}
