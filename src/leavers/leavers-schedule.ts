import type { Alerts } from "../core/ports/alerts.js";
import type { Dedupe } from "../core/ports/dedupe.js";
import { removeLeavers, TooManyLeaversError, type LeaversDeps } from "./remove-leavers.js";

const HOUR_MS = 3_600_000;

/**
 * Runs the leavers job every `intervalHours` (LEAVERS_INTERVAL_HOURS), on one replica per interval: the
 * replica that first marks the interval in the store does it. A run that fails (directory down, too many
 * missing) is logged and tried again next interval. Too many missing is also an admin alert: it stops every
 * run the same way until an admin checks the directory settings and runs the tool with --force (at the end
 * of a school year, a year group's leavers). Returns a stop function.
 */
export function scheduleLeavers(
  deps: LeaversDeps & { store: Dedupe; alerts: Alerts },
  intervalHours: number,
): () => void {
  const intervalMs = intervalHours * HOUR_MS;
  const tick = async () => {
    try {
      const slot = Math.floor(deps.clock() / intervalMs);
      if (!(await deps.store.markUpdateSeen(`leavers-run:${slot}`, intervalMs / 1000))) return;
      await removeLeavers(deps);
    } catch (error) {
      if (error instanceof TooManyLeaversError) {
        const details = { missing: error.missing, checked: error.checked };
        deps.alerts.raise({ kind: "leavers-refused", subject: "leavers", details });
      }
      deps.logger.error(
        { err: error, event: "leavers_failed" },
        "the leavers job did not run; it tries again later",
      );
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
