import type { CoreDeps } from "./core/core-deps.js";
import { checkSprays } from "./core/limits/spray.js";

/** Looked at this often by each replica: one small script a watch, on no student's step. */
const LOOK_EVERY_MS = 10 * 60_000;

/**
 * Looks for a spray at set-up and at reset (see core/limits/spray.ts) every 10 minutes, besides at each
 * wrong try: a spray that stopped before its IDs settled is alerted within 10 minutes of their settling, not
 * at the school's next wrong try, which may be days off. Returns a stop function.
 */
export function scheduleSprayChecks(deps: CoreDeps): () => void {
  const timer = setInterval(() => {
    checkSprays(deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, "could not look for a spray at set-up or reset; looked again later"),
    );
  }, LOOK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
