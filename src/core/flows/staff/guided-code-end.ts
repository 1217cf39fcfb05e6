import { createHash } from "node:crypto";
import { z } from "zod";
import type { CoreDeps } from "../../core-deps.js";
import { notifierInChatLanguage } from "../../i18n/chat-language.js";
import { say, type FlowContext } from "../flow.js";
import { notifyQuietly } from "../notify-quietly.js";

/**
 * The end of a guided reset's one-time code, as the student sees it. The code message stays in the
 * student's chat; when the teacher stops without finishing (/cancel, "stop", another command, the dialog's
 * lifetime, three wrong codes, or she walks away and the code runs out), the child is told, once, that the
 * code no longer works. Whoever ends the code first claims that follow-up (the right code typed claims it
 * too, before the password is set, so nothing follows the password); a job at the code's expiry covers a
 * teacher who never comes back. The code itself lives only as a digest in the teacher's dialog, so once
 * that has ended it is dead.
 */

/** The job kind of a code's expiry check. */
export const CODE_END_JOB = "guided-code-end";

/** A code's expiry check: the student to tell, and the code's name (see codeName). No secret. */
export const codeEndJob = z.object({
  studentId: z.string().min(1).max(64),
  code: z.string().min(1).max(64),
  tries: z.number().int().min(0),
});
export type CodeEndJob = z.output<typeof codeEndJob>;

/** How long a code's follow-up stays claimed: far longer than a code lives (10 minutes). */
const CLAIM_SECONDS = 24 * 3600;

/** A code's name for its follow-up: a hash of its keyed digest, which says nothing about the code. */
export function codeName(codeDigest: string): string {
  return createHash("sha256").update(codeDigest, "utf8").digest("base64url").slice(0, 22);
}

/** True for the first caller only: the code's follow-up (the password, or "it no longer works") is theirs. */
export function claimCodeEnd(deps: Pick<CoreDeps, "store">, code: string): Promise<boolean> {
  return deps.store.markUpdateSeen(`${CODE_END_JOB}:${code}`, CLAIM_SECONDS);
}

/** Schedules the code's expiry check for when it runs out. */
export function scheduleCodeEnd(
  ctx: FlowContext,
  job: Omit<CodeEndJob, "tries">,
  dueAt: number,
): Promise<void> {
  return ctx.deps.store.scheduleJob(CODE_END_JOB, JSON.stringify({ ...job, tries: 0 }), dueAt);
}

/**
 * The code stopped unused: tells the student's chat (in its language), unless someone already followed the
 * code up. A failed delivery is logged; the claim stands (the child is never told twice).
 */
export async function codeStopped(ctx: FlowContext, studentId: string, code: string): Promise<void> {
  const chat = await ctx.deps.store.linkedChat(studentId);
  if (!(await claimCodeEnd(ctx.deps, code)) || chat === null) return;
  await notifyQuietly(ctx, chat, say("guided.codeStoppedForStudent"));
}

/** A code's expiry check, run by the job (see guided-code-ends.ts): the teacher never finished. */
export async function codeRanOut(deps: CoreDeps, job: CodeEndJob): Promise<void> {
  const ctx: FlowContext = {
    chat: { channel: "console", chatUserId: "guided-code-end" },
    now: deps.clock(),
    deps: { ...deps, notifier: notifierInChatLanguage(deps) },
  };
  await codeStopped(ctx, job.studentId, job.code);
}
