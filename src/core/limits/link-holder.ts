import { chatKey } from "../chat.js";
import type { FlowContext } from "../flows/flow.js";
import type { AuditEvent } from "../ports/audit-log.js";

/** Enough of a person's trail for both of its rings (her own chat's 20, the 10 others caused). */
const TRAIL_READ = 30;

/** The chat that links a person now, and since when, as a link-paused alert names them. */
export interface LinkHolder {
  /** The chat's key, as the other alerts name chats ("telegram:555"). */
  linked?: string;
  /** When that chat linked her ("2026-03-02 08:05", UTC), while her trail still keeps it. */
  linkedSince?: string;
}

/** Her trail's newest link made by `chat` (a link or a link moved there), newest first as read. */
function linkedAt(trail: readonly AuditEvent[], chat: string): number | undefined {
  return trail.find(
    (e) => e.actor === chat && ((e.event === "link" && e.outcome === "ok") || e.event === "relink"),
  )?.at;
}

/**
 * Who holds the link of an ID whose set-up was just paused: a classmate who saw the password before the
 * student set up, linked her to his chat, and now keeps her own set-up paused with wrong passwords from
 * other chats, shows up here, though his chat typed none of them. Read only when such a pause starts (rare),
 * after the reply (a real ID must not answer slower than a made-up one), never on a student's ordinary
 * step; a store that does not answer leaves the alert as it was.
 */
export async function linkHolder(ctx: FlowContext, personId: string): Promise<LinkHolder> {
  try {
    const [chat, trail] = await Promise.all([
      ctx.deps.store.linkedChat(personId),
      ctx.deps.store.auditTrailOf(personId, TRAIL_READ),
    ]);
    if (chat === null) return {};
    const linked = chatKey(chat);
    const at = linkedAt(trail, linked);
    if (at === undefined) return { linked };
    return { linked, linkedSince: new Date(at).toISOString().slice(0, 16).replace("T", " ") };
  } catch (error) {
    ctx.deps.logger.warn({ err: error }, "could not read which chat holds a paused ID's link");
    return {};
  }
}
