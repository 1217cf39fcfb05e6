import { audit } from "../../audit.js";
import type { Person } from "../../ports/directory.js";
import { end, say, type FlowContext, type Transition } from "../flow.js";
import { disabledStudent, mayActOn, staffActor } from "./staff-access.js";

/**
 * The actor and student again, as the directory says now: a teacher who changed class loses access at once,
 * and the refusal is audited like one at the command (staff-refused, the action "guided").
 */
export async function recheckGuidedAccess(
  ctx: FlowContext,
  studentId: string,
): Promise<{ ok: true; actor: Person; student: Person } | { ok: false; refusal: Transition }> {
  const [actor, student] = await Promise.all([staffActor(ctx), ctx.deps.directory.findAccount(studentId)]);
  if (actor === null) return { ok: false, refusal: end(say("staff.onlyStaff")) };
  if (student === null || !mayActOn(actor, student)) {
    await audit(ctx, "staff-refused", student?.id ?? studentId, "refused", "guided", actor.id);
    return { ok: false, refusal: end(say("staff.notYourStudent")) };
  }
  // IT disabled the account since the reset began: no password is set for it (audited like one at the command).
  if (student.disabled === true) {
    await audit(ctx, "staff-refused", student.id, "refused", "guided", actor.id);
    return { ok: false, refusal: end(disabledStudent(student)) };
  }
  return { ok: true, actor, student };
}
