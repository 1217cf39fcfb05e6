import { chatKey } from "../chat.js";
import { PasswordCheckUnansweredError } from "../errors.js";
import { logOutage } from "../log-outage.js";
import type { CountedFailure, LimitKind } from "../ports/limit-counters.js";
import type { Person } from "../ports/directory.js";
import type { FlowContext } from "./flow.js";

/** Where a password try is counted: set-up's `link` limit of the id, or a staff member's own in one chat. */
export interface PasswordTryLimit {
  kind: Extract<LimitKind, "link" | "staff-password">;
  subject: string;
}

/** What came of a counted password check. */
export type CountedPasswordCheck =
  /** Paused: nothing was checked. */
  | { blocked: number }
  /** The directory's answer: her account for a right password, null for a wrong one (or an unknown id). */
  | { person: Person | null; failure: CountedFailure }
  /**
   * Sent, and never answered: the try stays counted, and a pause it started is already reported (audited,
   * and the admins alerted, as a wrong password's is). `failure.blockedUntil` says whether it started one.
   */
  | { unanswered: CountedFailure };

/**
 * A password for `id` checked by the directory, its try counted first on the `link` limit of the id (set-up's)
 * or on `limit` (a staff member's in her own chat), so that however many chats try at once the directory
 * never gets more than LINK_MAX_FAILURES wrong passwords for one id, from one limit, in the window.
 * A try the directory never judged (the password never reached it: it could not be reached, or the search
 * before the password failed) is taken back before the error goes on. One sent and never answered
 * (PasswordCheckUnansweredError: a slow directory's timeout, a dropped connection) may have been judged and
 * counted towards the lockout there, so it stays counted: `unanswered`. The caller takes a right password's
 * try back (`failure`) when it has acted on it, and counts a wrong one.
 */
export async function countedPasswordCheck(
  ctx: FlowContext,
  id: string,
  password: string,
  limit: PasswordTryLimit = { kind: "link", subject: id },
): Promise<CountedPasswordCheck> {
  const { limits, directory } = ctx.deps;
  const attempt = await limits.reserveAttempt(ctx, limit.kind, limit.subject, chatKey(ctx.chat));
  if (attempt.blocked !== null) return { blocked: attempt.blocked };
  try {
    const person = await directory.authenticate(id, password);
    // A staff account that links here is spoken to as one even if the directory stops answering next.
    if (person !== null) ctx.deps.recentStudents.staffRoles.note(person.id, person);
    return { person, failure: attempt.failure };
  } catch (error) {
    if (!(error instanceof PasswordCheckUnansweredError)) {
      await limits.forget(limit.kind, limit.subject, attempt.failure);
      throw error;
    }
    // Handled here, so it never reaches the turn's outage line: the admins' log still says so.
    logOutage(ctx.deps.logger, error, "the directory did not answer a password check; the try stays counted");
  }
  await limits.attemptFailed(ctx, limit.kind, limit.subject, attempt.failure);
  return { unanswered: attempt.failure };
}
