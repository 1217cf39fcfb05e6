import type { Reply } from "../../messages.js";
import type { Person } from "../../ports/directory.js";
import { say, type FlowContext } from "../flow.js";
import { MAX_ID_LENGTH } from "../typed-id.js";
import { listedInOwnClasses } from "./own-class-lists.js";

/**
 * An admin's words for an id that more than one directory entry has (a botched import), which the bot acts
 * on for nobody: "check it and try again" would be wrong, as the ID is right and only IT can fix the
 * directory. Null for any other id. Ask only where the directory found nobody, and only for an admin: a
 * teacher asks sharedIdInOwnClasses.
 */
export async function sharedIdNotice(ctx: FlowContext, id: string): Promise<Reply | null> {
  if (id === "" || id.length > MAX_ID_LENGTH) return null;
  const presence = await ctx.deps.directory.accountPresence(id);
  return presence === "several" ? say("staff.sharedId", { id }) : null;
}

/**
 * A teacher's words for an id several entries share, when her own class lists show a student with it (as
 * /coverage shows her): that child is told to ask her, so "not your student, check the ID" would be a dead
 * end. Null for any other id. Her class lists are read whatever the id (or kept ones, see own-class-lists.ts, whatever
 * the id too), so every id outside her classes costs the same work and gets the same words: she learns nothing
 * about ids her lists do not show her. A list the directory could not give shows no id: she is told what
 * any id gets, not that the directory failed.
 */
export async function sharedIdInOwnClasses(
  ctx: FlowContext,
  teacher: Person,
  id: string,
): Promise<Reply | null> {
  return (await listedInOwnClasses(ctx, teacher, id)) === "listed" ? sharedIdNotice(ctx, id) : null;
}
