import type { CoreDeps } from "./core-deps.js";
import { DIRECTORY_SUBJECT } from "./ports/alerts.js";
import { DirectorySizeLimitError, DirectoryUnavailableError, StoreUnavailableError } from "./errors.js";
import { say } from "./flows/flow.js";
import type { Reply } from "./messages.js";
import type { Logger } from "../logging/create-logger.js";

/**
 * Turns an error no step handled into words for the user, logs it, and tells the admins when the
 * directory is down. Use it wherever a turn fails: the user always hears what to do next.
 */
export function explainError(deps: Pick<CoreDeps, "logger" | "alerts">, error: unknown): Reply {
  const { logger, alerts } = deps;
  // Only staff ask for whole class lists. The directory answers: no outage alert, but what IT must raise.
  if (error instanceof DirectorySizeLimitError) {
    logger.error({ err: error }, "the directory's size limit for the bot's account cut a class list short");
    return say("report.directorySizeLimit");
  }
  if (error instanceof DirectoryUnavailableError) {
    logOutage(logger, error, "the directory is unavailable");
    const details: Record<string, string> = { error: error.message };
    if (error.fault !== undefined) details.fault = error.fault;
    // A setting the directory refuses is its own event: once the admin has fixed one, the next is news.
    const episode = error.fault === undefined ? {} : { episode: error.fault };
    alerts.raise({ kind: "directory-error", subject: DIRECTORY_SUBJECT, ...episode, details });
    return say("error.directoryDown");
  }
  if (error instanceof StoreUnavailableError) {
    // No alert from here: the app's store told its health check already, which tells the admins once per
    // outage, after a grace (an alert per failed step would flood them, and their repeat check is in Redis).
    logOutage(logger, error, "the store is unavailable");
    return say("error.storeDown");
  }
  logger.error({ err: error }, "unexpected error while handling a message");
  return say("error.unexpected");
}

/**
 * A step that met the directory or Redis not answering: an expected condition, which their health checks
 * report once per outage (directory_down, store_down), so one warn line with what it met. Its stack says
 * nothing an admin can act on, and an outage would write one per student's step: it is kept at debug.
 */
function logOutage(
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
