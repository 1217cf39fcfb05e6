import type { Text } from "../../messages.js";
import { NEWER_VERSION_NOTE } from "../answer-check.js";
import type { MessageKey } from "../../i18n/en.js";
import type { PasswordRejection } from "../../ports/directory-errors.js";
import type { ResetReservation } from "../../ports/reset-guard.js";
import { ANSWERS_RIGHT_ACCOUNT_CHANGED, ANSWERS_RIGHT_SUSPENDED, type DecoyReason } from "../reset-flow.js";
import type { GuidedProofRoute } from "./guided-password.js";
import { GUIDED_RESET_MEANWHILE } from "../overtaken-by-guided.js";
import { ACCOUNT_GONE_MEANWHILE } from "../account-gone.js";
import { PASSWORD_NOT_SHOWN } from "../password-not-shown.js";
import {
  DIRECTORY_LOCK_LIFTED_ALREADY,
  SETUP_PAUSE_LIFTED_ALREADY,
  UNLOCK_NOTES,
  type UnlockPart,
} from "./unlock-note.js";
import { ALREADY_LINKED_HERE, STAFF_AGAIN_REFUSED, STEP_UP_REFUSED } from "../../audit.js";
import { NAME_LOOKUP_NOTE } from "./named-in-own-classes.js";
import { ANSWERS_CHANGED_MEANWHILE } from "./clear-answers.js";
import { CODE_ENDED, CODE_LIFETIME, CODE_RAN_OUT, CODE_SENDER_NOT_STAFF } from "./guided-code-end.js";

/**
 * The notes the flows store with an audit event (English words or codes, kept as they are for the export),
 * as catalogue messages for /audit in the admin's language. A note this version does not know (an older or
 * newer deploy's) is shown as stored: reasonText gives null.
 */

type ReasonKey = MessageKey & `audit.reason.${string}`;

/** Notes the flows write word for word. */
export const EXACT_REASONS: Readonly<Record<string, ReasonKey>> = {
  "generated password": "audit.reason.generatedPassword",
  "own password": "audit.reason.ownPassword",
  "answers did not match": "audit.reason.answersWrong",
  [ANSWERS_RIGHT_ACCOUNT_CHANGED]: "audit.reason.answersRightAccountChanged",
  [ANSWERS_RIGHT_SUSPENDED]: "audit.reason.answersRightSuspended",
  "wrong id or password": "audit.reason.wrongIdOrPassword",
  "practice reminder": "audit.reason.practiceReminder",
  "guided reset: chat lost": "audit.reason.chatLost",
  "directory unavailable": "audit.reason.directoryDown",
  "password set but not delivered": "audit.reason.notDelivered",
  [PASSWORD_NOT_SHOWN]: "audit.reason.notShown",
  "wrong one-time codes": "audit.reason.wrongCodes",
  [NEWER_VERSION_NOTE]: "audit.reason.newerVersion",
  // The same, as versions before the argon2 parameter set counted stored it.
  "unknown answer normalisation version": "audit.reason.newerVersion",
  "unknown answer version": "audit.reason.newerVersion",
  "answers not checked: their pepper is not configured": "audit.reason.pepperUnknown",
  "the link changed during set-up": "audit.reason.linkChanged",
  "changed an answer after the practice round": "audit.reason.changedAfterPractice",
  "this chat is linked to as many people as it may be": "audit.reason.chatFull",
  "trusted workspace email": "audit.reason.trustedEmail",
  [ALREADY_LINKED_HERE]: "audit.reason.alreadyLinkedHere",
  "too many failed tries from one chat": "audit.reason.chatFailures",
  "too many answer checks from one chat": "audit.reason.chatAnswerChecks",
  "too many user IDs looked up from one chat": "audit.reason.chatIdLookups",
  "questions not offered": "audit.reason.questionsNotOffered",
  "staff accounts cannot reset by questions": "audit.reason.staffNoQuestions",
  "chat pause lifted": "audit.reason.chatPauseLifted",
  "chat not paused": "audit.reason.chatNotPaused",
  "chat nothing to lift": "audit.reason.chatNothingToLift",
  "unlock of the chat in use": "audit.reason.unlockOwnChat",
  [SETUP_PAUSE_LIFTED_ALREADY]: "audit.reason.setupPauseLiftedAlready",
  [DIRECTORY_LOCK_LIFTED_ALREADY]: "audit.reason.lockLiftedAlready",
  [STEP_UP_REFUSED]: "audit.reason.stepUpRefused",
  [STAFF_AGAIN_REFUSED]: "audit.reason.staffAgainRefused",
  [ANSWERS_CHANGED_MEANWHILE]: "audit.reason.answersChangedMeanwhile",
};

/** What a student's /unlock lifted (unlock-note.ts), each part alone or first. */
const UNLOCK_PART_WORDS: Readonly<Record<UnlockPart, ReasonKey>> = {
  suspension: "audit.reason.suspensionLifted",
  "directory lock": "audit.reason.lockLifted",
  "suspension and directory lock": "audit.reason.suspensionAndLockLifted",
  "failed tries": "audit.reason.failuresCleared",
  "set-up pause": "audit.reason.setupPauseLifted",
  "staff password pause": "audit.reason.staffPasswordPauseLifted",
};

/** A part an unlock can name after another: "{what}; …". */
const AND_UNLOCK_PART_WORDS: Readonly<Partial<Record<UnlockPart, ReasonKey>>> = {
  "set-up pause": "audit.reason.andSetupPauseLifted",
  "staff password pause": "audit.reason.andStaffPasswordPauseLifted",
};

/** Why a reset's answers were checked against practice questions (a decoy), not the person's own. */
export const DECOY_REASON_WORDS: Readonly<Record<DecoyReason, ReasonKey>> = {
  "unknown-id": "audit.reason.unknownId",
  staff: "audit.reason.staffId",
  "not-set-up": "audit.reason.notSetUp",
  "other-chat": "audit.reason.otherChat",
  "question-missing": "audit.reason.questionMissing",
  suspended: "audit.reason.suspended",
  capped: "audit.reason.capped",
};

type ReservationRefusal = Extract<ResetReservation, { ok: false }>["reason"];

/** Why a reset could not go ahead at the last step (also after "interrupted: " for a guided one). */
export const RESERVATION_REASON_WORDS: Readonly<Record<ReservationRefusal, ReasonKey>> = {
  changed: "audit.reason.changed",
  suspended: "audit.reason.suspended",
  capped: "audit.reason.capped",
  busy: "audit.reason.busy",
};

/**
 * Why a student's own reset stopped at its end: a reservation's refusal, a guided reset overtook it, or IT
 * removed or disabled the account.
 */
const INTERRUPTED_RESET_WORDS: Readonly<Record<string, ReasonKey>> = {
  ...RESERVATION_REASON_WORDS,
  [GUIDED_RESET_MEANWHILE]: "audit.reason.guidedMeanwhile",
  [ACCOUNT_GONE_MEANWHILE]: "audit.reason.accountGoneMeanwhile",
};

/** The directory's reason for refusing a new password. */
export const PASSWORD_REJECTION_WORDS: Readonly<Record<PasswordRejection, ReasonKey>> = {
  "too-short": "audit.reason.tooShort",
  "too-simple": "audit.reason.tooSimple",
  "used-before": "audit.reason.usedBefore",
  "too-recent": "audit.reason.tooRecent",
  other: "audit.reason.rejectedOther",
};

/** How a guided reset's student proved who they were. */
export const GUIDED_ROUTE_WORDS: Readonly<Record<GuidedProofRoute, ReasonKey>> = {
  code: "audit.reason.routeCode",
  questions: "audit.reason.routeQuestions",
  "in person": "audit.reason.routeInPerson",
  "in person, chat unlinked": "audit.reason.routeInPersonUnlinked",
};

/** Why a guided reset's one-time code stopped unused, besides a command (see stopNote). */
export const CODE_STOP_WORDS: Readonly<Record<string, ReasonKey>> = {
  [CODE_RAN_OUT]: "audit.reason.codeRanOut",
  [CODE_LIFETIME]: "audit.reason.codeLifetime",
  [CODE_SENDER_NOT_STAFF]: "audit.reason.codeSenderNotStaff",
  [CODE_ENDED]: "audit.reason.codeEnded",
};

/** A guided code's note: the kind of chat it was sent to ("to telegram"). */
const CODE_SENT_TO = /^to (telegram|slack|console)$/;
/** A guided code's note: the command that stopped it ("/cancel"). */
const CODE_STOPPED_BY = /^\/([a-z_]+)$/;

/** A refused staff command's note (the command, or the action on a student) as the command to type. */
export const STAFF_COMMAND_NOTES: Readonly<Record<string, string>> = {
  guided: "guided",
  unlock: "unlock",
  clear: "clearanswers",
  "clear answers": "clearanswers",
  clearanswers: "clearanswers",
  coverage: "coverage",
  audit: "audit",
  stats: "stats",
  export: "export",
};

const MAYBE_SET = "; the password may have been set: the directory did not answer";
const RESET_MAYBE_SET = " may have been set: the directory did not answer";
const INTERRUPTED = "interrupted: ";

/** Notes with a number or a channel in them. */
const PATTERNS: ReadonlyArray<{ pattern: RegExp; text: (match: RegExpMatchArray) => Text }> = [
  { pattern: /^(\d+) failed tries$/, text: (m) => counted("audit.reason.failedTries", m) },
  { pattern: /^(\d+) wrong passwords$/, text: (m) => counted("audit.reason.wrongPasswords", m) },
  { pattern: /^(\d+) resets within the window$/, text: (m) => counted("audit.reason.resetsInWindow", m) },
  {
    pattern: /^(\d+) days: (\d+) events$/,
    text: (m) => ({ key: "audit.reason.exported", params: { days: Number(m[1]), count: Number(m[2]) } }),
  },
  // A re-link's previous chat, by its key ("was telegram:121"); versions before named only its channel.
  {
    pattern: /^was ((?:telegram|slack|console):\S+)$/,
    text: (m) => ({ key: "audit.reason.wasChat", params: { chat: m[1] ?? "" } }),
  },
  {
    pattern: /^was ([a-z]+)$/,
    text: (m) => ({ key: "audit.reason.wasOn", params: { channel: m[1] ?? "" } }),
  },
];

/** An unlock's parts in words: the first alone, each one after it "{what}; …" around the ones before. */
function unlockText(parts: readonly UnlockPart[], render: (text: Text) => string): Text | null {
  const [first, ...more] = parts;
  if (first === undefined) return { key: "audit.reason.notSuspended" };
  let text: Text = { key: UNLOCK_PART_WORDS[first] };
  for (const part of more) {
    const key = AND_UNLOCK_PART_WORDS[part];
    if (key === undefined) return null;
    text = { key, params: { what: render(text) } };
  }
  return text;
}

const counted = (key: ReasonKey, m: RegExpMatchArray): Text => ({ key, params: { count: Number(m[1]) } });

const own = <V>(table: Readonly<Record<string, V>>, note: string): V | undefined =>
  Object.hasOwn(table, note) ? table[note] : undefined;

/**
 * A stored note in words to translate; `render` turns an inner note (a guided route, a reservation's
 * reason) into words for the outer one. Null for a note this version does not know, or one cut with "…".
 */
export function reasonText(event: string, note: string, render: (text: Text) => string): Text | null {
  if (note.endsWith("…")) return null;
  if (event === "staff-refused") {
    const command = own(STAFF_COMMAND_NOTES, note);
    if (command !== undefined) return { key: "audit.reason.command", params: { command } };
    const lookup = note.match(NAME_LOOKUP_NOTE);
    const lookedUpAt = lookup === null ? undefined : own(STAFF_COMMAND_NOTES, lookup[2] ?? "");
    if (lookup !== null && lookedUpAt !== undefined)
      return {
        key: "audit.reason.nameLookup",
        params: { count: Number(lookup[1]), command: lookedUpAt },
      };
  }
  if (event === "code-sent") {
    const sent = note.match(CODE_SENT_TO);
    if (sent !== null) return { key: "audit.reason.codeSentTo", params: { channel: sent[1] ?? "" } };
  }
  if (event === "code-stopped") {
    const command = note.match(CODE_STOPPED_BY);
    if (command !== null) return { key: "audit.reason.codeStoppedBy", params: { command: command[1] ?? "" } };
    const why = own(CODE_STOP_WORDS, note);
    if (why !== undefined) return { key: why };
  }
  if (event === "guided-reset" && note.endsWith(MAYBE_SET)) {
    const route = own(GUIDED_ROUTE_WORDS, note.slice(0, -MAYBE_SET.length));
    return route === undefined
      ? null
      : { key: "audit.reason.maybeSet", params: { route: render({ key: route }) } };
  }
  // A self-service reset's: "generated password may have been set: the directory did not answer".
  if (event === "reset" && note.endsWith(RESET_MAYBE_SET)) {
    const how = own(EXACT_REASONS, note.slice(0, -RESET_MAYBE_SET.length));
    return how === undefined
      ? null
      : { key: "audit.reason.maybeSet", params: { route: render({ key: how }) } };
  }
  if (event === "unlock") {
    const parts = UNLOCK_NOTES.get(note);
    if (parts !== undefined) return unlockText(parts, render);
  }
  if (note.startsWith(INTERRUPTED)) {
    const why = own(RESERVATION_REASON_WORDS, note.slice(INTERRUPTED.length));
    return why === undefined
      ? null
      : { key: "audit.reason.interrupted", params: { why: render({ key: why }) } };
  }
  const key =
    own(EXACT_REASONS, note) ??
    (event === "password-set" || event === "guided-reset"
      ? own(PASSWORD_REJECTION_WORDS, note)
      : undefined) ??
    (event === "guided-reset" ? own(GUIDED_ROUTE_WORDS, note) : undefined) ??
    (event === "reset" ? own(DECOY_REASON_WORDS, note) : undefined) ??
    (event === "reset-interrupted" ? own(INTERRUPTED_RESET_WORDS, note) : undefined);
  if (key !== undefined) return { key };
  for (const { pattern, text } of PATTERNS) {
    const match = note.match(pattern);
    if (match !== null) return text(match);
  }
  return null;
}
