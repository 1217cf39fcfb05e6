import { end, minutesUntil, say, type FlowContext, type Transition } from "./flow.js";

/**
 * Pays for one answer check before the argon2 work is done, the same for every id and every dialog: the
 * chat's budget and the school's. Null when the check may go ahead; otherwise the dialog ends with why.
 */
export async function chargeAnswerCheck(ctx: FlowContext): Promise<Transition | null> {
  const refusal = await ctx.deps.limits.chargeAnswerCheck(ctx);
  if (refusal === null) return null;
  if (refusal.refused === "school") return end(say("error.tooBusy"));
  return end(say("reset.throttled", { minutes: minutesUntil(refusal.until, ctx.now) }));
}
