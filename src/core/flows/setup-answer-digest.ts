import type { FlowContext } from "./flow.js";

/**
 * The keyed digest of a normalised set-up answer, to tell it again (a repeat, the same sent twice, or a
 * practice round's new answer typed a second time); kept in the dialog state only, never with the enrolment.
 */
export function setupAnswerDigest(ctx: FlowContext, personId: string, normalised: string): string {
  return ctx.deps.digest.digest("setup-answer", `${personId}\u0000${normalised}`);
}
