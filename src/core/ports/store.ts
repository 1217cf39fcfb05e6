import type { ChatRef } from "../chat.js";
import type { LimitCounters } from "./limit-counters.js";
import type { ResetGuard } from "./reset-guard.js";

/** One answer's argon2id output as stored: raw bytes; the parameters are the enrolment's parameter set. */
export interface AnswerHash {
  salt: Buffer;
  hash: Buffer;
}

/** A student's security questions, as stored: question ids and argon2id hashes, never answers. */
export interface Enrolment {
  questionIds: string[];
  /** One per question, in the same order. */
  answerHashes: AnswerHash[];
  /** The argon2 parameter set that made the hashes (its id, see core/answers/argon2-parameters). */
  parameterSet: number;
  /** Which pepper made them (AnswerHasher's tag); "" when not recorded (older enrolments: the current one). */
  pepperTag: string;
  /** Which answer normalisation produced the hashes (see core/answers/normalise-answer). */
  normalisationVersion: number;
  enrolledAt: number;
  /** Set by the store when read: upgradeEnrolment replaces the enrolment only while it still has this. */
  stamp?: string;
}

/** A dialog as stored: an opaque JSON document (the core parses it) and its revision for compare-and-set. */
export interface StoredDialog {
  revision: number;
  json: string;
}

/** What beginChatTurn found. */
export type ChatTurn =
  | { duplicate: true }
  | {
      duplicate: false;
      /** The lock's token for endChatTurn, or null when another update kept the chat busy all the wait. */
      token: string | null;
      dialog: StoredDialog | null;
      /** No dialog, but the last one expired unfinished (see takeExpiredDialogNotice). */
      dialogExpired: boolean;
    };

/** What endChatTurn does before it releases the lock: save the dialog, end it, or neither. */
export interface ChatTurnEnd {
  /** As saveDialog. */
  save?: { expectedRevision: number | null; json: string; idleSeconds: number };
  /** As endDialog. */
  end?: boolean;
  /** Forget that the last dialog expired (the student has been told). */
  forgetExpiredNotice?: boolean;
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

/**
 * Protected events (staff actions, and a student's own link, set-up and resets) are kept in the person's
 * trail, newest 20, where nothing else can push them out; attempts (failed resets, ids typed by other
 * chats) are only counted per person and day. Both also go to the school-wide stream.
 */
export type AuditTrail = "protected" | "attempt";

export interface AuditAppend {
  trail: AuditTrail;
  /** Attempts are rate-limited per chat (this chat key); over the rate they reach only the counters. */
  chat: string;
  /** The person whose trail or counters this goes to; none for made-up ids and other subjects. */
  personId?: string;
}

export interface AuditAppendResult {
  /** The school-wide stream is at its size bound: older events are being dropped before their time. */
  streamFull: boolean;
  /** The chat is over its audit rate: the attempt went to the counters and the log only. */
  rateLimited: boolean;
}

/** How many attempts of one kind a person saw on one day (UTC). */
export interface AttemptCount {
  day: string;
  event: string;
  outcome: AuditEvent["outcome"];
  count: number;
}

/**
 * Everything the bot remembers. One implementation (Redis, see src/store); the embedded default runs it
 * over ioredis-mock. All times are milliseconds since the epoch and come from the caller's clock, so
 * tests can move time. Methods throw StoreUnavailableError when the store cannot be reached.
 */
export interface Store extends LimitCounters, ResetGuard {
  /** True the first time an update id is seen within the TTL; false for a redelivery. */
  markUpdateSeen(updateKey: string, ttlSeconds: number): Promise<boolean>;

  /**
   * The start of one update's work, in one round trip: drops a redelivered update (`updateId` seen in this
   * chat within `dedupeTtlSeconds`), takes the chat's lock (waiting up to `waitMs`, with retries) and loads
   * the dialog. An update kept waiting is still marked seen, as markUpdateSeen then lockChat would.
   */
  beginChatTurn(
    chat: ChatRef,
    turn: { updateId?: string; dedupeTtlSeconds: number; lockTtlMs: number; waitMs: number },
  ): Promise<ChatTurn>;
  /**
   * The end of one update's work, in one round trip: `end`'s save or end of the dialog, then the lock
   * released. False when the save found the dialog changed by someone else (nothing saved then).
   */
  endChatTurn(chat: ChatRef, token: string, end: ChatTurnEnd): Promise<boolean>;

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

  /** Everyone linked to this chat (siblings may share a family phone), in the order they linked. */
  linkedPeople(chat: ChatRef): Promise<string[]>;
  /** The first person linked to this chat, or null: where only "is it linked, and to whom first" matters. */
  linkedPerson(chat: ChatRef): Promise<string | null>;
  /** The chat linked to this person, or null. */
  linkedChat(personId: string): Promise<ChatRef | null>;
  /**
   * Links the person to this chat, never dropping anyone else linked to it, and off any chat they were
   * linked to before, atomically. `full` (nothing changed) when the chat already holds `maxPeople` others.
   * Otherwise returns the chat the person was linked to before (if another one) and the person's version
   * after the link (every link and unlink bumps it: ResetGuard).
   */
  link(
    chat: ChatRef,
    personId: string,
    maxPeople?: number,
  ): Promise<{ full: true } | { full: false; previousChat: ChatRef | null; version: number }>;
  /**
   * Unlinks one person from this chat, or everyone linked to it when no person is named (bumping each
   * one's version); returns who was unlinked.
   */
  unlinkChat(chat: ChatRef, personId?: string): Promise<string[]>;

  /**
   * The language this chat chose (/language), or null. Kept as long as the chat is linked; for a chat that
   * is not linked, until it has been unused for 30 days (each read counts as use).
   */
  chatLanguage(chat: ChatRef): Promise<string | null>;
  setChatLanguage(chat: ChatRef, language: string): Promise<void>;

  getEnrolment(personId: string): Promise<Enrolment | null>;
  /** Replaces the person's answers and bumps their version (prefer saveEnrolmentIfUnchanged in a dialog). */
  saveEnrolment(personId: string, enrolment: Enrolment): Promise<void>;
  /**
   * Replaces the enrolment with `upgraded` (the same answers hashed anew) only if the stored one is still
   * `current`; false, changing nothing, if it was changed or cleared meanwhile. Touches nothing else.
   */
  upgradeEnrolment(personId: string, current: Enrolment, upgraded: Enrolment): Promise<boolean>;
  /** Deletes the person's answers and bumps their version; false if there were none. */
  clearEnrolment(personId: string): Promise<boolean>;

  /**
   * Everyone with answers on record, a page at a time (SCAN, never KEYS): for a daily sweep such as the
   * practice reminders. Ids come back normalised.
   */
  enrolledPeople(): AsyncIterable<string[]>;

  /** Successful self-service resets of this person within the window. */
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

  /** Writes an audit event to the school-wide stream and to the person's trail or counters. */
  appendAudit(event: AuditEvent, append: AuditAppend): Promise<AuditAppendResult>;
  /** The newest school-wide audit events first. */
  recentAudit(limit: number): Promise<AuditEvent[]>;
  /** The person's protected events, newest first (at most 20 are kept). */
  auditTrailOf(personId: string, limit: number): Promise<AuditEvent[]>;
  /** The person's attempts counted per day, newest day first. */
  attemptCountsOf(personId: string): Promise<AttemptCount[]>;
  /** School-wide audit events at or after `since`, oldest first, at most `limit`. */
  auditSince(since: number, limit: number): Promise<AuditEvent[]>;

  close(): Promise<void>;
}
