import type { DialogState } from "../dialog-state.js";
import { readAnswer } from "./answer-check.js";
import { end, minutesUntil, say, stay, type FlowContext, type Transition } from "./flow.js";

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

/**
 * The opening of every answer step that checks an enrolled answer (reset, guided, the practice reminder):
 * the typed answer read (input-only: an empty one is asked again, free), then one answer check paid for.
 * Either the answer to check, or the transition that repeats or ends the step.
 */
export async function paidAnswer(
  ctx: FlowContext,
  state: DialogState,
  typed: string,
): Promise<{ ok: true; answer: string } | { ok: false; transition: Transition }> {
  const read = readAnswer(typed);
  if (!read.ok) return { ok: false, transition: stay(state, read.problem) };
  const refusal = await chargeAnswerCheck(ctx);
  if (refusal !== null) return { ok: false, transition: refusal };
  return { ok: true, answer: read.answer };
}
