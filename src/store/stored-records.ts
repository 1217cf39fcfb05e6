import { z } from "zod";
import type { AuditEvent, Enrolment } from "../core/ports/store.js";

const enrolmentSchema = z
  .object({
    questionIds: z.array(z.string()),
    answerHashes: z.array(z.string()),
    normalisationVersion: z.number().int(),
    enrolledAt: z.number(),
  })
  .refine((e) => e.questionIds.length === e.answerHashes.length, "one answer hash per question");

/**
 * Reads a stored enrolment. Anything that does not parse (an old format, a hand edit) means "not enrolled":
 * the student sets up again rather than the bot crashing. Returns the failing field paths for a log line;
 * never the value, which holds answer hashes.
 */
export function parseEnrolment(raw: string): { enrolment: Enrolment } | { problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    // The SyntaxError message quotes part of the value, so it is dropped.
    return { problems: ["not JSON"] };
  }
  const result = enrolmentSchema.safeParse(value);
  if (result.success) return { enrolment: result.data };
  return {
    problems: result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.code}`),
  };
}

/** The enrolment as stored: only the port's fields, so nothing extra a caller attached is persisted. */
export function serialiseEnrolment(enrolment: Enrolment): string {
  const { questionIds, answerHashes, normalisationVersion, enrolledAt } = enrolment;
  return JSON.stringify({ questionIds, answerHashes, normalisationVersion, enrolledAt });
}

const auditSchema = z.object({
  at: z.coerce.number(),
  event: z.string(),
  actor: z.string(),
  subject: z.string(),
  channel: z.string(),
  outcome: z.enum(["ok", "failed", "refused", "info"]),
  reason: z.string().optional(),
});

/** An audit event as the flat field/value list XADD takes. */
export function auditFields(event: AuditEvent): string[] {
  const fields = [
    "at",
    String(event.at),
    "event",
    event.event,
    "actor",
    event.actor,
    "subject",
    event.subject,
    "channel",
    event.channel,
    "outcome",
    event.outcome,
  ];
  if (event.reason !== undefined) fields.push("reason", event.reason);
  return fields;
}

/** An audit stream entry's field/value list back as an event, or null if it is not one of ours. */
export function parseAuditFields(fields: string[]): AuditEvent | null {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) pairs.push([fields[i]!, fields[i + 1]!]);
  const result = auditSchema.safeParse(Object.fromEntries(pairs));
  return result.success ? result.data : null;
}
