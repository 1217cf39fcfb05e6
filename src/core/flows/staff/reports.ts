import type { Text } from "../../messages.js";
import type { AuditEvent } from "../../ports/store.js";
import type { FlowContext } from "../flow.js";

const WEEK_MS = 7 * 24 * 3600_000;
/** Enough for a large school's week; the stream is capped anyway. */
const MAX_EVENTS_SCANNED = 100_000;
const AUDIT_EVENTS_SHOWN = 20;
/** Staff reports are plain lists for adults; their few fixed words stay in English. */
const NOBODY = "nobody";

/** Who in a class has not set up yet, and who is suspended: what a form teacher chases. */
export async function coverageReport(ctx: FlowContext, className: string): Promise<Text> {
  const students = await ctx.deps.directory.listStudents(className);
  const rows = await Promise.all(
    students.map(async (student) => ({
      student,
      setUp: (await ctx.deps.store.getEnrolment(student.id)) !== null,
      suspended: (await ctx.deps.store.suspendedUntil(student.id, ctx.now)) !== null,
    })),
  );
  const line = (r: (typeof rows)[number]) => `• ${r.student.name} (${r.student.id})`;
  const list = (chosen: typeof rows) => (chosen.length === 0 ? `• ${NOBODY}` : chosen.map(line).join("\n"));
  return {
    key: "coverage.report",
    params: {
      class: className,
      total: rows.length,
      setUp: rows.filter((r) => r.setUp).length,
      missing: list(rows.filter((r) => !r.setUp)),
      suspended: list(rows.filter((r) => r.suspended)),
    },
  };
}

/** The newest events about one person: time, event, outcome, channel, who, why. Events never hold secrets. */
export async function auditReport(ctx: FlowContext, typedId: string): Promise<Text> {
  const person = await ctx.deps.directory.findPerson(typedId.trim());
  const id = person?.id ?? typedId.trim();
  const events = await ctx.deps.store.recentAuditOf(id, AUDIT_EVENTS_SHOWN);
  if (events.length === 0) return { key: "audit.none", params: { id } };
  return { key: "audit.report", params: { id, events: events.map(describeEvent).join("\n") } };
}

/** Set-up coverage by class, and what happened in the last 7 days. */
export async function statsReport(ctx: FlowContext): Promise<Text> {
  const classes = await ctx.deps.directory.listClasses();
  const lines = await Promise.all(
    classes.map(async (className) => {
      const students = await ctx.deps.directory.listStudents(className);
      const enrolments = await Promise.all(students.map((s) => ctx.deps.store.getEnrolment(s.id)));
      const setUp = enrolments.filter((e) => e !== null).length;
      return `• ${className}: ${setUp} of ${students.length} set up`;
    }),
  );
  const week = await ctx.deps.store.auditSince(ctx.now - WEEK_MS, MAX_EVENTS_SCANNED);
  const count = (event: string, outcome: AuditEvent["outcome"]) =>
    week.filter((e) => e.event === event && e.outcome === outcome).length;
  return {
    key: "stats.report",
    params: {
      classes: lines.length === 0 ? `• ${NOBODY}` : lines.join("\n"),
      resets: count("reset", "ok"),
      guided: count("guided-reset", "ok"),
      suspensions: count("reset-suspended", "refused"),
    },
  };
}

function describeEvent(e: AuditEvent): string {
  const when = new Date(e.at).toISOString().slice(0, 16).replace("T", " ");
  const reason = e.reason === undefined ? "" : ` – ${e.reason}`;
  return `${when} UTC  ${e.event} ${e.outcome} (${e.channel}, by ${e.actor})${reason}`;
}
