import { chatKey, type ChatRef } from "../core/chat.js";
import type { LimitKind } from "../core/ports/limit-counters.js";
import type { SprayWatch } from "../core/ports/spray.js";

/**
 * Person ids are case-insensitive everywhere in the store ("Ann.Lee " and "ann.lee" are one student), so
 * every key, link and returned id uses this form.
 */
export function normalisePersonId(personId: string): string {
  return personId.trim().toLowerCase();
}

const SAFE_KEY_PART = /^[\w.@-]*$/;

/**
 * Makes a user-controlled string safe inside a key: everything but letters, digits and `_.@-` becomes `%` and
 * four hex digits of its UTF-16 code unit. Fixed width keeps it injective (no two ids share a key), and no
 * `{`, `}` or `:` survive, so an id cannot end the hash tag early or pose as another key's suffix. Works on
 * lone surrogates too, where encodeURIComponent would throw.
 */
export function encodeKeyPart(value: string): string {
  if (SAFE_KEY_PART.test(value)) return value;
  return value.replace(/[^\w.@-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Every Redis key the store uses. Keys that one Lua script touches together share a hash tag (`{c:…}` per
 * chat, `{p:…}` per person, `{links}`, `{j:…}` per job kind, `{pd:…}` per channel's pending deletions,
 * `{school}`, `{audit}`, `{questions}`), so they land in one Redis Cluster slot.
 */
export function storeKeys(prefix: string) {
  // A turn names five keys of one chat in a row: its tag is encoded once.
  let lastChat: string | undefined;
  let lastTag = "";
  const chat = (ref: ChatRef, suffix: string) => {
    const key = chatKey(ref);
    if (key !== lastChat) {
      lastTag = `${prefix}{c:${encodeKeyPart(key)}}:`;
      lastChat = key;
    }
    return `${lastTag}${suffix}`;
  };
  const person = (personId: string, suffix: string) =>
    `${prefix}{p:${encodeKeyPart(normalisePersonId(personId))}}:${suffix}`;
  return {
    update: (updateKey: string) => `${prefix}{u:${encodeKeyPart(updateKey)}}`,
    /** A count of one window (WindowCounts); expires with the window. */
    windowCount: (countKey: string) => `${prefix}{w:${encodeKeyPart(countKey)}}`,
    /**
     * The health check's key of one replica (its host name); short-lived. On a Cluster, `part` picks one
     * of several, each in its own hash tag, so that every master gets one (see oneKeyPerMaster).
     */
    healthCheck: (replica: string, part?: number) =>
      `${prefix}{health:${encodeKeyPart(replica)}${part === undefined ? "" : `:${part}`}}`,
    /** The mark the first replica wrote (no TTL): gone only when Redis lost every key (see storeMark). */
    storeMark: `${prefix}{mark}`,

    lock: (ref: ChatRef) => chat(ref, "lock"),
    /** Recent update ids of the chat (sorted set by time), to drop redeliveries; expires when idle. */
    seenUpdates: (ref: ChatRef) => chat(ref, "seen"),
    dialog: (ref: ChatRef) => chat(ref, "dialog"),
    /** Outlives the dialog so the bot can tell an expired dialog from one that never was. */
    dialogOpen: (ref: ChatRef) => chat(ref, "dialog-open"),
    /** A practice reminder was the last thing the chat was shown: taken by its next turn (see chat-turns.ts). */
    reminderShown: (ref: ChatRef) => chat(ref, "reminder-shown"),
    /** A new password set but never shown in the chat ("<time>:<id>", no secret): taken by its next turn. */
    passwordNotShown: (ref: ChatRef) => chat(ref, "password-not-shown"),
    /** Attempt audit events written for this chat in the current hour (the audit rate limit). */
    auditRate: (chatKeyText: string) => `${prefix}{c:${encodeKeyPart(chatKeyText)}}:audit-rate`,
    /** The language the chat chose: kept while the chat is linked, else until 30 days unused. */
    chatLanguage: (ref: ChatRef) => chat(ref, "language"),
    sharedWithStudent: (ref: ChatRef) => chat(ref, "shared"),
    /** When a staff member last typed her password in the chat ("<time> <id>"); expires with the window. */
    staffProven: (ref: ChatRef) => chat(ref, "staff-proven"),
    /** Until when a guided reset's code sent to the chat for a student works ("<time>"); expires then. */
    guidedCode: (ref: ChatRef, personId: string) =>
      chat(ref, `guided-code:${encodeKeyPart(normalisePersonId(personId))}`),

    /**
     * Where versions before the one-key layout kept a person's enrolment (a string): still read when the
     * record below has none, and deleted by the next save, upgrade or clearing (see enrolment-record).
     */
    enrolmentBefore: (personId: string) => person(personId, "enrolment"),
    /**
     * The person's small record (a hash): "v", the version every link, unlink, set-up, clearing, suspension
     * and counted reset bumps (ResetGuard), the protected audit trail (see redis-audit) and the enrolment
     * (see enrolment-record).
     */
    version: (personId: string) => person(personId, "rec"),
    /** Held while a verified reset is being written to the directory. */
    resetReservation: (personId: string) => person(personId, "reserving"),
    resetSuccesses: (personId: string) => person(personId, "resets"),
    /** The person's protected audit events: fields of the same record as the version. */
    auditTrail: (personId: string) => person(personId, "rec"),
    /** The person's enrolment: fields of the same record as the version. */
    enrolment: (personId: string) => person(personId, "rec"),
    /** The person's attempts counted per day: field "<day>|<event>|<outcome>". */
    auditAttempts: (personId: string) => person(personId, "tries"),
    /** Who made the person's recorded attempts: field "<day>|<event>|<outcome>|<actor>". */
    auditAttemptActors: (personId: string) => person(personId, "tries-by"),
    /** What the person did to others (sorted set by time): their protected events, or their attempts. */
    auditBy: (personId: string, trail: "protected" | "attempt") =>
      person(personId, trail === "attempt" ? "by-tries" : "by"),

    /**
     * A limit's counters (core/limits). Person limits share the person's hash tag, so a suspension can bump
     * the person's version in the same script; chat limits the chat's; a teacher's lifts of one student's
     * pause their pair's (`{l:…}`), as a staff member's password tries in one chat; school limits `{school}`.
     */
    limit: (kind: LimitKind, subject: string) => {
      const base =
        kind === "student" || kind === "link" || kind === "link-day" || kind === "guided-codes"
          ? person(subject, `lim-${kind}`)
          : kind === "chat" || kind === "answer-checks" || kind === "id-lookups"
            ? `${prefix}{c:${encodeKeyPart(subject)}}:lim-${kind}`
            : kind === "pause-lifts" || kind === "staff-password" || kind === "staff-password-day"
              ? `${prefix}{l:${encodeKeyPart(subject)}}:lim-${kind}`
              : `${prefix}{school}:lim-${kind}`;
      const tag = base.slice(0, base.indexOf("}") + 1);
      return {
        failures: base,
        abouts: `${base}-about`,
        block: `${base}-block`,
        /** Only person limits bump a version; the others name a key in their slot that is never written. */
        version: kind === "student" || kind === "link" ? person(subject, "rec") : `${tag}:no-version`,
      };
    },

    /**
     * For one spray watch (see SprayCounts): the school's user IDs with a wrong try in its window (sorted set,
     * scored by the first one), those of them that then settled (scored by when), and the alert's quiet time.
     * Set-up's keep the names they had before reset's watch came.
     */
    spray: (watch: SprayWatch) => {
      const name = watch === "setup" ? "spray" : `${watch}-spray`;
      return {
        tried: `${prefix}{school}:${name}-tried`,
        settled: `${prefix}{school}:${name}-${watch === "setup" ? "linked" : "settled"}`,
        quiet: `${prefix}{school}:${name}-quiet`,
      };
    },

    /** Hash field: chat key; value: normalised person id. */
    linksByChat: `${prefix}{links}:by-chat`,
    /** Hash field: normalised person id; value: chat key. */
    linksByPerson: `${prefix}{links}:by-person`,

    /** Sorted set of `<id>:<payload>` members scored by due time, one per job kind. */
    jobs: (kind: string) => `${prefix}{j:${encodeKeyPart(kind)}}:due`,
    /** Set of the members above scheduled with a group (a chat), so that they can be run early; in its slot. */
    jobGroup: (kind: string, group: string) =>
      `${prefix}{j:${encodeKeyPart(kind)}}:group:${encodeKeyPart(group)}`,

    /**
     * The messages one channel still has to delete (sorted set of "<chat> <message>" scored by when each note
     * is dropped): one per channel, in its own slot.
     */
    pendingDeletions: (channel: string) => `${prefix}{pd:${encodeKeyPart(channel)}}:notes`,

    /** Every question id a saved enrolment has named (a set, no TTL): see QuestionHistory. */
    namedQuestions: `${prefix}{questions}:named`,
    /** Present once the set above holds the enrolments saved before it was kept (no TTL). */
    namedQuestionsWhole: `${prefix}{questions}:named-whole`,
    /** The ids offered at each start, kept by earlier versions; deleted when the record above is completed. */
    offeredQuestionsBefore: `${prefix}{questions}:offered`,

    /** The school-wide audit stream, one stream a day (UTC), and the index of those days. */
    auditDay: (day: string) => `${prefix}{audit}:day-${day}`,
    auditDays: `${prefix}{audit}:days`,
    /** How many of the day's events the stream did not list (its share was full), by kind. */
    auditUnlisted: (day: string) => `${prefix}{audit}:unlisted-${day}`,
    /** How many of one person's capped events (relinks) the day listed, by "<event>|<person>"; gone with the day. */
    auditListedPerPerson: (day: string) => `${prefix}{audit}:per-person-${day}`,
  };
}

export type StoreKeys = ReturnType<typeof storeKeys>;
