import type { DialogName } from "./dialog-state.js";
import { say } from "./flows/flow.js";
import type { Reply } from "./messages.js";

/**
 * A dialog that expires unfinished (DIALOG_IDLE_MINUTES, DIALOG_MAX_MINUTES) is told of at the next message.
 * What to say depends on what expired: most dialogs changed nothing, but the practice round comes after
 * set-up saved the answers. So each save leaves a marker of what the dialog was, a one-digit number: the
 * store keeps it for a day after the dialog, and Redis keeps a small number inside the key's own object (a
 * letter would cost 16 bytes more; test/services/redis-memory.test.ts measures it).
 */

/** The practice round's steps: set-up has saved the answers by then. */
export const AFTER_SETUP_SAVED: ReadonlySet<DialogName> = new Set([
  "setup.practiceOffer",
  "setup.practice",
  "setup.practiceFix",
]);

/** Nothing was saved (the marker's value before it told kinds apart, so an older marker reads the same). */
const NOTHING_SAVED = "1";
/** Set-up saved the answers before this dialog. */
const ANSWERS_SAVED = "2";

/** The marker a dialog in this state leaves, for the notice if it expires. */
export function expiryMarkerOf(state: DialogName): string {
  return AFTER_SETUP_SAVED.has(state) ? ANSWERS_SAVED : NOTHING_SAVED;
}

/** "We stopped because you were away", and what that means for what the dialog did. */
export function timedOutNotice(marker: string): Reply {
  return say(marker === ANSWERS_SAVED ? "chat.timedOutSaved" : "chat.timedOut");
}
