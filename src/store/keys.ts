import { chatKey, type ChatRef } from "../core/chat.js";

/**
 * Person ids are case-insensitive everywhere in the store ("Ann.Lee " and "ann.lee" are one student), so
 * every key, link and returned id uses this form.
 */
export function normalisePersonId(personId: string): string {
  return personId.trim().toLowerCase();
}

/**
 * Makes a user-controlled string safe inside a key: everything but letters, digits and `_.@-` becomes `%` and
 * four hex digits of its UTF-16 code unit. Fixed width keeps it injective (no two ids share a key), and no
 * `{`, `}` or `:` survive, so an id cannot end the hash tag early or pose as another key's suffix. Works on
 * lone surrogates too, where encodeURIComponent would throw.
 */
export function encodeKeyPart(value: string): string {
  return value.replace(/[^\w.@-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Every Redis key the store uses. Keys that one Lua script touches together share a hash tag (`{c:…}` per
 * chat, `{p:…}` per person, `{links}`, `{j:…}` per job kind, `{spree}`), so they land in one Redis Cluster
 * slot.
 */
export function storeKeys(prefix: string) {
  const chat = (ref: ChatRef, suffix: string) => `${prefix}{c:${encodeKeyPart(chatKey(ref))}}:${suffix}`;
  const person = (personId: string, suffix: string) =>
    `${prefix}{p:${encodeKeyPart(normalisePersonId(personId))}}:${suffix}`;
  return {
    update: (updateKey: string) => `${prefix}{u:${encodeKeyPart(updateKey)}}`,

    lock: (ref: ChatRef) => chat(ref, "lock"),
    dialog: (ref: ChatRef) => chat(ref, "dialog"),
    /** Outlives the dialog so the bot can tell an expired dialog from one that never was. */
    dialogOpen: (ref: ChatRef) => chat(ref, "dialog-open"),
    chatFailures: (ref: ChatRef) => chat(ref, "fails"),
    chatSubjects: (ref: ChatRef) => chat(ref, "subjects"),
    chatThrottle: (ref: ChatRef) => chat(ref, "throttle"),

    enrolment: (personId: string) => person(personId, "enrolment"),
    resetFailures: (personId: string) => person(personId, "fails"),
    suspended: (personId: string) => person(personId, "suspended"),
    linkFailures: (personId: string) => person(personId, "link-fails"),
    linkPaused: (personId: string) => person(personId, "link-paused"),
    resetSuccesses: (personId: string) => person(personId, "resets"),
    /** The newest audit events about this person, capped small; the full record is `audit`. */
    personAudit: (personId: string) => person(personId, "audit"),

    /** School-wide failed resets, each student tried, and the "spree already reported" marker. */
    spreeFailures: `${prefix}{spree}:fails`,
    spreeSubjects: `${prefix}{spree}:subjects`,
    spreeBlock: `${prefix}{spree}:block`,

    /** Hash field: chat key; value: normalised person id. */
    linksByChat: `${prefix}{links}:by-chat`,
    /** Hash field: normalised person id; value: chat key. */
    linksByPerson: `${prefix}{links}:by-person`,

    /** Sorted set of `<id>:<payload>` members scored by due time, one per job kind. */
    jobs: (kind: string) => `${prefix}{j:${encodeKeyPart(kind)}}:due`,

    audit: `${prefix}audit`,
  };
}

export type StoreKeys = ReturnType<typeof storeKeys>;
