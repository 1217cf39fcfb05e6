import type { Reply } from "../../messages.js";
import { say, type FlowContext } from "../flow.js";
import { MAX_ID_LENGTH } from "../typed-id.js";

/**
 * An admin's words for an id that more than one directory entry has (a botched import), which the bot acts
 * on for nobody: "check it and try again" would be wrong, as the ID is right and only IT can fix the
 * directory. Null for any other id. Ask only where the directory found nobody, and only for an admin: a
 * teacher gets the same words for every id outside her classes, so that she cannot probe which ids exist.
 */
export async function sharedIdNotice(ctx: FlowContext, id: string): Promise<Reply | null> {
  if (id === "" || id.length > MAX_ID_LENGTH) return null;
  const presence = await ctx.deps.directory.accountPresence(id);
  return presence === "several" ? say("staff.sharedId", { id }) : null;
}
