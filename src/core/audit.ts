import { chatKey } from "./chat.js";
import type { FlowContext } from "./flows/flow.js";
import type { AuditEvent } from "./ports/store.js";

/** The things that are audited; each is one line in the audit stream. */
export type AuditEventName =
  | "link"
  | "relink"
  | "unlink"
  | "enrol"
  | "reset-verify"
  | "reset"
  | "reset-suspended"
  | "reset-capped"
  | "staff-question-reset"
  | "chat-throttled"
  | "password-set"
  | "staff-refused"
  | "guided-reset"
  | "unlock"
  | "answers-cleared"
  | "link-paused";

/**
 * Writes an audit event (and the same line to the log). Never pass a secret: events hold ids and outcomes.
 * A failure to write is logged, not thrown: the student's action has already happened by then.
 */
export async function audit(
  ctx: FlowContext,
  event: AuditEventName,
  subject: string,
  outcome: AuditEvent["outcome"],
  reason?: string,
  /** Who did it, when known (a teacher's person id); the chat otherwise. */
  actor?: string,
): Promise<void> {
  const entry: AuditEvent = {
    at: ctx.now,
    event,
    actor: actor ?? chatKey(ctx.chat),
    subject,
    channel: ctx.chat.channel,
    outcome,
  };
  if (reason !== undefined) entry.reason = reason;
  ctx.deps.logger.info({ audit: entry }, `audit ${event} ${outcome}`);
  try {
    await ctx.deps.store.appendAudit(entry);
  } catch (error) {
    ctx.deps.logger.error({ err: error, event }, "could not write an audit event");
  }
}
