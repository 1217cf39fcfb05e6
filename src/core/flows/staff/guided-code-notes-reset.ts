import type { ChatRef } from "../../chat.js";
import { idleSecondsOf, storedDocument } from "../../dialog-document.js";
import type { DialogDocument } from "../../dialog-state.js";
import type { FlowContext } from "../flow.js";

/**
 * Before a guided reset's code goes to a child's chat, notes in her own reset there, if it is at a question
 * (or asking whether she meant to start again, which keeps it for the question that follows), until when the
 * code works: she types the code where she is, and it must not be checked as her answer (her
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
  await changeOwnReset(ctx, chat, "note a guided code in", (state) => ({ ...state, guidedCodeUntil: until }));
}

/**
 * A code used or stopped before it ran out: neither a reset she starts in her chat (noteCodeForLaterReset)
 * nor the one open there when it went out (noteGuidedCodeInOwnReset) reads six digits as it any more, so
 * her answer is checked again. Only the staff member's turn waits for this, never her reset. Best effort:
 * if it fails, the note lapses when the code would have run out, as before.
 */
export async function forgetCodeNote(
  ctx: FlowContext,
  chat: ChatRef,
  studentId: string,
  until: number,
): Promise<void> {
  await Promise.all([
    ctx.deps.store.forgetGuidedCode(chat, studentId, until).catch((error: unknown) => {
      ctx.deps.logger.warn({ err: error, subject: studentId }, "could not forget a guided code's note");
    }),
    forgetGuidedCodeInOwnReset(ctx, chat, until),
  ]);
}

/**
 * Its note in her open reset goes, if it still holds that code's end (a later code's is kept). As the note
 * was written: one write under her chat's lock, only to the dialog as read.
 */
async function forgetGuidedCodeInOwnReset(ctx: FlowContext, chat: ChatRef, until: number): Promise<void> {
  await changeOwnReset(ctx, chat, "forget a guided code in", (state) => {
    if (state.guidedCodeUntil !== until) return null;
    const { guidedCodeUntil: _ended, ...rest } = state;
    return rest;
  });
}

/** Her reset at a question, or at "Start again from question 1?" (reset-restart.ts), which goes back to one. */
type ResetAnswerState = Extract<DialogDocument["state"], { name: "reset.answer" | "reset.restartAsk" }>;

/**
 * Changes her reset at a question or at its "start again?" (`change`; null: nothing to change) under her
 * chat's lock, not waited for, and only as read. `doing` names the change in the log.
 */
async function changeOwnReset(
  ctx: FlowContext,
  chat: ChatRef,
  doing: string,
  change: (state: ResetAnswerState) => ResetAnswerState | null,
): Promise<void> {
  const { store, logger } = ctx.deps;
  let token: string | null = null;
  try {
    // Not waited for: the teacher's step must not stall on the child's chat.
    token = await store.lockChat(chat, NOTE_LOCK_TTL_MS, 0);
    if (token === null) {
      logger.warn(`could not ${doing} a child's open reset: her chat was busy`);
      return;
    }
    const stored = await store.loadDialog(chat);
    const document = storedDocument(stored, ctx.now, ctx.deps.settings.dialogMaxMs);
    if (stored === null || document === null || !atResetQuestion(document.state)) return;
    const state = change(document.state);
    if (state === null) return;
    const changed: DialogDocument = { ...document, state };
    const saved = await store.saveDialog(
      chat,
      stored.revision,
      JSON.stringify(changed),
      idleSecondsOf(ctx.deps, changed),
    );
    if (!saved) logger.warn(`could not ${doing} a child's open reset: it changed meanwhile`);
  } catch (error) {
    logger.warn({ err: error }, `could not ${doing} a child's open reset`);
  } finally {
    if (token !== null) {
      await store.unlockChat(chat, token).catch((error: unknown) => {
        logger.warn({ err: error }, `could not unlock a child's chat after trying to ${doing} her reset`);
      });
    }
  }
}

function atResetQuestion(state: DialogDocument["state"]): state is ResetAnswerState {
  return state.name === "reset.answer" || state.name === "reset.restartAsk";
}

/** Long enough for one read and one write; the lock is given back at once after them. */
const NOTE_LOCK_TTL_MS = 5_000;
