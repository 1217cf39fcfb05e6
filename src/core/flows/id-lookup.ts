import { chatKey } from "../chat.js";
import type { FlowContext } from "./flow.js";

/**
 * Pays for one look-up of a typed user ID in the directory (set-up's ID prompt, the typed-ID reset's), before
 * it is made: null when it may go ahead, else until when this chat may look up no more. Counted the same for
 * every ID, real or made up, and the refusal's words are the chat's own pause's, so they tell nothing about
 * the ID. Without it "/setup", an ID, "/setup", another ID... cost the typist nothing and the school's
 * directory a connection, a login and two searches each.
 */
export async function idLookupPausedUntil(ctx: FlowContext): Promise<number | null> {
  const counted = await ctx.deps.limits.fail(ctx, "id-lookups", chatKey(ctx.chat));
  return counted.counted ? null : (counted.blockedUntil ?? ctx.now);
}
