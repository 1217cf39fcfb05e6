import type { FlowContext } from "./flow.js";

/**
 * How an id that matches nobody appears in audit events and throttling: a short keyed digest, so a
 * password typed into the id box by mistake is never stored, yet repeats of one id still count together.
 */
export function subjectForTypedId(ctx: FlowContext, typedId: string): string {
  return `unknown:${ctx.deps.digest.digest("unknown-subject", typedId.trim().toLowerCase()).slice(0, 12)}`;
}
