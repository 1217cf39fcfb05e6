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

/** Every limit of the security model in one table, from the school's settings. */
export function limitRules(settings: CoreSettings, spree: SpreeNumbers): LimitRules {
  const { reset } = settings;
  return {
    student: reset.studentFailures,
    link: { ...reset.linkFailures, blockMs: "window", reserve: true },
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
  };
}
