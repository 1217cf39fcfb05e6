import { KNOWN_NORMALISATION_VERSIONS, normaliseAnswer } from "../answers/normalise-answer.js";
import { digestsEqual } from "../answers/keyed-digest.js";
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

/**
 * The number (from 1) of the earlier question whose answer has this digest, or null. Every digest is
 * compared, in constant time, so how long it takes does not say which matched.
 */
export function sameAsEarlier(earlierAnswers: string[] | undefined, digest: string): number | null {
  let found: number | null = null;
  (earlierAnswers ?? []).forEach((earlier, i) => {
    if (digestsEqual(earlier, digest) && found === null) found = i + 1;
  });
  return found;
}

/**
 * The round's digests with this answer's, while they match its questions one to one (older states have none).
 * The last question's is not kept: no question follows to compare it with, and the state holds two at most.
 */
export function withEarlierAnswer(
  state: { index: number; questionIds: readonly string[]; earlierAnswers?: string[] | undefined },
  digest: string,
): { earlierAnswers?: string[] } {
  const kept = state.earlierAnswers ?? [];
  if (state.index >= state.questionIds.length - 1) return kept.length === 0 ? {} : { earlierAnswers: kept };
  return kept.length === state.index ? { earlierAnswers: [...kept, digest] } : {};
}

/**
 * Whether `typed` is the round's last answer (`lastAnswer`, its roundAnswerDigest, kept at the new-password
 * choice) sent again: a slow phone's second Send of question 3's answer. Compared in constant time.
 */
export function sameAsLastAnswer(
  ctx: FlowContext,
  state: { personId: string; lastAnswer?: string | undefined },
  typed: string,
): boolean {
  if (state.lastAnswer === undefined) return false;
  // The round's subject is her person id whenever a round is verified (only a genuine check succeeds).
  return digestsEqual(state.lastAnswer, roundAnswerDigest(ctx, state.personId, typed));
}
