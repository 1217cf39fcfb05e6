import type { Person } from "../../ports/directory.js";
import type { FlowContext } from "../flow.js";

/**
 * A chat linked only to staff (a teacher's own phone) acts for her without a password, but only while her
 * password was typed there recently: a pupil may pick up her unlocked phone. After
 * STAFF_PASSWORD_AGAIN_MINUTES without it, a staff command asks for it again (staff-step-up.ts); 0 never
 * asks there. A phone shared with a student asks at every command, whatever this says.
 */

/**
 * Whether `actor`'s password in this chat is older than the window: a staff command asks for it first, and
 * a staff conversation's next step stops (define-step.ts).
 */
export async function staffPasswordDue(ctx: FlowContext, actor: Pick<Person, "id">): Promise<boolean> {
  const windowMs = ctx.deps.settings.staffPasswordAgainMs;
  if (windowMs === 0) return false;
  const provenAt = await ctx.deps.store.staffPasswordProvenAt(ctx.chat, actor.id);
  return provenAt === null || ctx.now - provenAt > windowMs;
}

/**
 * Notes that `staffId` typed her right password in this chat just now (at /setup, or when a staff command
 * asked). A proof that cannot be noted only means she is asked again: logged, never the user's error.
 */
export async function noteStaffPasswordProven(ctx: FlowContext, staffId: string): Promise<void> {
  const windowMs = ctx.deps.settings.staffPasswordAgainMs;
  if (windowMs === 0) return;
  await ctx.deps.store
    .noteStaffPasswordProven(ctx.chat, staffId, ctx.now, windowMs)
    .catch((error: unknown) => {
      ctx.deps.logger.warn({ err: error, subject: staffId }, "could not note a staff password proven");
    });
}

/** The window, in whole minutes, as the prompt says it. */
export function staffPasswordAgainMinutes(ctx: FlowContext): number {
  return Math.round(ctx.deps.settings.staffPasswordAgainMs / 60_000);
}
