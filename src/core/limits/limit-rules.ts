import type { CoreSettings } from "../../config/core-settings.js";
import type { LimitKind, LimitRule } from "../ports/limit-counters.js";

/** The spree numbers, from the alert settings (SPREE_*): they decide when admins hear of one. */
export interface SpreeNumbers {
  minFailures: number;
  minStudents: number;
  windowMs: number;
  /** One spree alert, then quiet this long. */
  quietMs: number;
}

export type LimitRules = Record<LimitKind, LimitRule>;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/**
 * User IDs one chat may have looked up in an hour. A child who mistypes hers, or a family phone setting up
 * three children, needs a few; wrong passwords pause a chat long before this (CHAT_MAX_FAILURES), and its
 * answer checks (CHAT_MAX_ANSWER_CHECKS) a typed-ID reset's. Without a limit, a chat that never types a
 * password or an answer could have thousands an hour looked up.
 */
const ID_LOOKUPS_PER_HOUR = 60;

/**
 * Set-up's wrong passwords for one ID in a day, as many windows' worth (LINK_MAX_FAILURES each): two an hour
 * stayed under the window's limit for ever (48 guesses a day at a classmate's password, no pause, no alert).
 * A staff member's in one chat alike (a child on her parent's phone).
 */
const LINK_WINDOWS_A_DAY = 2;

/** The day's limit on set-up's wrong passwords for one ID; a window of a day or more is its own. */
function linkDayRule(withinWindow: { maxFailures: number; windowMs: number }): LimitRule {
  const window = { ...withinWindow, blockMs: "window" as const, reserve: true };
  if (withinWindow.windowMs >= DAY) return window;
  return { ...window, maxFailures: LINK_WINDOWS_A_DAY * withinWindow.maxFailures, windowMs: DAY };
}

/**
 * One student's failed resets: RESET_MAX_FAILURES within the window, or `perDay` within 24 hours, suspend her
 * self-service reset. A window of a day or more already holds the day's failures: its own limit, never more
 * than `perDay` (see core-settings), is reached first.
 */
function studentRule(withinWindow: LimitRule, perDay: number): LimitRule {
  if (perDay === 0 || withinWindow.windowMs >= DAY) return withinWindow;
  return { ...withinWindow, longWindow: { maxFailures: perDay, windowMs: DAY } };
}

/** Every limit of the security model in one table, from the school's settings. */
export function limitRules(settings: CoreSettings, spree: SpreeNumbers): LimitRules {
  const { reset } = settings;
  return {
    student: studentRule(reset.studentFailures, reset.studentFailuresPerDay),
    link: { ...reset.linkFailures, blockMs: "window", reserve: true },
    "link-day": linkDayRule(reset.linkFailures),
    "staff-password": { ...reset.linkFailures, blockMs: "window", reserve: true },
    "staff-password-day": linkDayRule(reset.linkFailures),
    chat: {
      maxFailures: reset.chatFailures.maxFailures,
      windowMs: reset.chatFailures.windowMs,
      blockMs: reset.chatFailures.blockMs,
      maxAbouts: { count: reset.chatFailures.maxSubjects, trigger: "any" },
    },
    "answer-checks": {
      maxFailures: reset.answerChecks.perChat,
      windowMs: reset.answerChecks.perChatWindowMs,
      blockMs: reset.answerChecks.perChatBlockMs,
      reserve: true,
    },
    "id-lookups": {
      maxFailures: ID_LOOKUPS_PER_HOUR,
      windowMs: 60 * MINUTE,
      blockMs: "window",
      reserve: true,
      burst: { maxFailures: reset.chatIdLookupsPerMinute, windowMs: MINUTE },
    },
    "school-id-lookups": {
      maxFailures: reset.schoolIdLookupsPerMinute,
      windowMs: MINUTE,
      blockMs: "window",
      reserve: true,
    },
    spree: {
      maxFailures: spree.minFailures,
      windowMs: spree.windowMs,
      blockMs: spree.quietMs,
      maxAbouts: { count: spree.minStudents, trigger: "all" },
    },
    "school-answer-checks": {
      maxFailures: reset.answerChecks.schoolPerMinute,
      windowMs: MINUTE,
      blockMs: "window",
      reserve: true,
    },
    "guided-codes": {
      maxFailures: reset.guidedCodesPerHour,
      windowMs: 60 * MINUTE,
      blockMs: "window",
      reserve: true,
    },
    // A day, or the set-up pause's own window when that is longer, so a teacher's lifts never come faster
    // than the pauses: at most one day's worth (twice LINK_MAX_FAILURES) of extra wrong passwords a day from her.
    "pause-lifts": {
      maxFailures: 1,
      windowMs: Math.max(DAY, reset.linkFailures.windowMs),
      blockMs: "window",
      reserve: true,
    },
  };
}
