import { audit } from "../../audit.js";
import type { ChatRef } from "../../chat.js";
import { NoSuchPersonError, PasswordOutcomeUnknownError, PasswordRejectedError } from "../../errors.js";
import { disappearsIn } from "../../i18n/disappears-in.js";
import type { GuidedActorRole, GuidedRoute } from "../../ports/alerts.js";
import type { Person } from "../../ports/directory.js";
import type { Reply } from "../../messages.js";
import { noteGuidedReset } from "../../limits/spray.js";
import { generatePassphrase } from "../../passwords/passphrase.js";
import { end, endAfterChange, say, type FlowContext, type Transition } from "../flow.js";
import { recordingAfterPasswordSet } from "../after-password-set.js";
import { notifyQuietly } from "../notify-quietly.js";
import { markPasswordShownIn } from "../../secret-again.js";
import { recheckGuidedAccess, studentGoneAtChange } from "./guided-recheck.js";
import { newPasswordSince } from "./new-password-meanwhile.js";

/** Where every guided reset's route ends, once the student is proven: the password set and delivered. */

/** How the student proved who they are; the code and questions routes proved it against a version. */
type Proof =
  /**
   * A code's: when it went out, to say who gave the child a new password while the teacher waited for it;
   * and her linked chat, read in the code's turn, where the password goes (a re-link since moves her version).
   */
  | { route: "code"; personVersion: number; codeSentAt: number; chat: ChatRef | null }
  | { route: "questions"; personVersion: number }
  /**
   * The teacher's check: the version and time when the routes were offered, so that a new password given
   * while she checked is told, not overwritten. Absent in a dialog left by older code: the version is then
   * read when she confirms.
   */
  | { route: "in person" | "in person, chat unlinked"; personVersion?: number; routesShownAt?: number };
/** The route a guided reset's audit event notes (audit-reasons gives it words). */
export type GuidedProofRoute = Proof["route"];

/** The route as the admins' alert names it (in words of the school's language); the audit keeps the note. */
const ALERT_ROUTE: Record<Proof["route"], GuidedRoute> = {
  code: "code",
  questions: "questions",
  "in person": "in-person",
  "in person, chat unlinked": "in-person-unlinked",
};

/**
 * Sets a generated, must-change password and gets it to the student: to their own chat after a code, else
 * shown once (protected, deleted later) on the teacher's device, where the student is. The teacher's right
 * is read again from the directory; a code or the answers count only if the student's chat and answers are
 * still those they were proven against (ResetGuard).
 */
export async function setGuidedPassword(
  ctx: FlowContext,
  studentId: string,
  proof: Proof,
): Promise<Transition> {
  const access = await recheckGuidedAccess(ctx, studentId);
  if (!access.ok) return access.refusal;
  const { actor, student } = access;
  const { store, directory, settings, alerts } = ctx.deps;
  const { route } = proof;
  const toStudentChat = route === "code";
  const chat = proof.route === "code" ? proof.chat : await store.linkedChat(student.id);
  const expectedVersion = proof.personVersion ?? (await store.personVersion(student.id));
  // Reserved before the lost chat is unlinked: refused, nothing at all has changed.
  const reservation = await store.reserveReset(student.id, {
    expectedVersion,
    now: ctx.now,
    ttlMs: settings.reset.reservationMs,
  });
  if (!reservation.ok) {
    await audit(ctx, "guided-reset", student.id, "refused", `interrupted: ${reservation.reason}`, actor.id);
    if (reservation.reason === "busy") return end(say("guided.busy", { name: student.name }));
    const meanwhile = await newPasswordMeanwhile(ctx, student, proof);
    return end(meanwhile ?? say("guided.changed", { name: student.name }));
  }
  if (route === "in person, chat unlinked" && chat !== null) {
    await store.unlinkChat(chat, student.id);
    await audit(ctx, "unlink", student.id, "ok", "guided reset: chat lost", actor.id);
    // As with a code, the child is told who it really was: their teacher, or the school's computer team.
    const unlinked = actor.role === "admin" ? "notice.unlinkedByAdmin" : "notice.unlinkedByTeacher";
    await notifyQuietly(ctx, chat, say(unlinked, { account: settings.accountName, name: student.name }));
  }
  const password = generatePassphrase(settings.password, student);
  // Sent but never answered: the password may be set, so it is delivered as if it were, with a warning.
  let maybeSet = false;
  try {
    await directory.setPassword(student.id, password, { mustChange: true });
  } catch (error) {
    if (!(error instanceof PasswordOutcomeUnknownError)) {
      // Given back on a definite no; if Redis fails just then, the teacher still hears the school's answer
      // (the reservation expires by itself).
      await store.releaseReset(student.id, reservation.token).catch((releaseError: unknown) => {
        ctx.deps.logger.warn(
          { err: releaseError, subject: student.id },
          "could not give back a guided reset's reservation",
        );
      });
      // IT removed or disabled the account after the recheck above: the directory set nothing.
      if (error instanceof NoSuchPersonError) return studentGoneAtChange(ctx, actor, student);
      if (!(error instanceof PasswordRejectedError)) throw error;
      await audit(ctx, "guided-reset", student.id, "refused", error.reason, actor.id);
      // The password was the bot's own, never the teacher's: the student's words for one she typed do not fit.
      const words = error.reason === "too-recent" ? "guided.tooRecent" : "guided.madeRefused";
      return end(say(words, { name: student.name }));
    }
    maybeSet = true;
    ctx.deps.logger.error(
      { err: error, subject: student.id },
      "a guided reset's password may or may not be set",
    );
    alerts.raise({ kind: "password-maybe-set", subject: student.id });
  }
  // The password is changed: whatever fails from here, it reaches the student or the teacher (see
  // recordingAfterPasswordSet).
  const record = recordingAfterPasswordSet(ctx, student.id);
  await Promise.all([
    record.run("count the reset", () =>
      store.commitReset(student.id, reservation.token, { now: ctx.now, countForCapMs: null }),
    ),
    noteGuidedReset(ctx, student.id),
  ]);
  const byRole: GuidedActorRole = actor.role === "admin" ? "admin" : "teacher";
  alerts.raise({
    kind: "guided-reset",
    subject: student.id,
    details: { by: actor.id, byRole, route: ALERT_ROUTE[route] },
  });
  const outcome = maybeSet ? `${route}; the password may have been set: the directory did not answer` : route;
  const warning = maybeSet ? [say("guided.maybeSet", { name: student.name })] : [];

  const stays = disappearsIn(settings.password.generatedDeleteAfterSeconds);
  const protect = { deleteAfterSeconds: settings.password.generatedDeleteAfterSeconds };
  if (toStudentChat) {
    try {
      if (chat === null) throw new Error("the student's chat was unlinked meanwhile");
      await ctx.deps.notifier.notify(chat, {
        ...say("guided.passwordForStudent", { name: student.name, password, ...stays }),
        protect,
      });
      // She may retype it there to keep it: that copy is deleted, as the teacher's phone's is.
      await markPasswordShownIn(ctx, chat, password);
    } catch (error) {
      // The password is already changed and nobody holds the new one: say so in the audit, and the
      // teacher is told to redo it as an in-person check.
      ctx.deps.logger.warn({ err: error, subject: student.id }, "could not send a guided reset's password");
      await record.run("audit", () =>
        audit(ctx, "guided-reset", student.id, "failed", "password set but not delivered", actor.id),
      );
      record.done();
      return endAfterChange(say("guided.codeUnreachable", { name: student.name }));
    }
    await record.run("audit", () =>
      audit(ctx, "guided-reset", student.id, maybeSet ? "info" : "ok", outcome, actor.id),
    );
    record.done();
    return endAfterChange(...warning, say("guided.sentToStudent", { name: student.name }));
  }
  await record.run("audit", () =>
    audit(ctx, "guided-reset", student.id, maybeSet ? "info" : "ok", outcome, actor.id),
  );
  if (chat !== null && route !== "in person, chat unlinked") {
    await record.run("tell the linked chat", () =>
      notifyQuietly(
        ctx,
        chat,
        say("notice.passwordChanged", { account: settings.accountName, name: student.name }),
      ),
    );
  }
  record.done();
  return endAfterChange(...warning, {
    ...say("guided.shown", { name: student.name, password, ...stays }),
    protect,
  });
}

/**
 * The words for a new password someone gave the student while the teacher waited (for the code, or to
 * confirm her in-person check), if one explains why her reset was refused.
 */
async function newPasswordMeanwhile(ctx: FlowContext, student: Person, proof: Proof): Promise<Reply | null> {
  if (proof.route === "code") return newPasswordSince(ctx, student, proof.codeSentAt, "code");
  if (proof.route === "questions" || proof.routesShownAt === undefined) return null;
  return newPasswordSince(ctx, student, proof.routesShownAt, "confirm");
}
