import type { Reply } from "../messages.js";
import type { BlocksAfterFailure } from "../limits/limits.js";
import { hoursUntil, say, waitUntil, type FlowContext } from "./flow.js";

/**
 * After a failed reset (or a failed practice reminder): the pause that is now in force, told at once with how
 * long it lasts and who can help, or null when nothing is paused. The student's own pause is told only in a
 * chat linked to them: elsewhere (the typed-ID route) it would say that the ID is a real, set-up student,
 * which a made-up ID's failures never say. The chat's pause is the same whoever's ID it tried.
 */
export async function pauseAfterFailure(
  ctx: FlowContext,
  personId: string | null,
  blocks: BlocksAfterFailure,
): Promise<Reply | null> {
  if (blocks.student !== null && personId !== null) {
    const linked = await ctx.deps.store.linkedPeople(ctx.chat);
    if (linked.includes(personId.trim().toLowerCase())) {
      return say("reset.pausedNow", { hours: hoursUntil(blocks.student, ctx.now) });
    }
  }
  if (blocks.chat !== null) return say("reset.throttled", waitUntil(blocks.chat, ctx.now));
  return null;
}

/**
 * After a failed reset that paused nothing: in the student's own linked chat, when the next wrong try would
 * pause her self-service reset by her window's limit (not her day's: see studentTriesLeft), "Careful: if your next try is wrong
 * too, you can't get a new password from me for about N hours", with her form teacher as the way that needs
 * no answers; else null. Only there: on the typed-ID route another chat would learn from it that the ID is a
 * real, set-up student.
 */
export async function lastTryWarning(
  ctx: FlowContext,
  personId: string | null,
  blocks: BlocksAfterFailure,
): Promise<Reply | null> {
  const rule = ctx.deps.limits.rules.student;
  if (personId === null || blocks.studentTriesLeft !== 1) return null;
  if (blocks.chat !== null || typeof rule.blockMs !== "number") return null;
  const linked = await ctx.deps.store.linkedPeople(ctx.chat);
  if (!linked.includes(personId.trim().toLowerCase())) return null;
  return say("reset.failedLastTry", { hours: hoursUntil(ctx.now + rule.blockMs, ctx.now) });
}
