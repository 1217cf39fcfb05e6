import { audit } from "../audit.js";
import { chatKey } from "../chat.js";
import type { FlowContext } from "./flow.js";

/**
 * Counts a failed check of a student's answers (their own reset, or on a teacher's device); the failure that
 * starts a suspension is audited and alerted to the admins.
 */
export async function countStudentFailure(ctx: FlowContext, personId: string): Promise<void> {
  const { store, settings, alerts } = ctx.deps;
  const result = await store.recordResetFailure(personId, ctx.now, settings.reset.studentFailures);
  if (!result.blockedNow) return;
  await audit(ctx, "reset-suspended", personId, "refused", `${result.failures} failed tries`);
  alerts.raise({ kind: "suspension", subject: personId, details: { failures: result.failures } });
}

/**
 * Counts a failure of this chat against `subject` (a wrong password at set-up, a failed reset); the failure
 * that starts throttling the chat is audited and alerted to the admins.
 */
export async function countChatFailure(ctx: FlowContext, subject: string): Promise<void> {
  const { store, settings, alerts } = ctx.deps;
  const result = await store.recordChatFailure(ctx.chat, subject, ctx.now, settings.reset.chatFailures);
  if (!result.blockedNow) return;
  await audit(ctx, "chat-throttled", subject, "refused", "too many failed tries from one chat");
  alerts.raise({
    kind: "chat-throttled",
    subject: chatKey(ctx.chat),
    details: { failures: result.failures },
  });
}
