import type { FlowContext } from "./flow.js";
import { idMatchKey } from "./typed-id.js";

/** What every made-up id's subject starts with (no person id has a ":"; see audit.ts). */
const MADE_UP_SUBJECT_PREFIX = "unknown:";

/**
 * Whether a subject stands for an id that matched nobody (subjectForTypedId), not a person: its counters
 * expire by themselves, and it is never a leaver to look up or remove.
 */
export function isMadeUpSubject(subject: string): boolean {
  return subject.startsWith(MADE_UP_SUBJECT_PREFIX);
}

/**
 * How an id that matches nobody appears in audit events and throttling: a short keyed digest, so a
 * password typed into the id box by mistake is never stored, yet repeats of one id still count together.
 */
export function subjectForTypedId(ctx: FlowContext, typedId: string): string {
  return `${MADE_UP_SUBJECT_PREFIX}${ctx.deps.digest.digest("unknown-subject", idMatchKey(typedId)).slice(0, 12)}`;
}
