import type { MessageKey } from "../core/i18n/en.js";
import { STAFF_TWINS } from "../core/i18n/register.js";
import type { Reply } from "../core/messages.js";

/** Another turn of the chat was under way (maybe on another replica): the press was not read. */
const BUSY_KEYS: ReadonlySet<MessageKey> = new Set([
  "chat.busy",
  STAFF_TWINS["chat.busy"],
  "chat.interruptedPress",
  STAFF_TWINS["chat.interruptedPress"],
]);

/**
 * A button press answered "please try again": something failed (an `error.*` reply), the chat was busy, or
 * the press's first delivery was interrupted.
 * Nothing was done, so the pressed button is still the one to press, and its message keeps its buttons.
 */
export function pressNotTaken(replies: readonly Reply[]): boolean {
  return replies.some((reply) => reply.text.key.startsWith("error.") || BUSY_KEYS.has(reply.text.key));
}
