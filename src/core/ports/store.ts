import type { ChatRef } from "../chat.js";

/** A student's security questions, as stored: question ids and argon2id PHC strings, never answers. */
export interface Enrolment {
  questionIds: string[];
  /** argon2id PHC strings, one per question, in the same order. */
  answerHashes: string[];
  /** Which answer normalisation produced the hashes (see core/answers/normalise-answer). */
  normalisationVersion: number;
  enrolledAt: number;
}

/** A dialog as stored: an opaque JSON document (the core parses it) and its revision for compare-and-set. */
export interface StoredDialog {
  revision: number;
  json: string;
}

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

export interface FailureLimits {
  /** Failures within the window that trigger the block. */
  maxFailures: number;
  windowMs: number;
  /** How long the block lasts once triggered. */
  blockMs: number;
}

export interface ChatFailureLimits extends FailureLimits {
  /** Distinct subjects (ids tried) within the window that also trigger the block. */
  maxSubjects: number;
}

export interface FailureResult {
  /** Failures within the window, this one included. */
  failures: number;
  /** This failure started a block (it was not blocked before). */
  blockedNow: boolean;
}

/**
 * Everything the bot remembers. One implementation (Redis, see src/store); the embedded default runs it
 * over ioredis-mock. All times are milliseconds since the epoch and come from the caller's clock, so
 * tests can move time. Methods throw StoreUnavailableError when the store cannot be reached.
 */
export interface Store {
  /** True the first time an update id is seen within the TTL; false for a redelivery. */
  markUpdateSeen(updateKey: string, ttlSeconds: number): Promise<boolean>;

  /** Waits (up to `waitMs`) for the chat's lock; returns a token for `unlockChat`, or null if still held. */
  lockChat(chat: ChatRef, ttlMs: number, waitMs: number): Promise<string | null>;
  unlockChat(chat: ChatRef, token: string): Promise<void>;
  /** Keeps a held lock for another `ttlMs` (a long step); false if the lock is no longer this token's. */
  extendChatLock(chat: ChatRef, token: string, ttlMs: number): Promise<boolean>;

  loadDialog(chat: ChatRef): Promise<StoredDialog | null>;
  /**
   * Writes the dialog if its stored revision is still `expectedRevision` (null: no dialog yet); false if
   * someone else changed it first. The dialog expires after `idleSeconds` without a save.
   */
  saveDialog(
    chat: ChatRef,
    expectedRevision: number | null,
    json: string,
    idleSeconds: number,
  ): Promise<boolean>;
  /** Ends the dialog on purpose (finished or cancelled): no "timed out" notice follows. */
  endDialog(chat: ChatRef): Promise<void>;
  /**
   * True once if the chat's last dialog expired unfinished, so the bot can say so politely.
   * saveDialog leaves a marker that outlives the dialog by a day for this.
   */
  takeExpiredDialogNotice(chat: ChatRef): Promise<boolean>;

  /** The person linked to this chat, or null. */
  linkedPerson(chat: ChatRef): Promise<string | null>;
  /** The chat linked to this person, or null. */
  linkedChat(personId: string): Promise<ChatRef | null>;
  /**
   * Links chat and person, replacing any earlier link of either, atomically.
   * Returns the chat the person was linked to before (if another one) and the person this chat was linked to before.
   */
  link(
    chat: ChatRef,
    personId: string,
  ): Promise<{ previousChat: ChatRef | null; previousPerson: string | null }>;
  /** Removes this chat's link; returns the person it was linked to. */
  unlinkChat(chat: ChatRef): Promise<string | null>;

  getEnrolment(personId: string): Promise<Enrolment | null>;
  saveEnrolment(personId: string, enrolment: Enrolment): Promise<void>;
  clearEnrolment(personId: string): Promise<boolean>;

  /** Counts a failed reset for a student; suspends self-service reset when the limits are reached. */
  recordResetFailure(personId: string, now: number, limits: FailureLimits): Promise<FailureResult>;
  /** When self-service reset is suspended, until when; otherwise null. */
  suspendedUntil(personId: string, now: number): Promise<number | null>;
  /**
   * Counts a wrong password typed at set-up for a person; pauses checking that person's password when the
   * limits are reached, so the bot can never push an account into the directory's own lockout.
   */
  recordLinkFailure(personId: string, now: number, limits: FailureLimits): Promise<FailureResult>;
  /** While set-up for this person is paused, until when; otherwise null. */
  linkPausedUntil(personId: string, now: number): Promise<number | null>;

  /** Lifts a suspension and forgets the failures behind it. */
  liftSuspension(personId: string): Promise<boolean>;

  /** Counts a failure from one chat against `subject`; throttles the chat when the limits are reached. */
  recordChatFailure(
    chat: ChatRef,
    subject: string,
    now: number,
    limits: ChatFailureLimits,
  ): Promise<FailureResult>;
  chatThrottledUntil(chat: ChatRef, now: number): Promise<number | null>;

  /** Counts a successful self-service reset and returns how many fall within the window. */
  recordResetSuccess(personId: string, now: number, windowMs: number): Promise<number>;
  resetSuccesses(personId: string, now: number, windowMs: number): Promise<number>;

  /**
   * Schedules a job (e.g. "delete this Telegram message") to run at `dueAt`. Jobs live in the store, so a
   * restart or another replica still runs them. `payload` is opaque JSON and must hold no secret.
   */
  scheduleJob(kind: string, payload: string, dueAt: number): Promise<void>;
  /**
   * Takes up to `limit` jobs of `kind` that are due at `now`, removing them atomically so that each job is
   * handed to exactly one caller (one replica). A caller that fails a job may schedule it again.
   */
  claimDueJobs(kind: string, now: number, limit: number): Promise<string[]>;

  /**
   * Counts a failed reset school-wide, to spot a spree across many students. `blockedNow` is true once when
   * the limits are first reached within a window, and not again until `blockMs` has passed.
   */
  recordSpreeFailure(subject: string, now: number, limits: ChatFailureLimits): Promise<FailureResult>;

  /** Appends to the capped audit stream. */
  appendAudit(event: AuditEvent): Promise<void>;
  /** The newest audit events first. */
  recentAudit(limit: number): Promise<AuditEvent[]>;
  /** The newest audit events about one subject (a person id, case-insensitive) first. */
  recentAuditOf(subject: string, limit: number): Promise<AuditEvent[]>;
  /** Audit events at or after `since`, oldest first, at most `limit`. */
  auditSince(since: number, limit: number): Promise<AuditEvent[]>;

  close(): Promise<void>;
}
