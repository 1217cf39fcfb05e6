import type { ChatRef } from "../../chat.js";
import { idleSecondsOf } from "../../dialog-document.js";
import { storedDialogDocument, type DialogDocument } from "../../dialog-state.js";
import type { FlowContext } from "../flow.js";

/**
 * Before a guided reset's code goes to a child's chat, notes in her own reset there, if it is at a question,
 * until when the code works: she types the code where she is, and it must not be checked as her answer (her
 * reset would fail and count toward her suspension for doing what her teacher asked). The reset question
 * then reads six digits as the code typed back (see resetAnswerStep), with no Redis call of its own. One
 * write, and only to the dialog as read (compare-and-set): what her own turn saved meanwhile stays. Best
 * effort: if it fails, the code still goes out, as before.
 */
export async function noteGuidedCodeInOwnReset(
  ctx: FlowContext,
  chat: ChatRef,
  until: number,
): Promise<void> {
  try {
    const stored = await ctx.deps.store.loadDialog(chat);
    const document = stored === null ? null : atResetQuestion(ctx, stored.json);
    if (stored === null || document === null || document.state.name !== "reset.answer") return;
    const noted: DialogDocument = { ...document, state: { ...document.state, guidedCodeUntil: until } };
    await ctx.deps.store.saveDialog(
      chat,
      stored.revision,
      JSON.stringify(noted),
      idleSecondsOf(ctx.deps, noted),
    );
  } catch (error) {
    ctx.deps.logger.warn({ err: error }, "could not note a guided code in a child's open reset");
  }
}

/** The stored dialog, if it is still within its lifetime. */
function atResetQuestion(ctx: FlowContext, json: string): DialogDocument | null {
  try {
    const parsed = storedDialogDocument.safeParse(JSON.parse(json));
    if (!parsed.success || ctx.now - parsed.data.startedAt >= ctx.deps.settings.dialogMaxMs) return null;
    return parsed.data;
  } catch {
    return null;
  }
}
