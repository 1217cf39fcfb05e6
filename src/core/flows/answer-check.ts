import { ANSWER_MAX_LENGTH, ANSWER_MIN_LENGTH } from "../answers/answer-rules.js";
import { normaliseAnswer } from "../answers/normalise-answer.js";
import type { Reply } from "../messages.js";
import type { Enrolment } from "../ports/store.js";
import { say, type FlowContext } from "./flow.js";

/**
 * An answer typed during a reset, normalised, or what to tell the student when it cannot be any set-up
 * answer. Input-only: the same for every student, so it says nothing about whose answers they are.
 */
export function readAnswer(text: string): { ok: true; answer: string } | { ok: false; problem: Reply } {
  const answer = normaliseAnswer(text);
  if (answer.length < ANSWER_MIN_LENGTH)
    return { ok: false, problem: say("answer.tooShort", { min: ANSWER_MIN_LENGTH }) };
  if (answer.length > ANSWER_MAX_LENGTH)
    return { ok: false, problem: say("answer.tooLong", { max: ANSWER_MAX_LENGTH }) };
  return { ok: true, answer };
}

/**
 * One argon2 verification of a normalised answer against the person's enrolled answer to question `index`,
 * or against a dummy hash when there is nothing real to check (`personId` null, or the answers changed
 * meanwhile): the same work either way. The answer is never stored, only whether it matched.
 */
export async function verifyEnrolledAnswer(
  ctx: FlowContext,
  personId: string | null,
  questionIds: string[],
  index: number,
  answer: string,
): Promise<boolean> {
  return (await checkEnrolledAnswer(ctx, personId, questionIds, index, answer)).matches;
}

/** As verifyEnrolledAnswer, and also the enrolment that was checked (null for a dummy check). */
export async function checkEnrolledAnswer(
  ctx: FlowContext,
  personId: string | null,
  questionIds: string[],
  index: number,
  answer: string,
): Promise<{ matches: boolean; enrolment: Enrolment | null }> {
  const { hasher, store } = ctx.deps;
  if (personId === null) return { matches: await hasher.verifyDummy(answer), enrolment: null };
  const enrolment = await store.getEnrolment(personId);
  const sameQuestions = enrolment?.questionIds.join() === questionIds.join();
  const hash = sameQuestions ? enrolment?.answerHashes[index] : undefined;
  if (enrolment === null || hash === undefined) {
    return { matches: await hasher.verifyDummy(answer), enrolment: null };
  }
  return { matches: await hasher.verify(enrolment, hash, answer), enrolment };
}
