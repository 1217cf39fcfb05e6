import type { StaffRole } from "../../staff-roles-seen.js";
import type { FlowContext } from "../flow.js";

/**
 * The staff role the directory last gave one of this chat's links (StaffRolesSeen), an admin's before a
 * teacher's as staffAmong picks; null when none. Only while the directory does not answer, and for the
 * words only (the adult register, /help's list of commands): what the chat may do is always asked of it.
 */
export async function staffRoleRemembered(
  ctx: FlowContext,
  linked?: readonly string[],
): Promise<StaffRole | null> {
  const ids = linked ?? (await ctx.deps.store.linkedPeople(ctx.chat));
  const roles = ids.map((id) => ctx.deps.recentStudents.staffRoles.roleOf(id));
  return roles.includes("admin") ? "admin" : roles.includes("teacher") ? "teacher" : null;
}
