import type { CoreDeps } from "./core/core-deps.js";
import { checkSetupSpray } from "./core/limits/setup-spray.js";

/** Looked at this often by each replica: one small script, on no student's step. */
const LOOK_EVERY_MS = 10 * 60_000;

/**
 * Looks for a password spray at set-up (see core/limits/setup-spray.ts) every 10 minutes, besides at each
 * wrong password: a spray that stopped before its IDs settled is alerted within 10 minutes of their
 * settling, not at the school's next wrong password, which may be days off. Returns a stop function.
 */
export function scheduleSetupSprayCheck(deps: CoreDeps): () => void {
  const timer = setInterval(() => {
    checkSetupSpray(deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, "could not look for a password spray at set-up; looked again later"),
    );
  }, LOOK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
