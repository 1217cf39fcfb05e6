import { z } from "zod";
import type { AuditEvent } from "../core/ports/store.js";

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
