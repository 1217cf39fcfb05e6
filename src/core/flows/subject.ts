import type { FlowContext } from "./flow.js";

/**
 * How an id that matches nobody appears in audit events and throttling: a short keyed digest, so a
 * password typed into the id box by mistake is never stored, yet repeats of one id still count together.
 */
export function subjectForTypedId(ctx: FlowContext, typedId: string): string {
  return `unknown:${ctx.deps.digest.digest("unknown-subject", typedId.trim().toLowerCase()).slice(0, 12)}`;
}

/**
 * What a chat's failure counts against when throttling the chat: the person, or one shared "unknown" for
 * every id that matches nobody, so that a child's typos do not look like trying many classmates.
 */
export function throttleSubject(person: { id: string } | null): string {
  return person === null ? "unknown-id" : person.id.toLowerCase();
}
