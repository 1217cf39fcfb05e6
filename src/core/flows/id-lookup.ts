import { chatKey } from "../chat.js";
import type { FlowContext } from "./flow.js";

/**
 * Pays for one look-up of a typed user ID in the directory (set-up's ID prompt, the typed-ID reset's), before
 * it is made: the lookup's id (to give it back once it led to a link), until when this chat may look up no
 * more (its hour's 60, or its minute's CHAT_MAX_ID_LOOKUPS_PER_MINUTE: ten chat accounts must not fill the
 * school's minute), or `schoolBusy` when the whole school is at SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE (many chat
 * accounts, each within its own hour and minute; the admins are alerted). Counted the same for every ID, real or made up, and the
 * refusals' words are the chat's own pause's and "I'm very busy", so they tell nothing about the ID. Without
 * it "/setup", an ID, "/setup", another ID... cost the typist nothing and the school's directory a
 * connection, a login and two searches each.
 */
export async function payIdLookup(
  ctx: FlowContext,
): Promise<{ lookupId: string } | { pausedUntil: number } | { schoolBusy: true }> {
  const paid = await ctx.deps.limits.payIdLookup(ctx);
  if (paid.refused === "chat") return { pausedUntil: paid.until };
  if (paid.refused === "school") return { schoolBusy: true };
  return { lookupId: paid.id };
}

/**
 * Gives back the lookup that led to the person's first link (her right password proved the ID), to the chat
 * and to the school's minute (sent together, one id names both): a child's own set-up then keeps no counter
 * in Redis, and a class setting up together does not fill the school's minute. Once a person: lookups that
 * led nowhere, or to a link that could be made again (relinked after /logout, moved from another chat), stay
 * counted.
 */
export function giveBackIdLookup(ctx: FlowContext, lookupId: string | undefined): Promise<void> {
  if (lookupId === undefined) return Promise.resolve();
  const { limits, logger } = ctx.deps;
  return Promise.all([
    limits.forget("id-lookups", chatKey(ctx.chat), { id: lookupId }),
    limits.forget("school-id-lookups", "school", { id: lookupId }),
  ]).then(
    () => undefined,
    (error: unknown) => {
      logger.warn({ err: error }, "could not give back a user ID lookup");
    },
  );
}
