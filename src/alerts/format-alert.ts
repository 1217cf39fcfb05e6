import type { MessageKey } from "../core/i18n/en.js";
import { translate } from "../core/i18n/translate.js";
import { storedTextOnItsLine } from "../core/stored-text-line.js";
import { DEFAULT_MAX_PER_SUBJECT } from "./alert-flood-cap.js";
import type {
  Alert,
  AlertKind,
  DirectoryWork,
  GuidedActorRole,
  GuidedRoute,
  ThrottleReason,
} from "../core/ports/alerts.js";
import type { DirectoryFault } from "../core/ports/directory-errors.js";

type Details = Record<string, string | number>;

/** Detail names that could hold a secret are never printed, whoever put them in an alert by mistake. */
const SECRET_DETAIL = /passw|secret|token|pepper|answer|code|hash|otp/i;
/** Longer values are cut: details are ids, channels and counts, and an admin's chat is no log file. */
const MAX_VALUE_LENGTH = 120;

function value(details: Details, key: string, fallback = "?"): string {
  const raw = details[key];
  if (raw === undefined || SECRET_DETAIL.test(key)) return fallback;
  // Control characters could forge extra lines in the admin's chat; so could a line separator (Telegram
  // shows U+2028 as a new line), and a right-to-left override reverses what follows: these show as "�".
  const text = storedTextOnItsLine(
    String(raw)
      .replace(/\p{Cc}+/gu, " ")
      .trim(),
  );
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text || fallback;
}

/** The details each kind's sentence names: each is sanitised, and "?" when missing. */
const PARAMS: Record<AlertKind, string[]> = {
  suspension: ["failures"],
  "failure-spree": ["failures", "students", "minutes", "ids"],
  relink: ["from", "to"],
  "guided-reset": ["by", "byRole", "route"],
  "directory-error": ["during"],
  "directory-up": [],
  "directory-setting-not-found": ["setting"],
  "store-down": ["replica", "outages", "redisError", "redisLogin", "redisUser", "redisAcl"],
  "store-up": ["replica", "outages"],
  "store-emptied": ["replica"],
  "redis-may-evict": ["replica", "policy"],
  "directory-lock-lifted": ["by", "byRole"],
  "setup-pause-lifted": ["by", "byRole", "tries"],
  "staff-question-reset": ["chat"],
  "link-paused": ["failures", "chats", "linked", "linkedSince"],
  "staff-password-paused": ["failures", "chat", "minutes"],
  "staff-password-pause-lifted": ["by", "byRole", "chat", "tries"],
  "chat-throttled": ["failures", "reason"],
  "staff-chat-throttled": ["failures", "reason", "staff"],
  "answer-check-flood": ["perMinute"],
  "setup-spray": ["notLinked", "linked", "hours"],
  "reset-spray": ["notReset", "reset", "hours"],
  "id-lookup-flood": ["perMinute"],
  "audit-full": ["day"],
  "leavers-refused": ["missing", "checked"],
  "password-maybe-set": [],
  "password-not-shown": ["channel"],
  "reset-not-recorded": [],
  "unknown-pepper": [],
  "alerts-held-back": ["heldBack", "max", "perSubject", "minutes", "from", "to"],
};

/** Details whose value is a code, each with its words; a value that is no code is printed as it is. */
const WORDS: Record<string, Record<string, MessageKey>> = {
  byRole: {
    teacher: "alert.byRole.teacher",
    admin: "alert.byRole.admin",
  } satisfies Record<GuidedActorRole, MessageKey>,
  route: {
    code: "alert.route.code",
    questions: "alert.route.questions",
    "in-person": "alert.route.in-person",
    "in-person-unlinked": "alert.route.in-person-unlinked",
  } satisfies Record<GuidedRoute, MessageKey>,
  during: {
    "set-password": "alert.during.set-password",
    "login-check": "alert.during.login-check",
  } satisfies Record<DirectoryWork, MessageKey>,
  reason: {
    failures: "alert.reason.failures",
    answerChecks: "alert.reason.answerChecks",
  } satisfies Record<ThrottleReason, MessageKey>,
};

/** What to check when the directory's own answer shows which setting is wrong (`fault` of a directory-error). */
const FAULT_WORDS: Record<DirectoryFault, MessageKey> = {
  "service-login-refused": "alert.directory-fault.service-login-refused",
  "base-dn-missing": "alert.directory-fault.base-dn-missing",
  "tls-untrusted": "alert.directory-fault.tls-untrusted",
  "tls-wrong-ca": "alert.directory-fault.tls-wrong-ca",
  "tls-name-mismatch": "alert.directory-fault.tls-name-mismatch",
  "tls-expired": "alert.directory-fault.tls-expired",
};

/**
 * The name of a kind of alert, for the summary of the ones held back (whose subject is their kind); a kind
 * this version does not know (a newer replica's) is printed as it is.
 */
function kindName(kind: string, language: string): string {
  if (!Object.hasOwn(PARAMS, kind)) return value({ kind }, "kind");
  const key: MessageKey = `alert.kind.${kind as AlertKind}`;
  return translate({ key }, language);
}

function wordFor(name: string, code: string | number | undefined): MessageKey | undefined {
  const words = Object.hasOwn(WORDS, name) ? WORDS[name] : undefined;
  return words !== undefined && typeof code === "string" && Object.hasOwn(words, code)
    ? words[code]
    : undefined;
}

/**
 * The words of a store-down's Redis error. A refused command's (NOPERM) name the user the bot logs in as,
 * Redis's default user being "default" as Redis names it, when the alert has it (an older replica's has not).
 */
function storeDownErrorKey(details: Details): MessageKey {
  if (details.redisError !== "NOPERM" || details.redisUser === undefined) return "alert.store-down-error";
  return details.redisUser === "default" ? "alert.store-down-noperm-default" : "alert.store-down-noperm-user";
}

/**
 * An alert in plain words for an IT admin (Slack, Telegram, the log), in `language` (the school's default;
 * the log's line is English): what happened, about whom, when, and what to do. Alerts carry only ids,
 * channels and numbers; detail names that look secret are dropped.
 */
export function formatAlert(alert: Alert, at: number = Date.now(), language = "en"): string {
  const details = alert.details ?? {};
  const params: Record<string, string> = { subject: value({ subject: alert.subject }, "subject") };
  for (const name of PARAMS[alert.kind]) {
    const word = wordFor(name, details[name]);
    params[name] = word === undefined ? value(details, name) : translate({ key: word }, language);
  }
  if (alert.kind === "alerts-held-back") params.kind = kindName(alert.subject, language);
  // The first of the students a spree tried, for the /audit to type.
  if (alert.kind === "failure-spree") params.first = params.ids?.split(",")[0]?.trim() ?? "";
  // A directory error outside any known work names the error instead (a technical message for IT).
  if (alert.kind === "directory-error" && details.during === undefined)
    params.during = value(details, "error");
  // The login check's alert says what it met (a refused connection, a timeout), as a student's step's does.
  else if (alert.kind === "directory-error" && details.error !== undefined)
    params.during = `${params.during}${language === "zh" ? "：" : ": "}${value(details, "error")}`;
  // Raised without the role (an older replica's): a teacher, as the sentence always said.
  if (alert.kind === "guided-reset" && details.byRole === undefined)
    params.byRole = translate({ key: "alert.byRole.teacher" }, language);
  // Raised without the number (an older replica's): LINK_MAX_FAILURES's default, as the sentence always said.
  if (
    (alert.kind === "setup-pause-lifted" || alert.kind === "staff-password-pause-lifted") &&
    details.tries === undefined
  )
    params.tries = "3";
  // Raised without the quota per subject (an older replica's): the default.
  if (alert.kind === "alerts-held-back" && details.perSubject === undefined)
    params.perSubject = String(DEFAULT_MAX_PER_SUBJECT);
  // Counted failures unless it says otherwise.
  if (alert.kind === "chat-throttled" && details.reason === undefined)
    params.reason = translate({ key: "alert.reason.failures" }, language);
  const when = new Date(at).toISOString().slice(0, 16).replace("T", " ");
  // Losses of Redis counted while a flapping Redis was kept quiet (StoreAlertPace).
  const unsteady = (alert.kind === "store-up" || alert.kind === "store-down") && Number(details.outages) > 0;
  const key: MessageKey =
    unsteady && alert.kind === "store-up"
      ? "alert.store-up-unsteady"
      : alert.kind === "store-up" && details.emptied === "yes"
        ? "alert.store-up-emptied"
        : alert.kind === "relink" && details.account === "staff"
          ? "alert.relink-staff"
          : alert.kind === "audit-full" && details.left === "all"
            ? "alert.audit-full-all"
            : alert.kind === "failure-spree" && details.ids !== undefined
              ? "alert.failure-spree-ids"
              : `alert.${alert.kind}`;
  let text = translate({ key, params }, language);
  // Chinese is written with no space between sentences.
  const gap = language === "zh" ? "" : " ";
  if (alert.kind === "store-down" && details.redisError !== undefined)
    text += `${gap}${translate({ key: storeDownErrorKey(details), params }, language)}`;
  const fault = details.fault;
  if (alert.kind === "directory-error" && typeof fault === "string" && Object.hasOwn(FAULT_WORDS, fault))
    text += `${gap}${translate({ key: FAULT_WORDS[fault as DirectoryFault] }, language)}`;
  // The chat that holds the paused ID's link, when none of the chats that typed is it: what to do if the
  // student did not link it (a classmate who saw her password may keep her from linking her own). When one
  // of them is, it is most often the student herself, who forgot her password: nothing to add.
  if (alert.kind === "link-paused" && details.linked !== undefined && !typedFromLinkedChat(details)) {
    const held =
      details.linkedSince === undefined ? "alert.link-paused-held" : "alert.link-paused-held-since";
    text += `${gap}${translate({ key: held, params }, language)}`;
    text += `${gap}${translate({ key: "alert.link-paused-held-advice", params }, language)}`;
  }
  if (unsteady && alert.kind === "store-down")
    text += `${gap}${translate({ key: "alert.store-down-earlier", params }, language)}`;
  return translate({ key: "alert.frame", params: { when, text } }, language);
}

/** Whether the chat holding a paused ID's link is one of the chats that typed its wrong passwords. */
function typedFromLinkedChat(details: Details): boolean {
  const chats = typeof details.chats === "string" ? details.chats.split(", ") : [];
  return chats.includes(String(details.linked));
}
