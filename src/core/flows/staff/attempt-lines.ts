import type { AttemptActorCount, AttemptCount } from "../../ports/audit-log.js";
import type { FlowContext } from "../flow.js";
import { eventWords, outcomeWords, words } from "./report-words.js";

/** Who tried an attempt: the most frequent few by name, the rest as "others". */
const ACTORS_NAMED = 5;
/**
 * Days of attempts /audit shows, the newest: a month, as long as the record is kept by default. A school
 * that keeps it for years would otherwise get a line per day and kind, hundreds of chat messages long.
 */
export const ATTEMPT_DAYS_SHOWN = 30;

/**
 * /audit's attempt lines about a person: a line per day and kind, newest first, each with who tried as the
 * stream recorded them (`tried`: per day, kind and actor); past ATTEMPT_DAYS_SHOWN days, one line that says how many earlier days
 * there are and how to list them on the server. `attempts` newest day first, as the store gives them.
 */
export function attemptLines(
  ctx: FlowContext,
  id: string,
  attempts: readonly AttemptCount[],
  tried: readonly AttemptActorCount[],
): string[] {
  const days = [...new Set(attempts.map((a) => a.day))];
  const shown = new Set(days.slice(0, ATTEMPT_DAYS_SHOWN));
  const lines = attempts.filter((a) => shown.has(a.day)).map((a) => attemptLine(ctx, a, tried));
  const earlier = days.slice(ATTEMPT_DAYS_SHOWN);
  if (earlier.length === 0) return lines;
  const since = dayOf(earlier.at(-1)!);
  // The command as typed in every language (the catalogues keep commands out of their words).
  const command = `npm run audit -- --since ${since} --person ${shellWord(id)}`;
  const params = { count: earlier.length, since, command };
  return [...lines, words(ctx, { key: "audit.attemptsEarlier", params })];
}

/**
 * `id` as one word of a POSIX shell command: as it is when plain ("S1001", "tan.wl@school.edu"), else in
 * single quotes. The id is what the admin typed: pasted on the server, "$(…)" or ";" in it must run nothing.
 */
function shellWord(id: string): string {
  return /^[\w.:@-]+$/.test(id) ? id : `'${id.replaceAll("'", `'\\''`)}'`;
}

/** A day's count of one kind of attempt about the person, and who tried: as the stream recorded them. */
function attemptLine(ctx: FlowContext, a: AttemptCount, tried: readonly AttemptActorCount[]): string {
  const params = {
    day: dayOf(a.day),
    event: eventWords(ctx, a.event),
    outcome: outcomeWords(ctx, a.outcome),
    count: a.count,
  };
  const seen = tried.filter((t) => t.day === a.day && t.event === a.event && t.outcome === a.outcome);
  const recorded = seen.reduce((sum, t) => sum + t.count, 0);
  // Counted but not in the stream: a chat over its audit rate, or written before who tried was kept.
  const unrecorded = Math.max(0, a.count - recorded);
  if (recorded === 0) return words(ctx, { key: "audit.attemptLineWhoUnknown", params });
  // "" is the actors of a flood past those kept by name: among the others.
  const ranked = seen
    .filter((t) => t.actor !== "")
    .map((t): [string, number] => [t.actor, t.count])
    .sort(([a1, n1], [a2, n2]) => n2 - n1 || a1.localeCompare(a2));
  const named = ranked.slice(0, ACTORS_NAMED).map(([actor, n]) => `${actor} × ${n}`);
  const unnamed = seen.filter((t) => t.actor === "").reduce((sum, t) => sum + t.count, 0);
  const others = ranked.slice(ACTORS_NAMED).reduce((sum, [, n]) => sum + n, unnamed);
  if (others > 0) named.push(`${words(ctx, { key: "audit.whoOthers" })} × ${others}`);
  if (unrecorded > 0) named.push(`${words(ctx, { key: "audit.whoNotRecorded" })} × ${unrecorded}`);
  return words(ctx, { key: "audit.attemptLineBy", params: { ...params, who: named.join(", ") } });
}

/** The counters' day ("20260302") as a date (2026-03-02), as `npm run audit -- --since` also takes it. */
function dayOf(day: string): string {
  return /^\d{8}$/.test(day) ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}` : day;
}
