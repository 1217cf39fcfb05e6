import { chatKey, type ChatRef } from "../../chat.js";
import type { Text } from "../../messages.js";
import type { AuditEventName } from "../../audit.js";
import type { AuditEvent } from "../../ports/audit-log.js";
import type { Person } from "../../ports/directory.js";
import { isMessageKey, type MessageKey } from "../../i18n/en.js";
import { translate } from "../../i18n/translate.js";
import type { FlowContext } from "../flow.js";
import { MAX_ID_LENGTH, typedText } from "../typed-id.js";
import { reasonText } from "./audit-reasons.js";
import { typedChat } from "./unlock-chat.js";

/** A report's own words (its lines are built here), in the staff member's language. */
const words = (ctx: FlowContext, text: Text) =>
  translate(text, ctx.language ?? ctx.deps.settings.defaultLanguage);

const WEEK_MS = 7 * 24 * 3600_000;
/** Enough for a large school's week; the stream is capped anyway. */
const MAX_EVENTS_SCANNED = 100_000;
const AUDIT_EVENTS_SHOWN = 20;

/**
 * Who in a class has not set up yet, and who is suspended: what a form teacher chases. A student whose
 * account is disabled in the directory cannot set up or reset at all, so she is counted in neither, and
 * listed apart (only when there is one) with who can turn the account back on.
 */
export async function coverageReport(ctx: FlowContext, className: string): Promise<Text> {
  const listed = await ctx.deps.directory.listStudents(className);
  const students = listed.filter((s) => s.disabled !== true);
  const disabled = listed.filter((s) => s.disabled === true);
  const rows = await Promise.all(
    students.map(async (student) => ({
      student,
      setUp: (await ctx.deps.store.getEnrolment(student.id)) !== null,
      suspended: (await ctx.deps.limits.blockedUntil("student", student.id, ctx.now)) !== null,
    })),
  );
  const line = (student: Person) => `• ${student.name} (${student.id})`;
  const nobody = `• ${words(ctx, { key: "report.nobody" })}`;
  const list = (chosen: typeof rows) =>
    chosen.length === 0 ? nobody : chosen.map((r) => line(r.student)).join("\n");
  const disabledPart =
    disabled.length === 0
      ? ""
      : `\n${words(ctx, { key: "coverage.disabled", params: { list: disabled.map(line).join("\n") } })}`;
  return {
    key: "coverage.report",
    params: {
      class: className,
      total: rows.length,
      setUp: rows.filter((r) => r.setUp).length,
      missing: list(rows.filter((r) => !r.setUp)),
      suspended: list(rows.filter((r) => r.suspended)),
      disabled: disabledPart,
    },
  };
}

/**
 * One person's record: their protected events (staff actions, their own link, set-up and resets: time,
 * event, outcome, channel, who, why), then the attempts by anyone, counted per day. Never a secret.
 */
export async function auditReport(ctx: FlowContext, typedId: string): Promise<Text> {
  // "telegram:123", as an alert names a chat.
  const chat = typedChat(typedId);
  if (chat !== null) return chatAuditReport(ctx, chat);
  const typed = typedText(typedId);
  const person = typed.length > MAX_ID_LENGTH ? null : await ctx.deps.directory.findPerson(typed);
  const id = person?.id ?? typed.slice(0, MAX_ID_LENGTH);
  const [events, attempts] = await Promise.all([
    ctx.deps.store.auditTrailOf(id, AUDIT_EVENTS_SHOWN),
    ctx.deps.store.attemptCountsOf(id),
  ]);
  if (events.length === 0 && attempts.length === 0) return { key: "audit.none", params: { id } };
  const attemptLines = attempts.map((a) => {
    const params = {
      day: dayOf(a.day),
      event: eventWords(ctx, a.event),
      outcome: outcomeWords(ctx, a.outcome),
      count: a.count,
    };
    return words(ctx, { key: "audit.attemptLine", params });
  });
  const lines = [
    ...events.map((e) => describeEvent(ctx, e)),
    ...(attemptLines.length === 0 ? [] : [words(ctx, { key: "audit.attempts" }), ...attemptLines]),
  ];
  return { key: "audit.report", params: { id, events: lines.join("\n") } };
}

/**
 * One chat's record, for the admin an alert sent about it: who it is linked to, whether it is paused (and
 * by which limit, until when), and the week's events about the chat or done by it as a chat (a pause, a
 * lift of one, failed tries from it). A teacher's actions there name her as the actor: see /audit of the
 * students. Never a secret.
 */
async function chatAuditReport(ctx: FlowContext, chat: ChatRef): Promise<Text> {
  const key = chatKey(chat);
  const [linkedIds, checksUntil, failuresUntil, week] = await Promise.all([
    ctx.deps.store.linkedPeople(chat),
    ctx.deps.limits.blockedUntil("answer-checks", key, ctx.now),
    ctx.deps.limits.blockedUntil("chat", key, ctx.now),
    ctx.deps.store.auditSince(ctx.now - WEEK_MS, MAX_EVENTS_SCANNED),
  ]);
  const people = await Promise.all(linkedIds.map((id) => ctx.deps.directory.findPerson(id)));
  const linked = linkedIds.map((id, i) => {
    const person = people[i];
    return person === null || person === undefined ? id : `${person.name} (${person.id})`;
  });
  const paused = [
    ...(checksUntil === null ? [] : [pausedLine(ctx, "audit.chatPausedChecks", checksUntil)]),
    ...(failuresUntil === null ? [] : [pausedLine(ctx, "audit.chatPausedFailures", failuresUntil)]),
  ];
  const events = week
    .filter((e) => e.subject === key || e.actor === key)
    .reverse()
    .slice(0, AUDIT_EVENTS_SHOWN)
    .map((e) => describeEvent(ctx, e, true));
  const nobody = words(ctx, { key: "report.nobody" });
  const lift = words(ctx, { key: "audit.chatLiftHint", params: { chat: key } });
  return {
    key: "audit.chatReport",
    params: {
      chat: key,
      linked: linked.length === 0 ? nobody : linked.join(", "),
      paused:
        paused.length === 0 ? words(ctx, { key: "audit.chatNotPaused" }) : `${paused.join("; ")}. ${lift}`,
      events: events.length === 0 ? `• ${nobody}` : events.join("\n"),
    },
  };
}

function pausedLine(
  ctx: FlowContext,
  key: "audit.chatPausedChecks" | "audit.chatPausedFailures",
  until: number,
): string {
  return words(ctx, { key, params: { until: timeOf(until) } });
}

/** A time as the reports show it: "2026-03-02 08:05", in UTC. */
function timeOf(at: number): string {
  return new Date(at).toISOString().slice(0, 16).replace("T", " ");
}

/** Set-up coverage by class, and what happened in the last 7 days. */
export async function statsReport(ctx: FlowContext): Promise<Text> {
  const classes = await ctx.deps.directory.listClasses();
  const lines = await Promise.all(
    classes.map(async (className) => {
      const listed = await ctx.deps.directory.listStudents(className);
      // Disabled accounts cannot set up: counted apart, so they do not read as "not set up".
      const students = listed.filter((s) => s.disabled !== true);
      const disabled = listed.length - students.length;
      const enrolments = await Promise.all(students.map((s) => ctx.deps.store.getEnrolment(s.id)));
      const setUp = enrolments.filter((e) => e !== null).length;
      const params = { class: className, setUp, total: students.length };
      const text: Text =
        disabled === 0
          ? { key: "report.classLine", params }
          : { key: "report.classLineDisabled", params: { ...params, disabled } };
      return `• ${words(ctx, text)}`;
    }),
  );
  const week = await ctx.deps.store.auditSince(ctx.now - WEEK_MS, MAX_EVENTS_SCANNED);
  const count = (event: string, outcome: AuditEvent["outcome"]) =>
    week.filter((e) => e.event === event && e.outcome === outcome).length;
  return {
    key: "stats.report",
    params: {
      classes: lines.length === 0 ? `• ${words(ctx, { key: "report.nobody" })}` : lines.join("\n"),
      resets: count("reset", "ok"),
      guided: count("guided-reset", "ok"),
      suspensions: count("reset-suspended", "refused"),
    },
  };
}

/**
 * One event of a person's trail. The note stored with it is in English (the export keeps it so); a note
 * this version knows is shown in the staff member's language, any other as stored.
 */
function describeEvent(ctx: FlowContext, e: AuditEvent, withSubject = false): string {
  const params = {
    when: timeOf(e.at),
    event: eventWords(ctx, e.event),
    outcome: outcomeWords(ctx, e.outcome),
    channel: e.channel,
    actor: e.actor,
    subject: e.subject,
  };
  const reason = e.reason === undefined ? "" : ` – ${noteWords(ctx, e.event, e.reason)}`;
  // A chat's record has events about several people: each line says whom.
  const line = words(ctx, { key: withSubject ? "audit.chatLine" : "audit.line", params });
  return `${line}${reason}`;
}

// Every audited event has its words in the catalogues (a missing one does not compile).
const EVENT_KEY_CHECK: `audit.event.${AuditEventName}` extends MessageKey ? true : never = true;
void EVENT_KEY_CHECK;

/** An event's name in words; one this version does not know (an older or newer deploy's) as it is. */
function eventWords(ctx: FlowContext, event: string): string {
  const key = `audit.event.${event}`;
  return isMessageKey(key) ? words(ctx, { key }) : event;
}

function noteWords(ctx: FlowContext, event: string, note: string): string {
  const text = reasonText(event, note, (inner) => words(ctx, inner));
  return text === null ? note : words(ctx, text);
}

function outcomeWords(ctx: FlowContext, outcome: AuditEvent["outcome"]): string {
  const key = `audit.outcome.${outcome}`;
  return isMessageKey(key) ? words(ctx, { key }) : outcome;
}

/** The counters' day ("20260302") as a date (2026-03-02). */
function dayOf(day: string): string {
  return /^\d{8}$/.test(day) ? `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}` : day;
}
