import { audit } from "../audit.js";
import { end, say, type FlowContext, type Transition } from "./flow.js";
import { overtakenByGuidedReset } from "./overtaken-by-guided.js";

/** Her whole protected trail: 20 of her own chat's events and 10 that others caused. */
const TRAIL_READ = 30;

/**
 * A verified student's reset whose account changed before her new password was set, told as what happened:
 * a teacher's guided reset (use that password; /setup if it unlinked this chat), or her answers cleared
 * (her password is as it was; /reset cannot work until she sets up again, which needs her teacher's help
 * first). Null when neither explains the change: she hears the general "something changed" words.
 * `ownChat`: the reset began in her own linked chat (not the typed-id route).
 */
export async function changedWhileVerified(
  ctx: FlowContext,
  personId: string,
  ownChat: boolean,
): Promise<Transition | null> {
  const overtaken = await overtakenByGuidedReset(ctx, personId, { verified: true, ownChat });
  if (overtaken !== null) return overtaken;
  const since = ctx.dialogStartedAt ?? ctx.now - ctx.deps.settings.dialogMaxMs;
  const trail = await ctx.deps.store.auditTrailOf(personId, TRAIL_READ);
  const cleared = trail.some((e) => e.at >= since && e.event === "answers-cleared" && e.outcome === "ok");
  if (!cleared) return null;
  // Audited as any change of her account is: the clearing has its own entry just before.
  await audit(ctx, "reset-interrupted", personId, "refused", "changed");
  return end(say("reset.answersClearedMeanwhile"));
}
