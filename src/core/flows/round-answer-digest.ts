import { KNOWN_NORMALISATION_VERSIONS, normaliseAnswer } from "../answers/normalise-answer.js";
import type { FlowContext } from "./flow.js";

/**
 * The keyed digest of an answer checked in a reset's round, to tell the same answer typed for a later
 * question (a slow phone's second Send): set-up keeps the three answers different, so it cannot be right.
 *
 * The answer is normalised with every version this code knows, and two answers are the same only when all
 * agree. So it holds for an enrolment of any version (set-up made its answers differ under its own), for one
 * hashed anew under today's version after a reset (two answers an older set-up told apart may fold into one
 * today), and a made-up id's decoy round refuses exactly what a real student's refuses: nothing tells whose
 * answers are behind it. Kept in the round's dialog state only, and gone when the round ends.
 */
export function roundAnswerDigest(ctx: FlowContext, subject: string, typed: string): string {
  const forms = KNOWN_NORMALISATION_VERSIONS.map((version) => normaliseAnswer(version, typed));
  return ctx.deps.digest.digest("round-answer", [subject, ...forms].join("\u0000"));
}
