import { isMadeUpSubject } from "../flows/subject.js";
import type { CoreDeps } from "../core-deps.js";
import type { FlowContext } from "../flows/flow.js";
import type { AlertKind } from "../ports/alerts.js";
import type { SprayRule, SprayWatch } from "../ports/spray.js";

/**
 * A slow spray stays under every limit of one chat and of one ID: a few chats, a couple of classmates' IDs
 * each an hour, one wrong try each. At /setup it tries their passwords; at /reset their answers (from any
 * chat on the typed-ID route; many children's own chats failing at once is worth an admin's look too, and a
 * stolen phone against its one child is no spray: one ID). A class has wrong tries across many IDs too; but
 * a child who mistypes links (set-up) or answers right (reset) soon after, or her teacher gives her a new
 * password (a guided reset), and the IDs a spray tries do not.
 *
 * So each watch alerts the admins (`setup-spray`, `reset-spray`) when, within its window (SETUP_SPRAY_* or
 * RESET_SPRAY_*), at least its MIN_IDS real IDs had a wrong try and did not settle within the hour of the
 * first (LINK_FAILURE_WINDOW_MINUTES, RESET_FAILURE_WINDOW_MINUTES), and they are at least its
 * MIN_SHARE_PERCENT of them and the IDs that settled after a wrong try together. IDs that match nobody are
 * no classmate's: a mistyped ID counts for nothing. Within the window it alerts again only once the IDs not
 * settled are at least twice those of its last alert: an early alert at ~10 IDs must not leave the rest of
 * the day's spray unheard, and a trickle adds no alert.
 *
 * A wrong try is counted beside the chat's own count; what settling costs is said at each note below. The
 * alert carries counts only: no ID, nothing typed.
 */
const WATCHES: Record<
  SprayWatch,
  {
    alert: AlertKind;
    rule: (deps: CoreDeps) => SprayRule;
    /** The alert's counts, by the names its message uses. */
    details: (unsettled: number, settled: number) => Record<string, number>;
  }
> = {
  setup: {
    alert: "setup-spray",
    rule: (deps) => deps.settings.reset.setupSpray,
    details: (notLinked, linked) => ({ notLinked, linked }),
  },
  reset: {
    alert: "reset-spray",
    rule: (deps) => deps.settings.reset.resetSpray,
    details: (notReset, reset) => ({ notReset, reset }),
  },
};

export async function noteWrongSetupPassword(ctx: FlowContext, subject: string): Promise<void> {
  // A made-up ID gets the same work (a round trip that adds nothing), so timing tells nothing about it.
  await lookForSpray(ctx.deps, "setup", isMadeUpSubject(subject) ? null : subject, ctx.now).catch(
    warnNotNoted(ctx, "could not note a wrong set-up password for the spray watch"),
  );
}

/**
 * A reset round failed. `checkedPersonId`: the student whose answers were checked and wrong; null when none
 * were (a made-up ID, a student not set up or suspended, right answers refused for another reason), given
 * the same work.
 */
export async function noteWrongResetAnswers(ctx: FlowContext, checkedPersonId: string | null): Promise<void> {
  await lookForSpray(ctx.deps, "reset", checkedPersonId, ctx.now).catch(
    warnNotNoted(ctx, "could not note wrong reset answers for the spray watch"),
  );
}

/**
 * The same look with no wrong try, for every watch (the bot's regular look, see spray-schedule.ts): a spray
 * that stopped before its IDs settled has no later wrong try to be seen at, and is alerted here.
 */
export async function checkSprays(deps: CoreDeps): Promise<void> {
  for (const watch of Object.keys(WATCHES) as SprayWatch[]) {
    await lookForSpray(deps, watch, null, deps.clock());
  }
}

async function lookForSpray(
  deps: CoreDeps,
  watch: SprayWatch,
  wrongTryOf: string | null,
  now: number,
): Promise<void> {
  const { alert, details } = WATCHES[watch];
  const rule = WATCHES[watch].rule(deps);
  const reading = await deps.store.lookForSpray(watch, wrongTryOf, now, rule);
  if (!reading.alertNow) return;
  deps.alerts.raise({
    kind: alert,
    subject: "school",
    // Each doubled count is news: with one episode for all, the alert service would drop one within its
    // dedupe window, and the store already keeps this count as the one to double next.
    episode: String(reading.unsettled),
    details: { ...details(reading.unsettled, reading.settled), hours: Math.round(rule.windowMs / 3_600_000) },
  });
}

/**
 * Her right password came after wrong ones for her ID (`triesInWindow`: her set-up tries still counted,
 * this one included): she is the child who mistyped, not a sprayed classmate. Nothing to do otherwise, so a
 * set-up that went right the first time pays no write.
 */
export async function noteLinkAfterWrongPassword(
  ctx: FlowContext,
  personId: string,
  triesInWindow: number,
): Promise<void> {
  if (triesInWindow <= 1) return;
  await noteSettled(ctx, "setup", personId, "could not note a set-up that linked after a wrong password");
}

/**
 * Her answers were right: if she had wrong ones within the window, she is the child who mistyped, not a
 * sprayed classmate. Paid on every right round (one small script; the reset's own count of her failures is
 * not read here), which are few a day.
 */
export async function noteRightResetAnswers(ctx: FlowContext, personId: string): Promise<void> {
  await noteSettled(ctx, "reset", personId, "could not note a reset that got through after wrong answers");
}

/**
 * Her form teacher (or an admin) gave her a new password: the child who forgot her answers and asked for
 * help, not a sprayed classmate (a spray cannot start a guided reset). Paid on every guided reset, which
 * are few and each alerted.
 */
export async function noteGuidedReset(ctx: FlowContext, personId: string): Promise<void> {
  await noteSettled(ctx, "reset", personId, "could not note a guided reset for the spray watch");
}

async function noteSettled(ctx: FlowContext, watch: SprayWatch, personId: string, failed: string) {
  await ctx.deps.store
    .noteSettledAfterWrongTry(watch, personId, ctx.now, WATCHES[watch].rule(ctx.deps))
    .catch(warnNotNoted(ctx, failed));
}

/**
 * The watches only advise the admins: a store that cannot note one (its node down on a Cluster) is logged,
 * and the step it rode on (a failed round counted and audited, a password told wrong) goes on.
 */
function warnNotNoted(ctx: FlowContext, failed: string): (error: unknown) => void {
  return (error) => {
    ctx.deps.logger.warn({ err: error }, failed);
  };
}
