import type { CoreDeps } from "./core/core-deps.js";
import { sendDueReminders } from "./core/flows/practice-reminder-flow.js";

/** Looked at this often; the first replica to look on a given day sends that day's reminders. */
const LOOK_EVERY_MS = 60 * 60_000;
/**
 * And once this soon after the start, so a bot restarted more often than hourly (deploys, a supervisor's
 * restarts) still sends them; a day's mark in Redis keeps it to once a day.
 */
const FIRST_LOOK_MS = 60_000;

/** Sends the practice reminders as they fall due (PRACTICE_REMINDER_DAYS). Returns a stop function. */
export function scheduleReminders(deps: CoreDeps): () => void {
  if (deps.settings.practiceReminderDays <= 0) return () => undefined;
  const look = () => {
    sendDueReminders(deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, "could not send the practice reminders; they are tried again later"),
    );
  };
  const first = setTimeout(look, FIRST_LOOK_MS);
  const timer = setInterval(look, LOOK_EVERY_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
