import { say, type FlowContext } from "./flows/flow.js";
import { newPasswordEventSince } from "./flows/staff/new-password-meanwhile.js";
import type { Reply } from "./messages.js";

const HOUR_MS = 3600_000;

/**
 * What the chat's next turn says first after a new password it could not show (ChatTurn's
 * `passwordNotShown`): that it was changed, about when, and what to do. None when there is no such note, or
 * when she was given a newer password since (a teacher's guided reset, her own reset elsewhere): "type
 * /reset" would replace the password she now has. Her trail is read only when there is a note.
 */
export async function passwordNotShownNotice(
  ctx: FlowContext,
  note: { at: number; personId: string } | undefined,
): Promise<Reply[]> {
  if (note === undefined) return [];
  // After the note: the reset it is about was audited before it (at the same time on a test's frozen clock).
  const newer = await newPasswordEventSince(ctx, note.personId, note.at + 1).catch(() => undefined);
  if (newer !== undefined) return [];
  const hours = Math.max(0, Math.floor((ctx.now - note.at) / HOUR_MS));
  return [say("reset.notShownBefore", { id: note.personId, hours, days: Math.floor(hours / 24) })];
}
