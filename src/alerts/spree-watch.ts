import type { AlertsSettings } from "../config/alerts-settings.js";
import type { Alerts } from "../core/ports/alerts.js";
import type { SpreeWatch } from "../core/ports/spree-watch.js";
import type { Store } from "../core/ports/store.js";
import type { Logger } from "../logging/create-logger.js";

/**
 * The spree rule: every failed reset counts school-wide; when at least `spree.minFailures` of them, over at
 * least `spree.minStudents` students, fall within `spree.windowMs`, the admins get ONE "failure-spree" alert
 * (subject "school"), and no other until `dedupeMs` has passed, however many failures follow. The count
 * lives in the store, so replicas add up together. Give the result to the core as `deps.spree`.
 */
export function watchForSpree(
  store: Pick<Store, "recordSpreeFailure">,
  alerts: Alerts,
  settings: Pick<AlertsSettings, "spree" | "dedupeMs">,
  logger: Logger,
): SpreeWatch {
  const { minFailures, minStudents, windowMs } = settings.spree;
  const limits = { maxFailures: minFailures, maxSubjects: minStudents, windowMs, blockMs: settings.dedupeMs };
  return {
    async recordFailedReset(subject, now) {
      try {
        const result = await store.recordSpreeFailure(subject, now, limits);
        if (!result.blockedNow) return;
        alerts.raise({
          kind: "failure-spree",
          subject: "school",
          details: {
            failures: result.failures,
            students: minStudents,
            minutes: Math.round(windowMs / 60_000),
          },
        });
      } catch (error) {
        // The student's dialog goes on: missing one count is better than failing their reset.
        logger.warn({ err: error }, "could not count a failed reset towards the spree watch");
      }
    },
  };
}
