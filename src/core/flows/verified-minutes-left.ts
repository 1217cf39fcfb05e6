import type { FlowContext } from "./flow.js";

const MINUTE = 60_000;

/** Fewer minutes than this left, and "try again in a few minutes" may come after the dialog has ended. */
export const FEWEST_MINUTES_PROMISED = 5;

/**
 * How many whole minutes a verified student may wait and still not answer her questions again: the idle
 * limit from now, but never past the dialog's lifetime (DIALOG_MAX_MINUTES since it began), which ends it
 * however recently she wrote. Null when that is under FEWEST_MINUTES_PROMISED: too short to promise.
 */
export function verifiedMinutesLeft(ctx: FlowContext): number | null {
  const { dialogIdleSeconds, dialogMaxMs } = ctx.deps.settings;
  const idle = Math.floor(dialogIdleSeconds / 60);
  const startedAt = ctx.dialogStartedAt ?? ctx.now;
  const beforeLifetime = Math.floor((startedAt + dialogMaxMs - ctx.now) / MINUTE);
  const minutes = Math.min(idle, beforeLifetime);
  return minutes < FEWEST_MINUTES_PROMISED ? null : minutes;
}
