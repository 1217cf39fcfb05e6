import { z } from "zod";
import { commaList, integer, optionalString } from "./env-types.js";

/** A chat Telegram's chat_id can name: its number (a group's is negative) or a public channel's @username. */
const TELEGRAM_CHAT = /^(-?\d+|@[A-Za-z][A-Za-z0-9_]{4,31})$/;

/** The chats of ADMIN_ALERT_TELEGRAM_CHATS; an item Telegram could never deliver to stops the start. */
const telegramChats = commaList.superRefine((chats, ctx) => {
  const odd = chats.filter((chat) => !TELEGRAM_CHAT.test(chat));
  if (odd.length === 0) return;
  ctx.addIssue({
    code: "custom",
    message: `${odd.map((chat) => JSON.stringify(chat)).join(", ")} is not a Telegram chat: give each chat's number (e.g. 123456789, or -1001234567890 for a group) or a public channel's @name, separated by commas`,
  });
});

/** Where admin alerts go (always to the log too) and when failures count as a spree. */
export const alertsSettings = z
  .object({
    ADMIN_ALERT_SLACK_CHANNEL: optionalString,
    ADMIN_ALERT_TELEGRAM_CHATS: telegramChats,
    ALERT_DEDUPE_MINUTES: integer(15, 1, 24 * 60),
    ALERT_MAX_PER_KIND: integer(5, 1, 1_000),
    SPREE_MIN_FAILURES: integer(10, 2, 10_000),
    SPREE_MIN_STUDENTS: integer(5, 1, 10_000),
    SPREE_WINDOW_MINUTES: integer(10, 1, 24 * 60),
  })
  .transform((env) => ({
    slackChannel: env.ADMIN_ALERT_SLACK_CHANNEL,
    telegramChats: env.ADMIN_ALERT_TELEGRAM_CHATS,
    dedupeMs: env.ALERT_DEDUPE_MINUTES * 60_000,
    maxPerKind: env.ALERT_MAX_PER_KIND,
    spree: {
      minFailures: env.SPREE_MIN_FAILURES,
      minStudents: env.SPREE_MIN_STUDENTS,
      windowMs: env.SPREE_WINDOW_MINUTES * 60_000,
    },
  }));

export type AlertsSettings = z.output<typeof alertsSettings>;
