import { randomBytes } from "node:crypto";

/**
 * The counters behind every limit (see core/limits): failures of one subject in a sliding window, and the
 * block they lead to. Only the limits service calls this; flows ask the service.
 */

/** Which limit a count belongs to. Each kind has its own counters, so one can never unblock another. */
export type LimitKind =
  /** Failed checks of one student's answers: suspends self-service reset. Subject: the person id. */
  | "student"
  /** Wrong passwords typed at set-up for one user id (real or made up): pauses set-up for it. */
  | "link"
  /**
   * The same wrong passwords over a day (the limits service counts them with `link`'s): a guesser who stays
   * under the hour's limit, hour after hour, is paused too. Subject: the person id, as `link`'s.
   */
  | "link-day"
  /** Failed resets and set-ups from one chat, across the ids it tries. Subject: the chat key. */
  | "chat"
  /** Answer checks (argon2 verifications) paid for by one chat, finished or not. Subject: the chat key. */
  | "answer-checks"
  /** Failed resets school-wide, across students: tells the admins about a spree. Subject: "school". */
  | "spree"
  /**
   * User IDs one chat had the directory look up at an ID prompt (set-up's, the typed-ID reset's), real or made
   * up, before any password or answer: each is a connection, a login and two searches there, and typing one
   * needs nothing. Subject: the chat key.
   */
  | "id-lookups"
  /**
   * The same lookups school-wide per minute (not given back ones): many chat accounts, each within its own
   * hour, must not have the bot hammer the directory. Subject: "school".
   */
  | "school-id-lookups"
  /** Answer checks school-wide per minute: keeps the server's hashing for students. Subject: "school". */
  | "school-answer-checks"
  /**
   * One-time codes of guided resets sent to one student's chat, by anyone: each is a message to the child
   * and an event in their protected trail, so they must not come without end. Subject: the person id.
   */
  | "guided-codes"
  /**
   * Set-up pauses one teacher lifted for one student (/unlock): each lift gives 3 more wrong passwords at
   * the directory, so a teacher lifts a student's at most once a day; after that an admin must. Subject:
   * `pauseLiftSubject(studentId, teacherId)`. Her lifts of the student's directory lockout are counted
   * apart, the same way (each gives the directory's own threshold of guesses more at the school's login):
   * `lockLiftSubject(studentId, teacherId)`.
   */
  | "pause-lifts"
  /**
   * Wrong passwords typed at a staff command's password step (staff-step-up.ts) by one staff member, in one
   * chat linked to her: pauses that step there. Kept apart from the `link` limit of her ID, which anyone who
   * knows the ID can fill at /setup: else one pupil could stop every teacher's and admin's commands.
   * Subject: `staffPasswordSubject(chatKey, staffId)`.
   */
  | "staff-password"
  /** The same wrong staff passwords over a day, counted with `staff-password`'s. Subject: as its. */
  | "staff-password-day";

/**
 * The subject of a "pause-lifts" count: one teacher and one student, unambiguously (ids may hold any mark),
 * each id trimmed and in lower case as ids are case-insensitive everywhere. The store keys the count by this
 * string as it is, so its spelling is part of the stored key names: change it and lifts counted before a
 * deploy stop counting after it.
 */
export function pauseLiftSubject(studentId: string, teacherId: string): string {
  return JSON.stringify([studentId, teacherId].map((id) => id.trim().toLowerCase()));
}

/**
 * The subject of a "pause-lifts" count of directory lockouts one teacher lifted for one student: spelt
 * apart from pauseLiftSubject's, so that lifting one never uses up the other. Part of the stored key names.
 */
export function lockLiftSubject(studentId: string, teacherId: string): string {
  return JSON.stringify(["directory-lock", ...[studentId, teacherId].map((id) => id.trim().toLowerCase())]);
}

/**
 * The subject of a "staff-password" count: one chat and one staff member, as pauseLiftSubject spells its pair
 * (part of the stored key names).
 */
export function staffPasswordSubject(chatKey: string, staffId: string): string {
  return JSON.stringify([chatKey, staffId.trim().toLowerCase()]);
}

/**
 * A new failure's id ("<ms>:<token>", no secret), as countFailure names one by default: 48 random bits tell
 * failures of the same millisecond apart; short, as a chat keeps up to 30.
 */
export function failureId(now: number): string {
  return `${now}:${randomBytes(6).toString("base64url")}`;
}

export interface LimitRule {
  /** Failures within the window that reach the limit. */
  maxFailures: number;
  windowMs: number;
  /**
   * How long the block lasts: a fixed time from the failure that reached the limit, or "window" for as long
   * as the limit stays reached (until the oldest failure leaves the window).
   */
  blockMs: number | "window";
  /** Distinct `about` values within the window that also reach the limit ("any"), or must too ("all"). */
  maxAbouts?: { count: number; trigger: "any" | "all" };
  /**
   * Count only while below the limit: at the limit the failure is not recorded and `blocked` is set (with a
   * fixed block, also while that block lasts: it outlasts the failures that started it). For attempts that
   * must never exceed the limit (a bind the directory counts), recorded before the attempt.
   */
  reserve?: boolean;
  /**
   * At most this many failures within a shorter window too (read from the same failures, no key of its own):
   * at that most the failure is not recorded, as a `reserve` rule's at its limit, and `blockedUntil` says when
   * the oldest of them leaves the burst window. For a budget that must not be spent all at once (a chat's
   * hour of ID lookups, in one minute). `blockedUntil` (the query) does not read it.
   */
  burst?: { maxFailures: number; windowMs: number };
  /**
   * At most this many failures within a longer window too (read from the same failures, which are then kept
   * for that window instead of the rule's own): reaching it starts the same block as the rule's limit. For a
   * guesser who stays under the limit in every window (4 wrong resets an hour, hour after hour). Only with a
   * fixed block and without `reserve`; `blockedUntil` reads the block, and `clearFailures` forgets (and
   * reports) the failures of the longer window.
   */
  longWindow?: { maxFailures: number; windowMs: number };
}

export interface CountedFailure {
  /** Names this failure, for `forgetFailure` (an attempt reserved before it was known to fail). */
  id: string;
  /** False when a `reserve` rule refused to count it: the subject was already at the limit. */
  counted: boolean;
  /** Failures within the window, this one included (when recorded). */
  failures: number;
  /** With a rule's `longWindow`: the failures within it, this one included (when recorded). */
  longWindowFailures?: number;
  /** This failure started the block. */
  blockedNow: boolean;
  /** Until when the subject is blocked now (this failure's block or an earlier one), else null. */
  blockedUntil: number | null;
  /** The distinct `about` values within the window, when this failure started the block. */
  abouts: string[];
  /** Not counted because the `unlessBlockedBy` limit blocks the subject: until when. */
  blockedByOtherUntil?: number;
}

/** Another limit of the same subject whose block stops a count (checked in the same step). Fixed blocks only. */
export interface BlockingLimit {
  kind: LimitKind;
  rule: LimitRule;
}

/** One failure to count, as countFailure takes it (see countFailureThen). */
export interface FailureToCount {
  kind: LimitKind;
  subject: string;
  rule: LimitRule;
  about?: string;
  unlessBlockedBy?: BlockingLimit;
  /** See countFailure's `id`. */
  id?: string;
}

/** What clearFailures lifted. */
export interface ClearedFailures {
  blocked: boolean;
  failures: number;
}

export interface LimitCounters {
  /**
   * Counts one failure of `subject` (optionally about something: an id tried, a chat); nothing while
   * `unlessBlockedBy` blocks the same subject. `id`: names the failure ("<ms>:<token>"), so that a retried turn
   * counting it again counts nothing (it reports the count as it stands); a new id by default.
   */
  countFailure(
    kind: LimitKind,
    subject: string,
    now: number,
    rule: LimitRule,
    about?: string,
    unlessBlockedBy?: BlockingLimit,
    id?: string,
  ): Promise<CountedFailure>;
  /**
   * countFailure of `first`, then, only when it counted, of `second`; when `second` did not count, `first`'s
   * is taken back with the block it started (as forgetFailure). All in one step, so in one round trip:
   * `second` is null when it was not counted. The second is counted under the first's id, so that one
   * forgetFailure id takes back either. Absent where the two cannot be counted in one step (a Redis
   * Cluster, whose nodes hold them apart): count them one after the other there.
   */
  countFailureThen?(
    first: FailureToCount,
    second: FailureToCount,
    now: number,
  ): Promise<{ first: CountedFailure; second: CountedFailure | null }>;
  /** Until when `subject` is blocked, or null. */
  blockedUntil(kind: LimitKind, subject: string, now: number, rule: LimitRule): Promise<number | null>;
  /** When each failure still within the rule's window happened, oldest first. */
  failureTimes(kind: LimitKind, subject: string, now: number, rule: LimitRule): Promise<number[]>;
  /**
   * Takes back one counted failure (the attempt turned out fine, or was not made after all), and the fixed
   * block it started (its `blockedUntil`), while that block is still in force unchanged.
   */
  forgetFailure(kind: LimitKind, subject: string, id: string, blockItStarted?: number): Promise<void>;
  /**
   * Forgets every failure and lifts the block: whether a block was in force, and how many failures were
   * still within the rule's window (what was cleared short of a block).
   */
  clearFailures(kind: LimitKind, subject: string, now: number, rule: LimitRule): Promise<ClearedFailures>;
}
