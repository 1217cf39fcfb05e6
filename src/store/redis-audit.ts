import type {
  AttemptActorCount,
  AttemptCount,
  AuditAppend,
  AuditAppendResult,
  AuditEvent,
  AuditTrail,
  Store,
  UnlistedDay,
} from "../core/ports/store.js";
import { attemptDay } from "../core/ports/audit-log.js";
import { normalisePersonId, type StoreKeys } from "./keys.js";
import type { ScriptedClient } from "./scripted-client.js";
import { auditFields, parseAuditFields } from "./stored-records.js";

type Run = <T>(operation: () => Promise<T>) => Promise<T>;

export interface AuditStoreOptions {
  /** The school-wide stream keeps each day this long. */
  retentionDays: number;
  /** The school-wide stream's size bound, shared out over the days kept. */
  maxEvents: number;
  /**
   * Events one chat may add to the stream per hour, its attempts and its own protected events together;
   * more are only counted, or kept in the person's trail.
   */
  maxAttemptsPerChatHour: number;
  /**
   * Count a chat's own protected event against its rate in the same script as the day's append (one round
   * trip): a single Redis only, whose script may touch the chat's key and the stream's. False on a Cluster.
   */
  rateInScript?: boolean;
}

const DAY_MS = 24 * 3600_000;
const HOUR_MS = 3600_000;
/**
 * The part of a day's share of the stream that attempts (and a chat's repeatable link, unlink and set-up)
 * may fill; the rest is kept for the events that always reach it (a relink, a reset, a new password, a staff
 * action on someone else), so that a flood from many chats, each within its rate, keeps none of them out.
 */
export const ATTEMPTS_SHARE_OF_DAY = 0.9;
/** The unlisted count's fields that note when the day first left out an attempt ("from"), and any event. */
const FIRST_ATTEMPT_LEFT_OUT = "from";
const FIRST_OF_ALL_LEFT_OUT = "all";
/** ... and the first event past its person's daily number (written by appendAuditToDayPerPerson). */
const FIRST_CAPPED_LEFT_OUT = "capped";
/** Protected events kept per person: never pushed out by attempts, which are only counted. */
export const PROTECTED_EVENTS_PER_PERSON = 20;
/** Protected events others caused (staff actions, suspensions), kept per person in a ring of their own. */
export const EVENTS_BY_OTHERS_PER_PERSON = 10;
/** The record's fields of each ring: t0..t19 for the person's own chat's events, s0..s9 for others'. */
const OWN_RING = "t";
const OTHERS_RING = "s";
/** Attempt counters are pruned of old days once the hash holds more fields than this. */
const ATTEMPT_FIELDS_BEFORE_PRUNING = 64;
/**
 * Who made a person's attempts, kept by name: past this many day, kind and actor fields (a flood from many
 * chats), more actors are counted together as "others", so /audit reads a bounded hash.
 */
const ATTEMPT_ACTORS_KEPT = 500;

/** The outcome's first letter, and back. */
const OUTCOMES: Record<string, AuditEvent["outcome"]> = { o: "ok", f: "failed", r: "refused", i: "info" };

/** An outcome written out in full ("refused"), as the counters and the by-records keep it; else undefined. */
function outcomeNamed(written: unknown): AuditEvent["outcome"] | undefined {
  return Object.values(OUTCOMES).find((o) => o === written);
}

/** Redis keeps a hash compact while every value is at most this many bytes (hash-max-listpack-value). */
const TRAIL_ENTRY_MAX_BYTES = 64;
/** Ends a reason that was cut, so a reader of /audit sees that there was more (the export has it whole). */
const CUT = "…";

const bytesOf = (text: string) => Buffer.byteLength(text, "utf8");

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The longest start of `text` of at most `max` UTF-8 bytes, never ending inside a character as a reader sees
 * it (a Tamil letter with its vowel sign, an emoji with its modifier).
 */
function startWithin(text: string, max: number): string {
  let kept = "";
  for (const { segment } of graphemes.segment(text)) {
    if (bytesOf(kept + segment) > max) break;
    kept += segment;
  }
  return kept;
}

/**
 * A protected event as one short entry: base-36 time, event, outcome's letter, channel (left out when the
 * actor is a chat key of that channel), actor, reason. A reason too long to fit is cut at a word's end where
 * there is one, and ends with "…".
 */
function trailEntry(event: AuditEvent): string {
  const channel = event.actor.startsWith(`${event.channel}:`) ? "" : event.channel;
  const head = [event.at.toString(36), event.event, event.outcome[0], channel, event.actor].join("|");
  const reason = event.reason ?? "";
  const entry = `${head}|${reason}`;
  if (bytesOf(entry) <= TRAIL_ENTRY_MAX_BYTES) return entry;
  const room = TRAIL_ENTRY_MAX_BYTES - bytesOf(`${head}|${CUT}`);
  // A head with no room for a reason (an actor id far longer than any school's) is cut as a whole.
  if (room <= 0) return `${startWithin(entry, TRAIL_ENTRY_MAX_BYTES - bytesOf(CUT))}${CUT}`;
  let kept = startWithin(reason, room);
  const lastSpace = kept.lastIndexOf(" ");
  if (reason.charAt(kept.length) !== " " && lastSpace > 0) kept = kept.slice(0, lastSpace);
  return `${head}|${kept.trimEnd()}${CUT}`;
}

function parseTrailEntry(personId: string, entry: string): AuditEvent | null {
  const [at, event, outcome, written, actor, ...reason] = entry.split("|");
  const channel = written === "" ? (actor ?? "").slice(0, (actor ?? "").indexOf(":")) : written;
  const when = parseInt(at ?? "", 36);
  const result = OUTCOMES[outcome ?? ""];
  if (!Number.isFinite(when) || event === undefined || result === undefined) return null;
  const parsed: AuditEvent = {
    at: when,
    event,
    outcome: result,
    channel: channel ?? "",
    actor: actor ?? "",
    subject: personId,
  };
  const why = reason.join("|");
  if (why !== "") parsed.reason = why;
  return parsed;
}

/** An event filed under the person who did it, as written (the script puts a sequence in front). */
function byEntry(event: AuditEvent): string {
  const { at, outcome, channel, actor, subject } = event;
  return JSON.stringify([at, event.event, outcome, channel, actor, subject, event.reason ?? ""]);
}

/** The sequence within a millisecond that the script writes before each entry. */
const BY_SEQUENCE_DIGITS = 8;

function parseByEntry(entry: string): AuditEvent | null {
  let parts: unknown;
  try {
    parts = JSON.parse(entry.slice(BY_SEQUENCE_DIGITS));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== 7) return null;
  const [at, event, outcome, channel, actor, subject, reason] = parts as unknown[];
  const result = outcomeNamed(outcome);
  if (typeof at !== "number" || result === undefined) return null;
  if ([event, channel, actor, subject, reason].some((part) => typeof part !== "string")) return null;
  const parsed: AuditEvent = {
    at,
    event: event as string,
    outcome: result,
    channel: channel as string,
    actor: actor as string,
    subject: subject as string,
  };
  if (reason !== "") parsed.reason = reason as string;
  return parsed;
}

function parseEntries(entries: [id: string, fields: string[]][]): AuditEvent[] {
  return entries.map(([id, fields]) => parseAuditFields(fields, id)).filter((e) => e !== null);
}

/** appendAuditToDayWithinRate's reply over the chat's rate, and appendAuditToDay's when it counted the event. */
const RATE_LIMITED = -1;
const LEFT_OUT = -2;
const FIRST_LEFT_OUT = -3;
/** appendAuditToDayPerPerson's reply past the person's daily number: counted, not listed. */
const PAST_PERSON_CAP = -4;

/** The append's result from the day's reply (null: not written to the day, over the chat's rate). */
function dayResult(reply: number | null, attempt: boolean, rateLimited: boolean): AuditAppendResult {
  if (reply !== LEFT_OUT && reply !== FIRST_LEFT_OUT && reply !== PAST_PERSON_CAP) {
    return { streamFull: false, rateLimited };
  }
  if (reply !== FIRST_LEFT_OUT) return { streamFull: true, rateLimited };
  return { streamFull: true, rateLimited, filled: attempt ? "attempts" : "all" };
}

type AuditMethods = Pick<
  Store,
  | "appendAudit"
  | "recentAudit"
  | "auditTrailOf"
  | "attemptCountsOf"
  | "attemptActorsOf"
  | "auditByOf"
  | "auditSince"
  | "auditUnlisted"
  | "auditRetentionDays"
>;

/**
 * The audit record on Redis. School-wide: one stream a day, each kept `retentionDays` and capped at its share
 * of `maxEvents`. Per person: the protected trail (a short list) and per-day attempt counters (a hash).
 */
export function createRedisAudit(
  redis: ScriptedClient,
  keys: StoreKeys,
  run: Run,
  options: AuditStoreOptions,
): AuditMethods {
  const perDay = Math.max(10, Math.ceil(options.maxEvents / options.retentionDays));
  const attemptsPerDay = Math.floor(perDay * ATTEMPTS_SHARE_OF_DAY);
  const ttlMs = (options.retentionDays + 1) * DAY_MS;

  /** The first time the school-wide stream still keeps at `now`: the start of its oldest day. */
  function oldestKept(now: number): number {
    return (Math.floor(now / DAY_MS) - options.retentionDays) * DAY_MS;
  }

  /** The days that may hold events, newest first. */
  async function days(): Promise<string[]> {
    return redis.zrevrange(keys.auditDays, 0, -1);
  }

  /** The day's append's keys (see appendAuditToDay). */
  function dayKeys(event: AuditEvent): [day: string, days: string, unlisted: string] {
    const day = attemptDay(event.at);
    return [keys.auditDay(day), keys.auditDays, keys.auditUnlisted(day)];
  }

  /** The day's append's ARGV (see appendAuditToDay): an attempt is listed only within its part of the share. */
  function dayArgs(event: AuditEvent, attempt: boolean) {
    const dayNumber = Math.floor(event.at / DAY_MS);
    return [
      attempt ? attemptsPerDay : perDay,
      ttlMs,
      dayNumber,
      attemptDay(event.at),
      dayNumber - options.retentionDays,
      Math.max(1, Math.floor(event.at)),
      `${event.event}|${event.outcome}`,
      attempt ? FIRST_ATTEMPT_LEFT_OUT : FIRST_OF_ALL_LEFT_OUT,
      ...auditFields(event),
    ];
  }

  function appendToDay(event: AuditEvent, attempt: boolean, append: AuditAppend): Promise<number> {
    const most = append.listedPerPersonADay;
    if (most === undefined || append.personId === undefined) {
      return redis.auditAppendDay(...dayKeys(event), ...dayArgs(event, attempt));
    }
    const dayEnds = (Math.floor(event.at / DAY_MS) + 1) * DAY_MS;
    return redis.auditAppendDayPerPerson(
      ...dayKeys(event),
      keys.auditListedPerPerson(attemptDay(event.at)),
      most,
      `${event.event}|${normalisePersonId(append.personId)}`,
      Math.max(1, Math.ceil(dayEnds - event.at)),
      ...dayArgs(event, attempt),
    );
  }

  /** The chat's audit events this hour: this one counted in when it `counts`, else only read. */
  async function chatRate(chat: string, counts: boolean): Promise<number> {
    if (counts) return redis.countRate(keys.auditRate(chat), HOUR_MS);
    return Number((await redis.get(keys.auditRate(chat))) ?? 0);
  }

  /** The day's append, only within the chat's rate (counted in the same script when `counts`): -1 when over it. */
  function appendToDayWithinRate(event: AuditEvent, chat: string, counts: boolean): Promise<number> {
    return redis.auditAppendDayWithinRate(
      keys.auditRate(chat),
      ...dayKeys(event),
      HOUR_MS,
      options.maxAttemptsPerChatHour,
      counts ? "1" : "0",
      ...dayArgs(event, true),
    );
  }

  /**
   * A protected event goes into the person's trail; an attempt is only counted for its day, and, when the
   * stream recorded it, who made it.
   */
  function appendToPerson(personId: string, append: AuditAppend, event: AuditEvent, recorded: boolean) {
    if (append.trail === "protected") {
      const [kept, ring] =
        append.byOthers === true
          ? [EVENTS_BY_OTHERS_PER_PERSON, OTHERS_RING]
          : [PROTECTED_EVENTS_PER_PERSON, OWN_RING];
      return redis.auditAppendTrail(keys.auditTrail(personId), trailEntry(event), kept, ring);
    }
    const kind = `${attemptDay(event.at)}|${event.event}|${event.outcome}`;
    return redis.auditCountAttempt(
      keys.auditAttempts(personId),
      keys.auditAttemptActors(personId),
      kind,
      ttlMs,
      attemptDay(event.at - options.retentionDays * DAY_MS),
      ATTEMPT_FIELDS_BEFORE_PRUNING,
      recorded ? `${kind}|${event.actor}` : "",
      `${kind}|`,
      ATTEMPT_ACTORS_KEPT,
    );
  }

  /** What a person did to others, filed under them as the stream records it, kept as long. */
  function fileUnderActor(actorId: string, trail: AuditTrail, event: AuditEvent): Promise<number> {
    return redis.auditFileBy(
      keys.auditBy(actorId, trail),
      event.at,
      byEntry(event),
      oldestKept(event.at),
      options.maxEvents,
      ttlMs,
    );
  }

  return {
    appendAudit: (event, append) =>
      run(async () => {
        // Rate-limited in the stream: attempts, and the protected events a chat repeats at will (a link, an
        // unlink: log out, link again), which would otherwise fill the day's share of the stream, pushing out
        // everyone else's events. A staff action, a relink or a reset is not.
        const limited = append.trail === "attempt" || append.repeatable !== undefined;
        // Held to the rate without adding to it: a link, a set-up (see AuditAppend.repeatable).
        const counts = append.repeatable !== "checked";
        // A rate-limited protected event goes to the person's trail whatever the rate: side by side with the
        // count. Any other is written below, with the stream, in one write.
        const toTrail =
          limited && append.trail === "protected" && append.personId !== undefined
            ? appendToPerson(append.personId, append, event, true)
            : null;
        if (limited && append.trail === "protected" && options.rateInScript === true) {
          // On a single Redis the count and the day's append are one script, in the same write as the trail's.
          const [length] = await Promise.all([appendToDayWithinRate(event, append.chat, counts), toTrail]);
          return dayResult(length, limited, length === RATE_LIMITED);
        }
        const [count, ownTrail] = await Promise.all([limited ? chatRate(append.chat, counts) : 0, toTrail]);
        const rateLimited = count > options.maxAttemptsPerChatHour;
        // The school's stream and the person's record are separate keys: written side by side, they leave
        // in one write (see writes-per-tick.ts).
        const [length] = await Promise.all([
          rateLimited ? null : appendToDay(event, limited, append),
          append.personId === undefined || ownTrail !== null
            ? null
            : appendToPerson(append.personId, append, event, !rateLimited),
          rateLimited || append.actorId === undefined
            ? null
            : fileUnderActor(append.actorId, append.trail, event),
        ]);
        return dayResult(length, limited, rateLimited);
      }),

    recentAudit: (limit) =>
      run(async () => {
        const events: AuditEvent[] = [];
        for (const day of await days()) {
          if (events.length >= limit) break;
          const entries = await redis.xrevrange(keys.auditDay(day), "+", "-", "COUNT", limit - events.length);
          events.push(...parseEntries(entries));
        }
        return events;
      }),

    auditTrailOf: (personId, limit) =>
      run(async () => {
        if (limit < 1) return [];
        // Only the trail's fields: the record also holds the version and the enrolment's answer hashes.
        const slots = [
          ...Array.from({ length: PROTECTED_EVENTS_PER_PERSON }, (_, i) => `${OWN_RING}${i}`),
          ...Array.from({ length: EVENTS_BY_OTHERS_PER_PERSON }, (_, i) => `${OTHERS_RING}${i}`),
        ];
        const entries = (await redis.hmget(keys.auditTrail(personId), ...slots))
          .filter((entry) => entry !== null)
          .map((entry) => parseTrailEntry(personId, entry))
          .filter((e) => e !== null);
        return entries.sort((a, b) => b.at - a.at).slice(0, limit);
      }),

    attemptCountsOf: (personId) =>
      run(async () => {
        const fields = await redis.hgetall(keys.auditAttempts(personId));
        const counts: AttemptCount[] = [];
        for (const [field, value] of Object.entries(fields)) {
          const [day, event, outcome] = field.split("|");
          const result = outcomeNamed(outcome);
          if (day === undefined || event === undefined || result === undefined) continue;
          counts.push({ day, event, outcome: result, count: Number(value) });
        }
        return counts.sort((a, b) => b.day.localeCompare(a.day) || a.event.localeCompare(b.event));
      }),

    attemptActorsOf: (personId) =>
      run(async () => {
        const fields = await redis.hgetall(keys.auditAttemptActors(personId));
        const counts: AttemptActorCount[] = [];
        for (const [field, value] of Object.entries(fields)) {
          const [day, event, outcome, ...actor] = field.split("|");
          const result = outcomeNamed(outcome);
          if (day === undefined || event === undefined || result === undefined) continue;
          counts.push({ day, event, outcome: result, actor: actor.join("|"), count: Number(value) });
        }
        return counts;
      }),

    auditByOf: (personId, trail, now, limit) =>
      run(async () => {
        const key = keys.auditBy(personId, trail);
        const from = oldestKept(now);
        // Side by side: one round trip, and only the entries shown are read.
        const [total, entries] = await Promise.all([
          redis.zcount(key, from, "+inf"),
          limit < 1 ? [] : redis.zrevrangebyscore(key, "+inf", from, "LIMIT", 0, limit),
        ]);
        const events = entries.map(parseByEntry).filter((e) => e !== null);
        return { events, total };
      }),

    auditUnlisted: (since) =>
      run(async () => {
        const first = attemptDay(since);
        const wanted = (await days()).filter((day) => day >= first).reverse();
        // Side by side: one round trip for the days asked (at most the days kept).
        const counted = await Promise.all(wanted.map((day) => redis.hgetall(keys.auditUnlisted(day))));
        const unlisted: UnlistedDay[] = [];
        wanted.forEach((day, i) => {
          const fields = counted[i] ?? {};
          const allFrom = Number(fields[FIRST_OF_ALL_LEFT_OUT]);
          const cappedFrom = Number(fields[FIRST_CAPPED_LEFT_OUT]);
          const shareFrom = Math.min(Number(fields[FIRST_ATTEMPT_LEFT_OUT] ?? Infinity), allFrom || Infinity);
          const from = Math.min(shareFrom, cappedFrom || Infinity);
          if (!Number.isFinite(from)) return;
          const counts: UnlistedDay["counts"] = [];
          for (const [field, value] of Object.entries(fields)) {
            const [event, outcome] = field.split("|");
            const result = outcomeNamed(outcome);
            if (event === undefined || result === undefined) continue;
            counts.push({ event, outcome: result, count: Number(value) });
          }
          counts.sort((a, b) => b.count - a.count || a.event.localeCompare(b.event));
          unlisted.push({
            day,
            from,
            ...(Number.isFinite(allFrom) ? { allFrom } : {}),
            ...(Number.isFinite(cappedFrom) ? { cappedFrom } : {}),
            ...(Number.isFinite(shareFrom) ? {} : { shareFull: false }),
            counts,
          });
        });
        return unlisted;
      }),

    auditRetentionDays: options.retentionDays,

    auditSince: (since, limit, until = Infinity) =>
      run(async () => {
        if (limit < 1) return [];
        const first = attemptDay(since);
        const last = Number.isFinite(until) ? attemptDay(until - 1) : undefined;
        // Newest first, so that a cap leaves out the oldest events, never today's; at most `limit` are read.
        const wanted = (await days()).filter((day) => day >= first && (last === undefined || day <= last));
        const newestFirst: AuditEvent[] = [];
        for (const day of wanted) {
          if (newestFirst.length >= limit) break;
          const entries = await redis.xrevrange(
            keys.auditDay(day),
            Number.isFinite(until) ? String(Math.max(1, Math.floor(until) - 1)) : "+",
            String(Math.max(1, Math.floor(since))),
            "COUNT",
            limit - newestFirst.length,
          );
          newestFirst.push(...parseEntries(entries).filter((event) => event.at >= since && event.at < until));
        }
        return newestFirst.reverse();
      }),
  };
}
