import type { CoreDeps } from "./core-deps.js";
import { DIRECTORY_SUBJECT } from "./ports/alerts.js";
import { DirectorySizeLimitError, DirectoryUnavailableError, StoreUnavailableError } from "./errors.js";
import { say } from "./flows/flow.js";
import type { Reply } from "./messages.js";
import { logOutage } from "./log-outage.js";

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
