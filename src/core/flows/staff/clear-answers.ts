import type { FlowContext } from "../flow.js";

/** A staff member's "Yes, clear them", as it went. */
export type ClearOutcome = "cleared" | "none" | "changed";

/** Beyond a few tries the student's record keeps moving: nothing is cleared, and the teacher may try again. */
const TRIES = 3;

/** The note a refused clearing leaves in the audit (audit-reasons gives it words). */
export const ANSWERS_CHANGED_MEANWHILE = "answers changed meanwhile";

/**
 * Deletes the student's answers only if they are still the ones the confirm screen was shown for (saved at
 * `shownEnrolledAt`): answers set up again while it was open are the child's new ones, not what the teacher
 * meant to clear. The answers are compared, then cleared at the version read before them, so nothing can
 * slip in between; a version moved by something else (a link, a reset) is read again. A confirm screen left
 * by older code did not note its answers: whatever answers are on record are cleared.
 */
export async function clearAnswersShown(
  ctx: FlowContext,
  studentId: string,
  shownEnrolledAt: number | undefined,
): Promise<ClearOutcome> {
  const { store } = ctx.deps;
  if (shownEnrolledAt === undefined) return (await store.clearEnrolment(studentId)) ? "cleared" : "none";
  for (let tried = 0; tried < TRIES; tried++) {
    const version = await store.personVersion(studentId);
    const enrolment = await store.getEnrolment(studentId);
    if (enrolment === null) return "none";
    if (enrolment.enrolledAt !== shownEnrolledAt) return "changed";
    const cleared = await store.clearEnrolmentIfUnchanged(studentId, version);
    if (cleared !== "changed") return cleared;
  }
  return "changed";
}
