import { chatKey } from "./chat.js";
import { withTheSave, type FlowContext } from "./flows/flow.js";
import { RELINKS_LISTED_A_DAY, type AuditEvent, type AuditTrail } from "./ports/audit-log.js";

/** The things that are audited; each is one line in the audit stream. */
export type AuditEventName =
  | "link"
  | "relink"
  | "unlink"
  | "enrol"
  | "reset-verify"
  | "reset"
  | "reset-suspended"
  | "reset-capped"
  | "staff-question-reset"
  | "chat-throttled"
  | "password-set"
  | "staff-refused"
  | "guided-reset"
  | "code-sent"
  | "code-stopped"
  | "unlock"
  | "answers-cleared"
  | "link-paused"
  | "audit-exported"
  | "reset-interrupted";

/**
 * Attempts: what anyone can cause for any id, as often as they like. They are only counted per person and
 * day, so they can never push a protected event (a staff action, a student's own link, set-up or reset) out
 * of the person's trail.
 */
const ATTEMPTS: ReadonlySet<AuditEventName> = new Set([
  "staff-question-reset",
  "chat-throttled",
  "staff-refused",
  // Anyone can cause one with three wrong passwords for any id.
  "link-paused",
  // The student's chat (or whoever holds the phone) can send /reset at the cap as often as it likes.
  "reset-capped",
]);

/** The note of a link proven again from the chat already linked to the person: an attempt (see isAttempt). */
export const ALREADY_LINKED_HERE = "already linked to this chat";

/**
 * The note of a wrong password typed for a staff command on a chat shared with a student (staff-step-up.ts):
 * a "staff-refused" attempt about the staff member, by the chat, as nobody proved to be her.
 */
export const STEP_UP_REFUSED = "wrong staff password on a chat shared with a student";

/**
 * The same, on a chat linked only to staff, where a staff command asks again once her password is older than
 * STAFF_PASSWORD_AGAIN_MINUTES (a pupil may hold the teacher's phone).
 */
export const STAFF_AGAIN_REFUSED = "wrong staff password asked again on a staff chat";

/** Whether an event, as stored (by any version), is an attempt: counted for its person, not in their trail. */
export function isAttempt(event: string, outcome: AuditEvent["outcome"]): boolean {
  if ((ATTEMPTS as ReadonlySet<string>).has(event)) return true;
  // An unlock that lifted nothing ("info"; one that lifted something is "ok"): a teacher can repeat it at will.
  if (event === "unlock" && outcome === "info") return true;
  // A /reset refused while suspended changes nothing, and the linked chat can send it at will.
  if (event === "reset" && outcome === "refused") return true;
  // Set-up proven again from the chat already linked to the person moves nothing; it can be repeated at will.
  if (event === "link" && outcome === "info") return true;
  // A new password the school refused (or could not set) changes nothing, and a verified reset may type
  // one after another until its dialog ends.
  if (event === "password-set" && (outcome === "refused" || outcome === "failed")) return true;
  // A failed reset or set-up password can come from any chat; a successful one only from the student's.
  return (event === "reset" || event === "link") && outcome === "failed";
}

function trailOf(event: AuditEventName, outcome: AuditEvent["outcome"]): AuditTrail {
  return isAttempt(event, outcome) ? "attempt" : "protected";
}

/**
 * A protected event that the person's own chat did not cause: a staff member's action on her (the actor is
 * named), her suspension (one per episode, whoever made the wrong rounds), or her link moved to another
 * chat (whose own links and unlinks of her must not push that move out of her trail).
 */
function causedByOthers(event: AuditEventName, actor: string | undefined): boolean {
  return actor !== undefined || event === "reset-suspended" || event === "relink";
}

/** The protected events a chat may repeat at will about a person it links (see AuditAppend.repeatable). */
const REPEATABLE: ReadonlySet<AuditEventName> = new Set(["link", "unlink", "enrol"]);

/** The subject filed for an ID that is nobody's (a typo, a made-up ID), never the words typed. */
export const UNKNOWN_ID = "unknown-id";

/** Subjects that are not a person: a made-up id's digest, "-", a class, the directory. */
function isPerson(subject: string): boolean {
  return subject !== "-" && subject !== UNKNOWN_ID && subject !== "directory" && !subject.includes(":");
}

/**
 * Writes an audit event (and the same line to the log). Never pass a secret: events hold ids and outcomes.
 * A failure to write is logged, not thrown: the student's action has already happened by then.
 */
export async function audit(
  ctx: FlowContext,
  event: AuditEventName,
  subject: string,
  outcome: AuditEvent["outcome"],
  reason?: string,
  /** Who did it, when known (a teacher's person id); the chat otherwise. */
  actor?: string,
  /**
   * A protected event that cannot happen twice for the person (her first link ever): listed with the events
   * that always reach the stream, though its kind (a link) is one a chat may repeat.
   */
  once?: "first-of-person",
): Promise<void> {
  const entry: AuditEvent = {
    at: ctx.now,
    event,
    actor: actor ?? chatKey(ctx.chat),
    subject,
    channel: ctx.chat.channel,
    outcome,
  };
  if (reason !== undefined) entry.reason = reason;
  ctx.deps.logger.info({ audit: entry }, `audit ${event} ${outcome}`);
  try {
    const trail = trailOf(event, outcome);
    const byOthers = trail === "protected" && causedByOthers(event, actor);
    const written = await ctx.deps.store.appendAudit(entry, {
      trail,
      ...(byOthers ? { byOthers: true } : {}),
      ...(trail === "protected" && !byOthers && REPEATABLE.has(event) && once === undefined
        ? { repeatable: event === "unlink" ? "counted" : "checked" }
        : {}),
      ...(event === "relink" ? { listedPerPersonADay: RELINKS_LISTED_A_DAY } : {}),
      chat: chatKey(ctx.chat),
      ...(isPerson(subject) ? { personId: subject } : {}),
      // What a teacher did to others, filed under her too (what she did to herself is about her already).
      ...(actor !== undefined && isPerson(actor) && actor.toLowerCase() !== subject.toLowerCase()
        ? { actorId: actor }
        : {}),
    });
    // Once a day for each stage (the store says which event was the first left out), whichever replica.
    if (written.filled !== undefined) {
      const day = new Date(ctx.now).toISOString().slice(0, 10);
      ctx.deps.alerts.raise({
        kind: "audit-full",
        subject: "audit",
        episode: `${day}:${written.filled}`,
        details: { day, left: written.filled },
      });
    }
  } catch (error) {
    ctx.deps.logger.error({ err: error, event }, "could not write an audit event");
  }
}

/**
 * audit(), written with the turn's save when the step runs in a turn (see WithSave): for an event whose
 * step has nothing left to ask the store, so that the audit costs no round trip of its own. Written before
 * the reply goes out and before the chat is unlocked, the same event with the same time; elsewhere (a job,
 * work after a reply) it is written at once.
 */
export async function auditWithSave(
  turn: FlowContext,
  ...event: Parameters<typeof audit> extends [FlowContext, ...infer Rest] ? Rest : never
): Promise<void> {
  await withTheSave(turn, () => audit(turn, ...event));
}
