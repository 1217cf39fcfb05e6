import { chatKey } from "../chat.js";
import type { FlowContext } from "./flow.js";

/**
 * Pays for one look-up of a typed user ID in the directory (set-up's ID prompt, the typed-ID reset's), before
 * it is made: the lookup's id (to give it back once it led to a link), or until when this chat may look up no
 * more. Counted the same for every ID, real or made up, and the refusal's words are the chat's own pause's,
 * so they tell nothing about the ID. Without it "/setup", an ID, "/setup", another ID... cost the typist
 * nothing and the school's directory a connection, a login and two searches each.
 */
export async function payIdLookup(ctx: FlowContext): Promise<{ lookupId: string } | { pausedUntil: number }> {
  const counted = await ctx.deps.limits.fail(ctx, "id-lookups", chatKey(ctx.chat));
  return counted.counted ? { lookupId: counted.id } : { pausedUntil: counted.blockedUntil ?? ctx.now };
}

/**
 * Gives back the lookup that led to a new link (her right password proved the ID): a child's own set-up then
 * keeps no counter in Redis, and only lookups that led nowhere, or to a link the chat had already, stay
 * counted against the chat.
 */
export function giveBackIdLookup(ctx: FlowContext, lookupId: string | undefined): Promise<void> {
  if (lookupId === undefined) return Promise.resolve();
  return ctx.deps.limits.forget("id-lookups", chatKey(ctx.chat), { id: lookupId }).catch((error: unknown) => {
    ctx.deps.logger.warn({ err: error }, "could not give back a user ID lookup");
  });
}
