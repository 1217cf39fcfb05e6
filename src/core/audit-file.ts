import { RELINKS_LISTED_A_DAY, type AuditEvent, type AuditLog, type UnlistedDay } from "./ports/audit-log.js";
import { classInSubject, isAboutClass } from "./class-subject.js";
import { storedTextOnItsLine } from "./stored-text-line.js";

export type AuditFormat = "csv" | "jsonl";

/** The columns of an export: ids, events and times only (the audit holds no secret and no name). */
const COLUMNS = ["time", "event", "outcome", "actor", "subject", "channel", "reason"] as const;

/**
 * A field as text a terminal only prints: the export is read with `npm run audit` in a terminal, where a
 * control character (an escape code in a typed class, audited before typed text dropped them) would act.
 */
const printable = storedTextOnItsLine;

function row(event: AuditEvent): Record<(typeof COLUMNS)[number], string> {
  return {
    time: new Date(event.at).toISOString(),
    event: event.event,
    outcome: event.outcome,
    actor: printable(event.actor),
    subject: printable(event.subject),
    channel: event.channel,
    reason: printable(event.reason ?? ""),
  };
}

/**
 * A `;` after which a spreadsheet that splits cells at `;` (Excel where numbers are written 1,5) would start
 * a cell it runs as a formula, maybe after spaces (an import may trim them) or a quote.
 */
const FORMULA_AFTER_SEMICOLON = /;(?=[\t\r]|[\s"]*[=+\-@])/g;

/**
 * One CSV cell. A cell a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with a quote:
 * an id typed by a student lands in `subject` and must not become a formula on an admin's computer. So is
 * what follows a `;` inside the cell: the cell's quotes keep it whole only where `,` alone splits cells, and
 * a spreadsheet splitting at `;` does not know them in the middle of a line.
 */
function csvCell(value: string): string {
  const first = /^[=+\-@\t\r]/.test(value) && value !== "-" ? `'${value}` : value;
  const safe = first.replace(FORMULA_AFTER_SEMICOLON, ";'");
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The event that stands in the file for a day's events the stream counted but did not list. */
export const NOT_LISTED = "not-listed";

/**
 * A day whose share of the stream was full, as a line of the file at the time it first left an event out:
 * how many of each kind it counted instead, so that a reader of the file knows the list is not whole.
 */
export function unlistedLine(day: UnlistedDay): AuditEvent {
  const kinds = day.counts.map((c) => `${c.event} ${c.outcome} × ${c.count}`).join(", ");
  const all = day.allFrom === undefined ? "" : `; every event from ${new Date(day.allFrom).toISOString()}`;
  const why = [
    ...(day.shareFull === false ? [] : ["the day's share of AUDIT_MAX_EVENTS was full"]),
    ...(day.cappedFrom === undefined
      ? []
      : [`an account's link moved more than ${RELINKS_LISTED_A_DAY} times that day`]),
  ].join(" and ");
  return {
    at: day.from,
    event: NOT_LISTED,
    outcome: "info",
    actor: "-",
    subject: "-",
    channel: "-",
    reason: `${kinds}: counted, not listed, as ${why}${all}`,
  };
}

/** The event that stands first in a file that a cap cut short: what was left out, from when the file starts. */
export const OLDER_LEFT_OUT = "older-left-out";

/** A file of the newest `max` events: the older ones, from `since` up to the first listed, were left out. */
export interface LeftOut {
  since: number;
  from: number;
  max: number;
}

function leftOutLine(leftOut: LeftOut): AuditEvent {
  return {
    at: leftOut.since,
    event: OLDER_LEFT_OUT,
    outcome: "info",
    actor: "-",
    subject: "-",
    channel: "-",
    reason: `this file holds only the newest ${leftOut.max} events, from ${new Date(leftOut.from).toISOString()}: older events were left out (npm run audit on the bot's server exports them all)`,
  };
}

/**
 * The audit events as a file in `format`, oldest first, one event per line after a CSV header, with a
 * not-listed line for each day of `unlisted` (see unlistedLine) in its place by time.
 */
export function auditFile(
  listed: readonly AuditEvent[],
  format: AuditFormat,
  unlisted: readonly UnlistedDay[] = [],
  leftOut?: LeftOut,
): string {
  const events = [...listed, ...unlisted.map(unlistedLine)].sort((a, b) => a.at - b.at);
  if (leftOut !== undefined) events.unshift(leftOutLine(leftOut));
  if (format === "jsonl") return events.map((event) => `${JSON.stringify(row(event))}\n`).join("");
  const lines = [COLUMNS.join(",")];
  for (const event of events) {
    const cells = row(event);
    lines.push(COLUMNS.map((column) => csvCell(cells[column])).join(","));
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Events about or by one person (ids compare case-insensitively, as everywhere); for "class:5B", about that
 * class, also as a record from before the directory's spelling was kept wrote it ("class:5 b").
 */
export function eventsOf(events: readonly AuditEvent[], personId: string): AuditEvent[] {
  const wanted = personId.trim().toLowerCase();
  const className = classInSubject(personId);
  return events.filter(
    (event) =>
      event.subject.toLowerCase() === wanted ||
      event.actor.toLowerCase() === wanted ||
      (className !== null && isAboutClass(event.subject, className)),
  );
}

/**
 * What `npm run audit` exports: the stream from `since` up to (not including) `until` when given, at most
 * `limit` events, maybe one person's, and the days that left events out before `until` (one person's may be
 * among them; a day's counts are the whole day's).
 */
export async function readAuditSpan(
  audit: Pick<AuditLog, "auditSince" | "auditUnlisted">,
  request: { since: number; until?: number; limit: number; personId?: string },
): Promise<{ events: AuditEvent[]; unlisted: UnlistedDay[] }> {
  const until = request.until ?? Infinity;
  const [all, unlisted] = await Promise.all([
    audit.auditSince(request.since, request.limit, until),
    audit.auditUnlisted(request.since),
  ]);
  const events = all.filter((event) => event.at < until);
  return {
    events: request.personId === undefined ? events : eventsOf(events, request.personId),
    unlisted: unlisted.filter((day) => day.from < until),
  };
}

/** The export `npm run audit` prints (see readAuditSpan), as a file in `format`. */
export async function exportAudit(
  audit: Pick<AuditLog, "auditSince" | "auditUnlisted">,
  request: { since: number; until?: number; limit: number; personId?: string; format: AuditFormat },
): Promise<string> {
  const { events, unlisted } = await readAuditSpan(audit, request);
  return auditFile(events, request.format, unlisted);
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** 2026-09-01, 2026-09-01T08:00 (or a space for the T), with seconds, and a zone (Z, +08:00) or none. */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * "7d", "12h", "30m", "2w" or an ISO date into a time (ms since the epoch); null when it is neither, or a day
 * or hour the calendar does not have. A date or time without a zone is UTC, as the export's time column and
 * every time the bot shows are: JavaScript would read a time without one in the server's own zone, so the
 * same command would export another span on a server (or container) set to another zone.
 */
export function parseSince(value: string, now: number): number | null {
  const relative = /^(\d{1,6})([mhdw])$/.exec(value.trim());
  if (relative !== null) return now - Number(relative[1]) * UNIT_MS[relative[2]!]!;
  const parts = DATE_TIME.exec(value.trim());
  if (parts === null) return null;
  const [year, month, day, hour, minute, second] = parts
    .slice(1, 7)
    .map((part) => Number(part ?? 0)) as number[];
  const at = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  const real = at.getUTCMonth() === month! - 1 && at.getUTCDate() === day && at.getUTCHours() === hour;
  if (!real || minute! > 59 || second! > 59) return null;
  return at.getTime() + Math.round(Number(parts[7] ?? 0) * 1000) - zoneOffsetMs(parts[8]);
}

/** How far ahead of UTC a zone written as Z, +08:00 or -0500 is; none is UTC. */
function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === "Z") return 0;
  const digits = zone.replace(":", "");
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return (digits.startsWith("-") ? -1 : 1) * minutes * 60_000;
}
