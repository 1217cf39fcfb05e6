import { end, minutesUntil, say, type FlowContext, type Transition } from "./flow.js";

/**
 * Pays for one answer check before the argon2 work is done, the same for every id and every dialog: the
 * chat's budget and the school's. Null when the check may go ahead; otherwise the dialog ends with why.
 * Set-up's hashing (after a proven password) pays the chat's budget only: the school's guards against
 * floods of unproven checks, and must not hold back a class setting up together at the start of term.
 */
export async function chargeAnswerCheck(
  ctx: FlowContext,
  scope: "chat-and-school" | "chat" = "chat-and-school",
): Promise<Transition | null> {
  const refusal = await ctx.deps.limits.chargeAnswerCheck(ctx, scope);
  if (refusal === null) return null;
  if (refusal.refused === "school") return end(say("error.tooBusy"));
  return end(say("reset.throttled", { minutes: minutesUntil(refusal.until, ctx.now) }));
}
