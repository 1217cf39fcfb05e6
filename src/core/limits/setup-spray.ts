import { isMadeUpSubject } from "../flows/subject.js";
import type { CoreDeps } from "../core-deps.js";
import type { FlowContext } from "../flows/flow.js";

/**
 * A slow password spray at /setup (a few chats, a couple of classmates' IDs each an hour, one wrong password
 * each) stays under every limit of one chat and of one ID. A class setting up together has wrong passwords
 * across many IDs too; but a child who mistypes hers links soon after, and the IDs a spray tries do not. So
 * the admins are alerted (`setup-spray`) when, within SETUP_SPRAY_WINDOW_HOURS, at least
 * SETUP_SPRAY_MIN_IDS real IDs had a wrong password and did not link within LINK_FAILURE_WINDOW_MINUTES of
 * the first, and they are at least SETUP_SPRAY_MIN_SHARE_PERCENT of the IDs with a wrong password that did
 * settle (linked or not). IDs that match nobody are no classmate's: a mistyped ID counts for nothing. Within
 * the window it alerts again only once the IDs not linked are at least twice those of its last alert: an
 * early alert at ~10 IDs must not leave the rest of the day's spray unheard, and a trickle adds no alert.
 *
 * Counted on the wrong-password path only, beside the chat's own count; a right password pays one more write
 * only when its ID had a wrong one within the link window (one of its set-up tries was still counted), never
 * on a child's set-up that went right the first time.
 */
export async function noteWrongSetupPassword(ctx: FlowContext, subject: string): Promise<void> {
  // A made-up ID gets the same work (a round trip that adds nothing), so timing tells nothing about it.
  await lookForSpray(ctx.deps, isMadeUpSubject(subject) ? null : subject, ctx.now);
}

/**
 * The same look with no wrong password (the bot's regular look, see setup-spray-schedule.ts): a spray that
 * stopped before its IDs settled has no later wrong password to be seen at, and is alerted here.
 */
export function checkSetupSpray(deps: CoreDeps): Promise<void> {
  return lookForSpray(deps, null, deps.clock());
}

async function lookForSpray(deps: CoreDeps, wrongPasswordOf: string | null, now: number): Promise<void> {
  const rule = deps.settings.reset.setupSpray;
  const reading = await deps.store.lookForSetupSpray(wrongPasswordOf, now, rule);
  if (!reading.alertNow) return;
  deps.alerts.raise({
    kind: "setup-spray",
    subject: "school",
    // Each doubled count is news: with one episode for all, the alert service would drop one within its
    // dedupe window, and the store already keeps this count as the one to double next.
    episode: String(reading.notLinked),
    details: {
      notLinked: reading.notLinked,
      linked: reading.linked,
      hours: Math.round(rule.windowMs / 3_600_000),
    },
  });
}

/**
 * Her right password came after wrong ones for her ID (`triesInWindow`: her set-up tries still counted,
 * this one included): she is the child who mistyped, not a sprayed classmate. Nothing to do otherwise.
 */
export async function noteLinkAfterWrongPassword(
  ctx: FlowContext,
  personId: string,
  triesInWindow: number,
): Promise<void> {
  if (triesInWindow <= 1) return;
  await ctx.deps.store
    .noteLinkAfterWrongPassword(personId, ctx.now, ctx.deps.settings.reset.setupSpray)
    .catch((error: unknown) => {
      ctx.deps.logger.warn({ err: error }, "could not note a set-up that linked after a wrong password");
    });
}
