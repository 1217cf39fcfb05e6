import { say } from "./flows/flow.js";
import type { Reply } from "./messages.js";

const HOUR_MS = 3600_000;

/**
 * What the chat's next turn says first after a new password it could not show (ChatTurn's
 * `passwordNotShown`): that it was changed, about when, and what to do. None when there is no such note.
 */
export function passwordNotShownNotice(
  note: { at: number; personId: string } | undefined,
  now: number,
): Reply[] {
  if (note === undefined) return [];
  const hours = Math.max(0, Math.floor((now - note.at) / HOUR_MS));
  return [say("reset.notShownBefore", { id: note.personId, hours, days: Math.floor(hours / 24) })];
}
