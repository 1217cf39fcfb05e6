export interface AuditEvent {
  /** Milliseconds since the epoch. */
  at: number;
  event: string;
  /** Who did it: a person id, or a chat key when the person is not known. */
  actor: string;
  /** Whom it is about: a person id, or the id the user typed when none was found, or "-". */
  subject: string;
  channel: string;
  outcome: "ok" | "failed" | "refused" | "info";
  reason?: string;
}

/**
 * Protected events (staff actions, and a student's own link, set-up and resets) are kept in the person's
 * trail, newest 20, where nothing else can push them out; attempts (failed resets, ids typed by other
 * chats) are only counted per person and day. Both also go to the school-wide stream.
 */
export type AuditTrail = "protected" | "attempt";

export interface AuditAppend {
  trail: AuditTrail;
  /**
   * Attempts, and the protected events a chat may repeat at will (`repeatable`), are rate-limited in the
   * stream per chat (this chat key); over the rate they reach only the counters, or the person's trail.
   */
  chat: string;
  /** The person whose trail or counters this goes to; none for made-up ids and other subjects. */
  personId?: string;
  /**
   * The person who did it (a teacher), when a person and not the subject: the event is also filed under what
   * they did, so /audit of them reads their own events rather than the school's whole stream.
   */
  actorId?: string;
  /**
   * A protected event someone else caused (a staff action, a suspension): kept apart from the person's own
   * chat's events, which whoever knows her password can repeat (log out, link again), so those cannot push
   * it out of her trail, nor it hers.
   */
  byOthers?: boolean;
  /**
   * A protected event the chat causes about a person it links and may repeat at will, whoever knows her
   * password (a link, an unlink, a set-up): rate-limited in the stream as attempts are, so that one chat
   * cannot fill the day's share of it. A link moved from another chat (relink), a reset or a new password
   * never is: they are the evidence an admin looks for, and other limits bound them. "counted" (an unlink)
   * adds to the chat's rate; "checked" (a link, a set-up) is held to it without adding: a round of a
   * flood always has an unlink, and a student's set-up then keeps no counter in Redis.
   */
  repeatable?: "counted" | "checked";
  /**
   * Listed in the school-wide stream at most this many times a day for its person (a relink: one account
   * moved back and forth between two chats, never rate-limited, would fill the part of the share kept for
   * everyone's protected events); more are only counted for the day (see UnlistedDay), still kept in the
   * person's trail.
   */
  listedPerPersonADay?: number;
}

/**
 * How many moves of one person's link (relinks) a day lists in the school-wide stream: one account moved back
 * and forth between two chats would otherwise fill the part of the day's share kept for everyone's protected
 * events. More are only counted for the day; each is still kept in her trail, and still alerted.
 */
export const RELINKS_LISTED_A_DAY = 5;

export interface AuditAppendResult {
  /**
   * The day's share of the school-wide stream had no room for this event, so it was only counted for its
   * day (see UnlistedDay): attempts fill at most 90% of the share, and the rest is kept for the events that
   * always reach it. Nothing the day already holds is ever pushed out.
   */
  streamFull: boolean;
  /**
   * This was the day's first event left out of its kind: the first attempt ("attempts": the day reached 90%
   * of its share), or the first of any event ("all": the whole share is full). The admins are told of each.
   */
  filled?: "attempts" | "all";
  /** The chat is over its audit rate: the event went to the counters (or the person's trail) and the log only. */
  rateLimited: boolean;
}

/** The day an event counts on, as AttemptCount names it: "20260302" (UTC). */
export function attemptDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replaceAll("-", "");
}

/** How many attempts of one kind a person saw on one day (UTC). */
export interface AttemptCount {
  /** As attemptDay names it. */
  day: string;
  event: string;
  outcome: AuditEvent["outcome"];
  count: number;
}

/**
 * How many attempts of one kind about a person one actor made on one day, as the school-wide stream recorded
 * them (a chat over its audit rate is only counted, not recorded). `actor` "" is recorded attempts of actors
 * past the number kept by name for a person (a flood from many chats).
 */
export interface AttemptActorCount extends AttemptCount {
  actor: string;
}

/**
 * A day whose share of the school-wide stream was full: from when events were left out, and how many of each
 * kind. Attempts are left out first (from `from`); the events that always reach the stream only once the
 * whole share is full (from `allFrom`).
 */
export interface UnlistedDay {
  /** As attemptDay names it. */
  day: string;
  from: number;
  allFrom?: number;
  /** When the day first left out an event past its person's daily number (see AuditAppend.listedPerPersonADay). */
  cappedFrom?: number;
  /** False when the day's share was never full: only events past their person's daily number were left out. */
  shareFull?: boolean;
  /** Most first. */
  counts: { event: string; outcome: AuditEvent["outcome"]; count: number }[];
}

/** The newest events a person did to others (`events`, newest first), and how many the record keeps in all. */
export interface EventsBy {
  events: AuditEvent[];
  total: number;
}

/**
 * The audit: the school-wide stream, each person's trail and their attempt counters. Flows write through
 * core/audit's `audit()` (which picks the trail); staff reports and the export tool read here.
 */
export interface AuditLog {
  /** Writes an audit event to the school-wide stream and to the person's trail or counters. */
  appendAudit(event: AuditEvent, append: AuditAppend): Promise<AuditAppendResult>;
  /** The newest school-wide audit events first. */
  recentAudit(limit: number): Promise<AuditEvent[]>;
  /** The person's protected events, newest first (her own chat's last 20 and the last 10 others caused). */
  auditTrailOf(personId: string, limit: number): Promise<AuditEvent[]>;
  /** The person's attempts counted per day, newest day first. */
  attemptCountsOf(personId: string): Promise<AttemptCount[]>;
  /** Who made the person's recorded attempts: per day, kind and actor. */
  attemptActorsOf(personId: string): Promise<AttemptActorCount[]>;
  /**
   * What the person did to others that the school-wide stream recorded and still keeps at `now` (its
   * protected events, or its attempts): the newest `limit`, and how many there are.
   */
  auditByOf(personId: string, trail: AuditTrail, now: number, limit: number): Promise<EventsBy>;
  /**
   * School-wide audit events at or after `since` (and before `until`), oldest first: the newest `limit` of
   * them when there are more, so a cap leaves out the oldest.
   */
  auditSince(since: number, limit: number, until?: number): Promise<AuditEvent[]>;
  /** How many days before today the school-wide record keeps (AUDIT_RETENTION_DAYS). */
  readonly auditRetentionDays: number;
  /** The days from the one of `since` on whose share of the stream left events out, oldest first. */
  auditUnlisted(since: number): Promise<UnlistedDay[]>;
}
