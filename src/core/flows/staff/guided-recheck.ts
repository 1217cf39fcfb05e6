import { audit } from "../../audit.js";
import type { Reply } from "../../messages.js";
import type { Person } from "../../ports/directory.js";
import { end, say, type FlowContext, type Transition } from "../flow.js";
import { notStaffHere } from "./not-staff-here.js";
import { sharedIdInOwnClasses, sharedIdNotice } from "./shared-id.js";
import { disabledStudent, mayActOn, staffActorOrGone } from "./staff-access.js";

/**
 * The actor and student again, as the directory says now: a teacher who changed class loses access at once,
 * and the refusal is audited like one at the command (staff-refused, the action "guided").
 */
export async function recheckGuidedAccess(
  ctx: FlowContext,
  studentId: string,
): Promise<{ ok: true; actor: Person; student: Person } | { ok: false; refusal: Transition }> {
  const [{ actor, gone }, student] = await Promise.all([
    staffActorOrGone(ctx),
    ctx.deps.directory.findAccount(studentId),
  ]);
  if (actor === null) return { ok: false, refusal: end(await notStaffHere(ctx, gone)) };
  if (student === null || !mayActOn(actor, student)) {
    await audit(ctx, "staff-refused", student?.id ?? studentId, "refused", "guided", actor.id);
    return { ok: false, refusal: end(await lostAccess(ctx, actor, studentId, student)) };
  }
  // IT disabled the account since the reset began: no password is set for it (audited like one at the command).
  if (student.disabled === true) {
    await audit(ctx, "staff-refused", student.id, "refused", "guided", actor.id);
    return { ok: false, refusal: end(disabledStudent(actor, student)) };
  }
  return { ok: true, actor, student };
}

/**
 * The directory refused the change itself (NoSuchPersonError): IT removed or disabled the account between
 * the recheck and the change. Told and audited as the recheck would have, read from the directory once more.
 */
export async function studentGoneAtChange(
  ctx: FlowContext,
  actor: Person,
  student: Person,
): Promise<Transition> {
  await audit(ctx, "staff-refused", student.id, "refused", "guided", actor.id);
  const now = await ctx.deps.directory.findAccount(student.id).catch(() => null);
  if (now?.disabled === true) return end(disabledStudent(actor, now));
  return end(say("staff.studentGone", { id: student.id }));
}

/**
 * Why the student the reset began with may not be helped now, in the words /guided would use: an id IT's
 * import gave to a second entry meanwhile is the shared-id words (for a teacher, while her class lists show
 * it); an account IT deleted meanwhile is "I can no longer find" it, for a teacher too (the reset began with
 * her own pupil, so this tells her nothing about anyone else's); an admin is told when it is a staff account
 * now; anything else a teacher gets (the pupil moved to another class) is "not your student".
 */
async function lostAccess(
  ctx: FlowContext,
  actor: Person,
  studentId: string,
  student: Person | null,
): Promise<Reply> {
  if (student === null) {
    const shared =
      actor.role === "admin"
        ? await sharedIdNotice(ctx, studentId)
        : await sharedIdInOwnClasses(ctx, actor, studentId);
    return shared ?? say("staff.studentGone", { id: studentId });
  }
  if (actor.role === "admin") return say("staff.staffAccount", { name: student.name });
  return say("staff.notYourStudent");
}
