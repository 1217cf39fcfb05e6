import type { ChatRef } from "../../chat.js";
import { idleSecondsOf, storedDocument } from "../../dialog-document.js";
import type { DialogDocument } from "../../dialog-state.js";
import type { FlowContext } from "../flow.js";

/**
 * Before a guided reset's code goes to a child's chat, notes in her own reset there, if it is at a question,
 * until when the code works: she types the code where she is, and it must not be checked as her answer (her
 * reset would fail and count toward her suspension for doing what her teacher asked). The reset question
 * then reads six digits as the code typed back (see resetAnswerStep), with no Redis call of its own. One
 * write, under her chat's lock and only to the dialog as read (compare-and-set): a turn of hers running
 * now (an answer check) keeps its save, and the note is then left out. Best effort: if it is left out or
 * fails, the code still goes out, as before, and the log says so.
 */
export async function noteGuidedCodeInOwnReset(
  ctx: FlowContext,
  chat: ChatRef,
  until: number,
): Promise<void> {
  const { store, logger } = ctx.deps;
  let token: string | null = null;
  try {
    // Not waited for: the teacher's step must not stall on the child's chat.
    token = await store.lockChat(chat, NOTE_LOCK_TTL_MS, 0);
    if (token === null) {
      logger.warn("a guided code was not noted in a child's open reset: her chat was busy");
      return;
    }
    const stored = await store.loadDialog(chat);
    const document = storedDocument(stored, ctx.now, ctx.deps.settings.dialogMaxMs);
    if (stored === null || document === null || document.state.name !== "reset.answer") return;
    const noted: DialogDocument = { ...document, state: { ...document.state, guidedCodeUntil: until } };
    const saved = await store.saveDialog(
      chat,
      stored.revision,
      JSON.stringify(noted),
      idleSecondsOf(ctx.deps, noted),
    );
    if (!saved) logger.warn("a guided code was not noted in a child's open reset: it changed meanwhile");
  } catch (error) {
    logger.warn({ err: error }, "could not note a guided code in a child's open reset");
  } finally {
    if (token !== null) {
      await store.unlockChat(chat, token).catch((error: unknown) => {
        logger.warn({ err: error }, "could not unlock a child's chat after noting a guided code");
      });
    }
  }
}

/** Long enough for one read and one write; the lock is given back at once after them. */
const NOTE_LOCK_TTL_MS = 5_000;
