import { z } from "zod";
import { digestsEqual } from "./answers/keyed-digest.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "./answers/normalise-answer.js";
import { chatKey, type ChatRef } from "./chat.js";
import { SECRET_AGAIN_MS, SECRET_SHOWN } from "./dialog-expiry.js";
import type { FlowContext } from "./flows/flow.js";
import type { Reply } from "./messages.js";

/*
 * A child whose reply is slow sends a password or an answer again, and the copy lands on the next step.
 * The words are known again for a moment by a keyed digest (never kept themselves), so the copy can be
 * deleted rather than read as something else.
 */

/** The keyed digest of a secret typed in this chat (HMAC under a pepper-derived key, with the chat in it). */
export function secretDigest(ctx: Pick<FlowContext, "chat" | "deps">, text: string): string {
  return ctx.deps.digest.digest("secret-again", `${chatKey(ctx.chat)}\u0000${text.trim()}`);
}

/** A secret just typed, in a dialog's state: its digest and when. */
export const typedSecret = z.object({ digest: z.string().max(64), at: z.number() });
export type TypedSecret = z.infer<typeof typedSecret>;

export function typedSecretOf(ctx: FlowContext, text: string): TypedSecret {
  return { digest: secretDigest(ctx, text), at: ctx.now };
}

/** `text` is that secret again, typed within SECRET_AGAIN_MS of it. */
export function sameSecretAgain(ctx: FlowContext, secret: TypedSecret | undefined, text: string): boolean {
  return secret !== undefined && ctx.now - secret.at < SECRET_AGAIN_MS && isSecretTyped(ctx, secret, text);
}

/**
 * A secret typed in an open dialog and kept for the very next message only (as the step's own answer): with
 * the dialog's revision that turn saves. Any other turn in between (/help, a language chosen, a button) saves
 * another, so the words are no longer "again" then.
 */
export const nextMessageSecret = typedSecret.extend({ revision: z.number().int() });
export type NextMessageSecret = z.infer<typeof nextMessageSecret>;

export function nextMessageSecretOf(ctx: FlowContext, text: string): NextMessageSecret {
  return { ...typedSecretOf(ctx, text), revision: (ctx.dialogRevision ?? 0) + 1 };
}

/** `text` is that secret again, as the very next message of the dialog and within SECRET_AGAIN_MS of it. */
export function sameSecretNext(
  ctx: FlowContext,
  secret: NextMessageSecret | undefined,
  text: string,
): boolean {
  return secret !== undefined && ctx.dialogRevision === secret.revision && sameSecretAgain(ctx, secret, text);
}

/** `text` is that secret, whenever it was typed (within the dialog that keeps its digest). */
export function isSecretTyped(ctx: FlowContext, secret: TypedSecret | undefined, text: string): boolean {
  return secret !== undefined && digestsEqual(secretDigest(ctx, text), secret.digest);
}

/**
 * The keyed digest of a shown password's letters and digits, lower-case (as answers compare them): the
 * password retyped with spaces for its dashes, or in small letters, is the same.
 */
export function shownSecretDigest(ctx: Pick<FlowContext, "chat" | "deps">, text: string): string {
  return secretDigest(ctx, normaliseAnswer(NORMALISATION_VERSION, text));
}

/** The new password a turn's replies show (protected: deleted after a while), or null. */
export function passwordShownIn(replies: readonly Reply[]): string | null {
  for (const reply of replies) {
    const password = reply.text.params?.password;
    if (reply.protect !== undefined && typeof password === "string" && password !== "") return password;
  }
  return null;
}

/**
 * The end marker (SECRET_SHOWN) a chat keeps while `password`, shown there, may be retyped to keep it: for
 * as long as it is shown, and at least SECRET_AGAIN_MS.
 */
export function shownPasswordMarker(
  ctx: Pick<FlowContext, "chat" | "deps">,
  password: string,
): { value: string; ms: number } {
  const ms = Math.max(SECRET_AGAIN_MS, ctx.deps.settings.password.generatedDeleteAfterSeconds * 1000);
  return { value: `${SECRET_SHOWN}${shownSecretDigest(ctx, password)}`, ms };
}

/**
 * A password another chat's turn sent to `chat` (a guided reset's, to the child's own chat): retyped there
 * with no dialog open, it is deleted as one shown in that chat's own turn is. With a dialog open there, its
 * steps decide as before. Its failure only leaves the copy undeleted, so it is logged, not raised.
 */
export async function markPasswordShownIn(ctx: FlowContext, chat: ChatRef, password: string): Promise<void> {
  const { value, ms } = shownPasswordMarker({ chat, deps: ctx.deps }, password);
  try {
    await ctx.deps.store.leaveEndMarker(chat, value, ms);
  } catch (error) {
    ctx.deps.logger.warn({ err: error }, "could not mark a sent password to delete if typed back");
  }
}
