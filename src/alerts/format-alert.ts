import type { Alert, AlertKind } from "../core/ports/alerts.js";

type Details = Record<string, string | number>;

/** Detail names that could hold a secret are never printed, whoever put them in an alert by mistake. */
const SECRET_DETAIL = /passw|secret|token|pepper|answer|code|hash|otp/i;
/** Longer values are cut: details are ids, channels and counts, and an admin's chat is no log file. */
const MAX_VALUE_LENGTH = 120;

function value(details: Details, key: string, fallback = "?"): string {
  const raw = details[key];
  if (raw === undefined || SECRET_DETAIL.test(key)) return fallback;
  // Control characters could forge extra lines in the admin's chat.
  const text = String(raw)
    .replace(/\p{Cc}+/gu, " ")
    .trim();
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text || fallback;
}

/** What happened and what to do, per kind; each gets the alert's subject and its details. */
const SENTENCES: Record<AlertKind, (subject: string, details: Details) => string> = {
  suspension: (subject, d) =>
    `Self-service reset suspended for ${subject} after ${value(d, "failures")} failed tries. ` +
    `A teacher can lift it with /unlock ${subject} once they have checked it was the student.`,
  "failure-spree": (_subject, d) =>
    `Many failed password resets across the school: ${value(d, "failures")} failed tries against ` +
    `at least ${value(d, "students")} students within ${value(d, "minutes")} minutes. ` +
    `Someone may be guessing students' answers. Check /stats and /audit for the students involved.`,
  relink: (subject, d) =>
    `The chat account linked to ${subject} changed (from ${value(d, "from")} to ${value(d, "to")}). ` +
    `If ${subject} did not do this, someone may know their password: ` +
    `check with them, and use /guided ${subject}.`,
  "guided-reset": (subject, d) =>
    `A teacher (${value(d, "by")}) reset the password of ${subject} (route: ${value(d, "route")}). ` +
    `Nothing to do if this was expected; otherwise check /audit ${subject}.`,
  "directory-error": (_subject, d) =>
    `The bot could not use the school directory (${value(d, "during", value(d, "error"))}). ` +
    `Students cannot reset passwords until it answers again: ` +
    `check the directory server and the bot's LDAP settings.`,
  "staff-question-reset": (subject, d) =>
    `Someone tried to reset the staff account ${subject} by security questions (from ${value(d, "chat")}); ` +
    `staff cannot reset that way and it was refused. If ${subject} did not do this, check the account.`,
  "link-paused": (subject, d) =>
    `Set-up for ${subject} is paused after ${value(d, "failures")} wrong passwords (from ${value(d, "chats")}), ` +
    `so the bot cannot push the account into the directory's lockout; it resumes as the oldest failure ` +
    `ages out. If ${subject} did not do this, someone may be trying their password: check /audit ${subject}.`,
  "chat-throttled": (subject, d) =>
    `The chat ${subject} was paused after ${value(d, "failures")} ${value(d, "reason", "failed tries")}, ` +
    `possibly against several students. Someone may be guessing: check /audit for the students they tried.`,
  "answer-check-flood": (_subject, d) =>
    `More than ${value(d, "perMinute")} answer checks a minute across the school: further checks wait until ` +
    `the rate drops, so students may be told to try again later. Someone may be guessing from many chats; ` +
    `check /stats, and the log for the chats involved.`,
  "audit-full": (_subject, d) =>
    `The audit record reached its size bound for ${value(d, "day")}: older events of that day are being ` +
    `dropped before AUDIT_RETENTION_DAYS. Someone may be flooding it; raise AUDIT_MAX_EVENTS if this is real use.`,
};

/**
 * An alert in plain English for an IT admin (Slack, Telegram, the log): what happened, about whom, when,
 * and what to do. Alerts carry only ids, channels and numbers; detail names that look secret are dropped.
 */
export function formatAlert(alert: Alert, at: number = Date.now()): string {
  const subject = value({ subject: alert.subject }, "subject");
  const when = new Date(at).toISOString().slice(0, 16).replace("T", " ");
  return `Password bot alert (${when} UTC): ${SENTENCES[alert.kind](subject, alert.details ?? {})}`;
}
