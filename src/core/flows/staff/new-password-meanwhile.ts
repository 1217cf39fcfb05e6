import type { Reply } from "../../messages.js";
import type { Person } from "../../ports/directory.js";
import { say, type FlowContext } from "../flow.js";

/** Enough of the trail to reach past the few events one reset leaves (a link, a code sent, the reset). */
const TRAIL_EVENTS_READ = 30;

/**
 * Who gave the student a new password since `since`, when someone did, in the words for the staff member
 * whose guided reset it stopped: another teacher's or admin's guided reset, or the child's own reset with
 * her questions. "Start again with /guided" alone would have her change the password the child has just
 * written down. Null when no new password explains the change (a re-link, answers cleared).
 */
export async function newPasswordSince(
  ctx: FlowContext,
  student: Person,
  since: number,
): Promise<Reply | null> {
  const trail = await ctx.deps.store.auditTrailOf(student.id, TRAIL_EVENTS_READ);
  const change = trail.find(
    (e) => e.at >= since && e.outcome === "ok" && (e.event === "guided-reset" || e.event === "reset"),
  );
  if (change === undefined) return null;
  const by =
    change.event === "guided-reset"
      ? await ctx.deps.directory.findPerson(change.actor).catch(() => null)
      : null;
  return by === null
    ? say("guided.newPasswordMeanwhile", { name: student.name })
    : say("guided.newPasswordByStaffMeanwhile", { name: student.name, by: by.name });
}
