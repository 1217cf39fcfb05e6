import { createHash } from "node:crypto";
import { z } from "zod";
import { audit } from "../../audit.js";
import type { ChatRef } from "../../chat.js";
import type { CoreDeps } from "../../core-deps.js";
import { notifierInChatLanguage } from "../../i18n/chat-language.js";
import { say, type FlowContext, type LeaveCause } from "../flow.js";
import { notifyQuietly } from "../notify-quietly.js";
import { personId } from "../state-fields.js";

/**
 * The end of a guided reset's one-time code, as the student sees it. The code message stays in the
 * student's chat; when the teacher stops without finishing (/cancel, "stop", another command, the dialog's
 * lifetime, three wrong codes, or she walks away and the code runs out), the child is told, once, that the
 * code no longer works. Whoever ends the code first claims that follow-up (the right code typed claims it
 * too, before the password is set, so nothing follows the password); a job at the code's expiry covers a
 * teacher who never comes back. The code itself lives only as a digest in the teacher's dialog, so once
 * that has ended it is dead.
 *
 * Each code is audited: "code-sent" when it goes out (who, to which kind of chat), and, when it was
 * never used, "code-stopped" with why, as the one who sent it. A used code, or three wrong ones,
 * end as the guided reset's own event instead.
 */

/** Who sent a code: the actor of its audit events, and whom the child is told it was. */
export const codeSender = z.object({
  id: personId,
  role: z.enum(["teacher", "admin"]),
});
export type CodeSender = z.output<typeof codeSender>;

/** The longest name a code's expiry job keeps (a longer one is cut when the job is written). */
const NAME_MAX = 256;

/** The job kind of a code's expiry check. */
export const CODE_END_JOB = "guided-code-end";

/**
 * A code's expiry check: the student to tell and her name (a family phone holds several children), the
 * code's name (see codeName), and who sent it from which kind of chat (the name and the sender are absent
 * in a job an older version scheduled). No secret.
 */
export const codeEndJob = z.object({
  studentId: z.string().min(1).max(64),
  studentName: z.string().min(1).max(NAME_MAX).optional(),
  code: z.string().min(1).max(64),
  tries: z.number().int().min(0),
  by: codeSender.extend({ channel: z.enum(["console", "telegram", "slack"]) }).optional(),
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
  // A directory's name may be longer than a job holds: cut, else the job would be dropped as unreadable.
  const { studentName, ...rest } = job;
  const name =
    studentName === undefined || studentName === "" ? {} : { studentName: studentName.slice(0, NAME_MAX) };
  return ctx.deps.store.scheduleJob(CODE_END_JOB, JSON.stringify({ ...rest, ...name, tries: 0 }), dueAt);
}

/**
 * The notes a stopped code's audit event can hold (audit-reasons.ts gives them words), besides the command
 * that stopped it ("/cancel"). Short: a protected trail entry keeps 64 bytes, actor and all.
 */
export const CODE_RAN_OUT = "ran out";
export const CODE_LIFETIME = "time limit";
export const CODE_SENDER_NOT_STAFF = "not staff";
/**
 * Defensive: no step end other than CODE_RAN_OUT and WRONG_CODES_NOTE reaches codeStopped unclaimed today
 * (the right code claims the follow-up before the password is set, so a refusal after it stops nothing).
 * A future end of the code step without a note of its own is still audited, as "ended".
 */
export const CODE_ENDED = "ended";
/** The code step's note for its end after three wrong codes: audited as the guided reset's failure. */
export const WRONG_CODES_NOTE = "wrong codes";

/**
 * What a stopped code's audit event notes, from why its step was left (the step's own end notes
 * CODE_RAN_OUT or WRONG_CODES_NOTE); null when that end is audited already.
 */
export function stopNote(cause: LeaveCause): string | null {
  switch (cause.by) {
    case "command":
      return `/${cause.command}`;
    case "lifetime":
      return CODE_LIFETIME;
    case "role":
      return CODE_SENDER_NOT_STAFF;
    case "step":
      if (cause.note === WRONG_CODES_NOTE) return null;
      return cause.note === CODE_RAN_OUT ? CODE_RAN_OUT : CODE_ENDED;
  }
}

/**
 * The code stopped unused: tells the student's chat (in its language, naming who stopped as the child was
 * told who sent it), unless someone already followed the code up, and audits it as the sender's. A code
 * step or expiry job an older version saved (a rolling deploy) names no sender: its stop is audited all the
 * same, as the audit's usual actor when no person is known, the chat (the expiry job's own, for a job). A
 * failed delivery is logged; the claim stands (the child is never told twice).
 */
export async function codeStopped(
  ctx: FlowContext,
  stop: {
    studentId: string;
    studentName: string;
    code: string;
    by: CodeSender | undefined;
    note: string | null;
    /**
     * Stopped before it ran out: forgets the code's notes in her chat (forgetCodeNote in
     * guided-code-notes-reset.ts, passed in as that module reaches the dialog states, which reach this one).
     */
    forgetNote?: (chat: ChatRef) => Promise<void>;
  },
): Promise<void> {
  const chat = await ctx.deps.store.linkedChat(stop.studentId);
  if (!(await claimCodeEnd(ctx.deps, stop.code))) return;
  const forgotten =
    chat === null || stop.forgetNote === undefined ? Promise.resolve() : stop.forgetNote(chat);
  if (stop.note !== null) await audit(ctx, "code-stopped", stop.studentId, "info", stop.note, stop.by?.id);
  if (chat === null) return;
  const words =
    stop.by?.role === "admin" ? "guided.codeStoppedByAdminForStudent" : "guided.codeStoppedForStudent";
  // Gone before she reads that the code no longer works, and may type /reset.
  await forgotten;
  await notifyQuietly(ctx, chat, say(words, { name: stop.studentName }));
}

/** A code's expiry check, run by the job (see guided-code-ends.ts): the teacher never finished. */
export async function codeRanOut(deps: CoreDeps, job: CodeEndJob): Promise<void> {
  const ctx: FlowContext = {
    // Audited as where the code was sent from: the sender's kind of chat.
    chat: { channel: job.by?.channel ?? "console", chatUserId: "guided-code-end" },
    now: deps.clock(),
    deps: { ...deps, notifier: notifierInChatLanguage(deps) },
  };
  const by = job.by === undefined ? undefined : { id: job.by.id, role: job.by.role };
  const studentName = job.studentName ?? (await nameOfOlderJob(deps, job.studentId));
  await codeStopped(ctx, { studentId: job.studentId, studentName, code: job.code, by, note: CODE_RAN_OUT });
}

/**
 * A job an older version scheduled holds no name: the directory's, or the ID for an account it no longer
 * has (the chat proved that account, so neither is news there).
 */
async function nameOfOlderJob(deps: CoreDeps, studentId: string): Promise<string> {
  return (await deps.directory.findAccount(studentId))?.name ?? studentId;
}
