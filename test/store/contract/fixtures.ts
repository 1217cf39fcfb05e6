import type { ChatRef } from "../../../src/core/chat.js";
import type { LimitRule } from "../../../src/core/ports/limit-counters.js";
import type { AuditEvent, Enrolment } from "../../../src/core/ports/store.js";

/** Clock, chats, limits and records the contract sections share. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const T0 = Date.UTC(2025, 8, 1, 8, 0, 0);

export const ann: ChatRef = { channel: "telegram", chatUserId: "1001" };
export const annOnSlack: ChatRef = { channel: "slack", chatUserId: "U1001" };
export const ben: ChatRef = { channel: "telegram", chatUserId: "1002" };

/** One student's failed resets: 5 within an hour suspend self-service reset for a day. */
export const STUDENT_RULE: LimitRule = { maxFailures: 5, windowMs: HOUR, blockMs: DAY };

/**
 * Wrong passwords at set-up for one id: counted before the directory checks them, never past 3 within an
 * hour, and paused for as long as 3 stay within the hour.
 */
export const LINK_RULE: LimitRule = { maxFailures: 3, windowMs: HOUR, blockMs: "window", reserve: true };

/** One chat's failures: 10, or 3 different students tried, within 10 minutes throttle it for an hour. */
export const CHAT_RULE: LimitRule = {
  maxFailures: 10,
  windowMs: 10 * MINUTE,
  blockMs: HOUR,
  maxAbouts: { count: 3, trigger: "any" },
};

/** At least 10 failed resets across at least 5 students within 10 minutes; reported again after 15. */
export const SPREE_RULE: LimitRule = {
  maxFailures: 10,
  windowMs: 10 * MINUTE,
  blockMs: 15 * MINUTE,
  maxAbouts: { count: 5, trigger: "all" },
};

export function enrolment(enrolledAt: number): Enrolment {
  return {
    questionIds: ["animal", "colour", "food"],
    answerHashes: ["$argon2id$v=19$m=19456,t=2,p=1$a$b", "$argon2id$c", "$argon2id$d"],
    normalisationVersion: 1,
    enrolledAt,
  };
}

export function auditEvent(at: number, extra: Partial<AuditEvent> = {}): AuditEvent {
  return {
    at,
    event: "reset",
    actor: "ann.lee",
    subject: "ann.lee",
    channel: "telegram",
    outcome: "ok",
    ...extra,
  };
}
