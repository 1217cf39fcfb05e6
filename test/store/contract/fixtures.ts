import type { ChatRef } from "../../../src/core/chat.js";
import type {
  AuditEvent,
  ChatFailureLimits,
  Enrolment,
  FailureLimits,
} from "../../../src/core/ports/store.js";

/** Clock, chats, limits and records the contract sections share. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const T0 = Date.UTC(2025, 8, 1, 8, 0, 0);

export const ann: ChatRef = { channel: "telegram", chatUserId: "1001" };
export const annOnSlack: ChatRef = { channel: "slack", chatUserId: "U1001" };
export const ben: ChatRef = { channel: "telegram", chatUserId: "1002" };

export const RESET_LIMITS: FailureLimits = { maxFailures: 5, windowMs: HOUR, blockMs: DAY };
export const CHAT_LIMITS: ChatFailureLimits = {
  maxFailures: 10,
  maxSubjects: 3,
  windowMs: 10 * MINUTE,
  blockMs: HOUR,
};

/** At least 10 failed resets across at least 5 students within 10 minutes; reported again after 15. */
export const SPREE_LIMITS: ChatFailureLimits = {
  maxFailures: 10,
  maxSubjects: 5,
  windowMs: 10 * MINUTE,
  blockMs: 15 * MINUTE,
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
