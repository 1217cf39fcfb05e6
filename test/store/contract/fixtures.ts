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

/** Salt and hash bytes that are easy to tell apart: every byte `seed`, then `seed + 1`. */
function answerHash(seed: number) {
  return { salt: Buffer.alloc(16, seed), hash: Buffer.alloc(32, seed + 1) };
}

export function enrolment(enrolledAt: number, pepperTag = "0a1b2c3d"): Enrolment {
  return {
    questionIds: ["animal", "colour", "food"],
    // Bytes a text decoder would mangle (0x80-0xff, 0x00, a newline) are kept as they are.
    answerHashes: [answerHash(0x00), answerHash(0x0a), answerHash(0xfe)],
    parameterSet: 1,
    pepperTag,
    normalisationVersion: 1,
    enrolledAt,
  };
}

/** The same enrolment in the JSON form with PHC strings that enrolments had before the packed form. */
export function legacyEnrolmentJson(enrolledAt: number): string {
  const phc = (seed: number) => {
    const { salt, hash } = answerHash(seed);
    const b64 = (b: Buffer) => b.toString("base64").replace(/=+$/, "");
    return `$argon2id$v=19$m=19456,t=2,p=1$${b64(salt)}$${b64(hash)}`;
  };
  return JSON.stringify({
    questionIds: ["animal", "colour", "food"],
    answerHashes: [phc(0x00), phc(0x0a), phc(0xfe)],
    normalisationVersion: 1,
    enrolledAt,
  });
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
