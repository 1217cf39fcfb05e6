import type { Reply } from "../../messages.js";
import type { AuditEvent } from "../../ports/audit-log.js";
import type { Person } from "../../ports/directory.js";
import { say, type FlowContext } from "../flow.js";

/** Enough of the trail to reach past the few events one reset leaves (a link, a code sent, the reset). */
const TRAIL_EVENTS_READ = 30;

/** The newest new password the student was given since `since` (a guided reset, or her own reset), if any. */
export async function newPasswordEventSince(
  ctx: FlowContext,
  studentId: string,
  since: number,
): Promise<AuditEvent | undefined> {
  const trail = await ctx.deps.store.auditTrailOf(studentId, TRAIL_EVENTS_READ);
  return trail.find(
    (e) => e.at >= since && e.outcome === "ok" && (e.event === "guided-reset" || e.event === "reset"),
  );
}

/**
 * Who gave the student a new password since `since`, when someone did, in the words for the staff member
 * whose guided reset it stopped (while she waited for the code, or to confirm her in-person check): another
 * teacher's or admin's guided reset, or the child's own reset with her questions. "Start again with
 * /guided" alone would have her change the password the child has just written down. Null when no new
 * password explains the change (a re-link, answers cleared).
 */
export async function newPasswordSince(
  ctx: FlowContext,
  student: Person,
  since: number,
  waitedFor: "code" | "confirm",
): Promise<Reply | null> {
  const change = await newPasswordEventSince(ctx, student.id, since);
  if (change === undefined) return null;
  const by =
    change.event === "guided-reset"
      ? await ctx.deps.directory.findPerson(change.actor).catch(() => null)
      : null;
  if (by === null)
    return say(waitedFor === "code" ? "guided.newPasswordMeanwhile" : "guided.newPasswordWhileConfirming", {
      name: student.name,
    });
  const byStaff =
    waitedFor === "code" ? "guided.newPasswordByStaffMeanwhile" : "guided.newPasswordByStaffWhileConfirming";
  return say(byStaff, { name: student.name, by: by.name });
}
