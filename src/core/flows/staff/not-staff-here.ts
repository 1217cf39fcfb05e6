import type { Person } from "../../ports/directory.js";
import type { Reply } from "../../messages.js";
import { say, type FlowContext } from "../flow.js";

/**
 * What a chat that no teacher or admin acts for hears at a staff command or step: "link this chat first with
 * /setup", unless one of its links the directory no longer gives (`gone`: staffOfChat, staffActorOrGone) is
 * a staff account IT disabled. /setup cannot help her (the directory refuses a disabled account's password,
 * and her tries count toward the set-up pause), so she is told that it is disabled and to ask IT. Only the
 * chat's own links are read, each proved with its password when it was made: a chat linked to no staff
 * account is told nothing it did not know, and a student's own chat costs no lookup more. What a gone link
 * is, is taken as read for a minute (RecentStudents.goneAccount): a chat sending staff commands again and
 * again costs the directory no lookup more than its links' own.
 */
export async function notStaffHere(ctx: FlowContext, gone: readonly string[]): Promise<Reply> {
  const { recentStudents, directory } = ctx.deps;
  let accounts: (Person | null)[];
  try {
    accounts = await Promise.all(gone.map((id) => recentStudents.goneAccount(directory, id)));
  } catch {
    // Only the refusal's words depend on it: the plain ones, rather than an error.
    return say("staff.onlyStaff");
  }
  const disabledStaff = accounts.find(
    (account): account is Person =>
      account?.disabled === true && (account.role === "teacher" || account.role === "admin"),
  );
  if (disabledStaff === undefined) return say("staff.onlyStaff");
  return say("staff.ownAccountDisabled", { name: disabledStaff.name, id: disabledStaff.id });
}
