import type { Logger } from "../logging/create-logger.js";
import { DirectoryUnavailableError, type StoreUnavailableError } from "./errors.js";

/**
 * A step (or a background job) that met the directory or Redis not answering: an expected condition, which their health checks
 * report once per outage (directory_down, store_down), so one warn line with what it met. Its stack says
 * nothing an admin can act on, and an outage would write one per student's step: it is kept at debug.
 */
export function logOutage(
  logger: Logger,
  error: DirectoryUnavailableError | StoreUnavailableError,
  msg: string,
): void {
  const fault =
    error instanceof DirectoryUnavailableError && error.fault !== undefined ? { fault: error.fault } : {};
  logger.warn({ event: error.code, reason: whatItMet(error), ...fault }, msg);
  logger.debug({ err: error }, `${msg} (the stack, for a developer)`);
}

/** The error's words, and its cause's when they add something (Redis's "connect ECONNREFUSED ..."). */
function whatItMet(error: Error): string {
  const cause = error.cause instanceof Error ? (error.cause.message.split("\n")[0] ?? "") : "";
  return cause === "" || error.message.includes(cause) ? error.message : `${error.message}: ${cause}`;
}
