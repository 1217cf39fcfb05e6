import type { AuditEventName } from "../../audit.js";
import type { Text } from "../../messages.js";
import type { AuditEvent } from "../../ports/audit-log.js";
import { isMessageKey, type MessageKey } from "../../i18n/en.js";
import { translate } from "../../i18n/translate.js";
import type { FlowContext } from "../flow.js";

/** A report's own words (its lines are built in the flows), in the staff member's language. */
export const words = (ctx: FlowContext, text: Text) =>
  translate(text, ctx.language ?? ctx.deps.settings.defaultLanguage);

// Every audited event has its words in the catalogues (a missing one does not compile).
const EVENT_KEY_CHECK: `audit.event.${AuditEventName}` extends MessageKey ? true : never = true;
void EVENT_KEY_CHECK;

/** An event's name in words; one this version does not know (an older or newer deploy's) as it is. */
export function eventWords(ctx: FlowContext, event: string): string {
  const key = `audit.event.${event}`;
  return isMessageKey(key) ? words(ctx, { key }) : event;
}

export function outcomeWords(ctx: FlowContext, outcome: AuditEvent["outcome"]): string {
  const key = `audit.outcome.${outcome}`;
  return isMessageKey(key) ? words(ctx, { key }) : outcome;
}
