import type { Reply } from "../messages.js";
import { say, type FlowContext } from "./flow.js";

/**
 * What /setup says at a user ID linked to this chat whose account IT disabled since, or null (not linked
 * here, not disabled, or the directory failed: the set-up goes on as for any ID). The chat proved the
 * account's password when it was linked, and its staff commands are told the same: no password is asked,
 * which the directory would refuse whatever it was. Any other chat has proved nothing and is told nothing.
 */
export async function ownAccountDisabledReply(
  ctx: FlowContext,
  typedId: string,
  linkedHere: readonly string[],
): Promise<Reply | null> {
  const wanted = typedId.trim().toLowerCase();
  if (!linkedHere.some((id) => id.trim().toLowerCase() === wanted)) return null;
  const account = await ctx.deps.directory.findAccount(typedId).catch(() => null);
  if (account?.disabled !== true) return null;
  if (account.role === "student") return say("setup.ownAccountDisabled");
  return say("setup.staffOwnAccountDisabled", { name: account.name, id: account.id });
}
