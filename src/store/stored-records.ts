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

/**
 * An audit event as the flat field/value list XADD takes, without its time: the entry id carries it (the
 * store adds an "at" field only when the id's time had to differ by more than 10 s, see person-scripts).
 * Always the same fields, a missing reason as "", so Redis stores the names once per stream node.
 */
export function auditFields(event: AuditEvent): string[] {
  const fields = [
    "event",
    event.event,
    "actor",
    event.actor,
    "subject",
    event.subject,
    "channel",
    // Left empty when the actor is a chat key of that channel (most events): it is read back from there.
    event.actor.startsWith(`${event.channel}:`) ? "" : event.channel,
    "outcome",
    event.outcome,
  ];
  fields.push("reason", event.reason ?? "");
  return fields;
}

/** An audit stream entry back as an event, or null if it is not one of ours. Its time: "at", else the id's. */
export function parseAuditFields(fields: string[], id = ""): AuditEvent | null {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) pairs.push([fields[i]!, fields[i + 1]!]);
  const record: Record<string, string> = { at: id.slice(0, id.indexOf("-")), ...Object.fromEntries(pairs) };
  const result = auditSchema.safeParse(record);
  if (!result.success) return null;
  const event = result.data;
  if (event.channel === "") event.channel = event.actor.slice(0, Math.max(0, event.actor.indexOf(":")));
  if (event.reason === "") delete event.reason;
  return event;
}
