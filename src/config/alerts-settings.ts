import { z } from "zod";
import { commaList, integer, optionalString } from "./env-types.js";

/** Where admin alerts go (always to the log too) and when failures count as a spree. */
export const alertsSettings = z
  .object({
    ADMIN_ALERT_SLACK_CHANNEL: optionalString,
    ADMIN_ALERT_TELEGRAM_CHATS: commaList,
    ALERT_DEDUPE_MINUTES: integer(15, 1, 24 * 60),
    SPREE_MIN_FAILURES: integer(10, 2, 10_000),
    SPREE_MIN_STUDENTS: integer(5, 1, 10_000),
    SPREE_WINDOW_MINUTES: integer(10, 1, 24 * 60),
  })
  .transform((env) => ({
    slackChannel: env.ADMIN_ALERT_SLACK_CHANNEL,
    telegramChats: env.ADMIN_ALERT_TELEGRAM_CHATS,
    dedupeMs: env.ALERT_DEDUPE_MINUTES * 60_000,
    spree: {
      minFailures: env.SPREE_MIN_FAILURES,
      minStudents: env.SPREE_MIN_STUDENTS,
      windowMs: env.SPREE_WINDOW_MINUTES * 60_000,
    },
  }));

export type AlertsSettings = z.output<typeof alertsSettings>;
