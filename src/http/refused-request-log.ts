import type { Logger } from "../logging/create-logger.js";
import { LogThrottle } from "../logging/log-throttle.js";

/**
 * A request refused before anything is read (no webhook secret, no signature) is logged at most once in this
 * long: anyone who finds the address can send them as fast as they like, and the log must not fill with them.
 */
export const REFUSED_REQUEST_LOG_MS = 60_000;

/**
 * Writes a warning for a refused request at most once per REFUSED_REQUEST_LOG_MS (by `clock`, the app's),
 * with how many were left out since the line before (`notLogged`, on the next line written: a flood's last
 * minute is told only if another refused request comes).
 */
export function refusedRequestLog(
  logger: Logger,
  clock: () => number = Date.now,
): (fields: Record<string, unknown>, message: string) => void {
  const throttle = new LogThrottle();
  return (fields, message) => {
    const leftOut = throttle.admit("refused", clock(), REFUSED_REQUEST_LOG_MS);
    if (leftOut !== null) logger.warn({ ...fields, ...leftOut }, message);
  };
}
