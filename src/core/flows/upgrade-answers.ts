import { upgradedEnrolment } from "../answers/enrolment-upgrade.js";
import { audit } from "../audit.js";
import type { StateOf } from "../dialog-state.js";
import type { FlowContext } from "./flow.js";

/**
 * After a successful reset of an enrolment of an older answer normalisation, stores the answers' hashes of
 * the current version (made while the student answered). Changes nothing if the enrolment changed
 * meanwhile. A failure here is logged, never shown: the password is already set.
 */
export async function upgradeAnswers(
  ctx: FlowContext,
  personId: string,
  upgrade: StateOf<"reset.choose">["upgrade"],
): Promise<void> {
  if (upgrade === undefined) return;
  const { store, logger } = ctx.deps;
  try {
    // UPGRADE-CAS: a compare-and-set on the person's version (any link, set-up, clearing or reset since
    // the version was read makes the write refuse). When the store offers a compare-and-set of the
    // enrolment itself (packed hashes, re-hash after reset), switch these calls to it; the rule of what
    // to write stays upgradedEnrolment.
    const version = await store.personVersion(personId);
    const stored = await store.getEnrolment(personId);
    const checked = { enrolledAt: upgrade.enrolledAt, normalisationVersion: upgrade.fromVersion };
    const next = upgradedEnrolment(checked, stored, upgrade.hashes);
    if (next === null) return;
    if (!(await store.saveEnrolmentIfUnchanged(personId, next, version))) return;
    await audit(
      ctx,
      "answers-upgraded",
      personId,
      "info",
      `normalisation ${upgrade.fromVersion} to ${next.normalisationVersion}`,
    );
  } catch (error) {
    logger.warn({ err: error, subject: personId }, "could not upgrade the answers' normalisation");
  }
}
