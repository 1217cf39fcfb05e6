import type { Enrolment } from "../ports/enrolments.js";
import { enrolmentNeedsUpgrade } from "../answers/enrolment-upgrade.js";
import { mayBeNonAnswerUnder, NON_ANSWERS_VERSION, nonAnswersVersionOf } from "../answers/non-answers.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "../answers/normalise-answer.js";
import type { FlowContext } from "./flow.js";
import { namesAnOfferedQuestion } from "../questions/question-named.js";

/**
 * Upgrading an enrolment after a successful reset: while a reset is checked, each right answer to a stale
 * enrolment is sealed into the dialog state; once the new password is set, the answers are hashed anew with
 * the current parameters and pepper and saved only if the enrolment is still the one that was checked.
 * The upgrade's three hashes come on top of a reset's three verifications, once per student and change.
 * An enrolment saved under an older list of non-answers needs no hashes: once none of its answers is a word
 * set-up refuses now, it is saved as of today's list, so "I don't know" is no longer checked for it.
 */

/**
 * Whether an enrolment's hashes are due to be made again when the answers are at hand: an older argon2
 * parameter set, or a pepper other than the current one (ANSWER_PEPPER_PREVIOUS, or not recorded). Add a
 * reason here when something else about how answers are hashed changes.
 */
export function enrolmentIsStale(ctx: FlowContext, enrolment: Enrolment): boolean {
  return hashesAreStale(ctx, enrolment) || nonAnswersVersionOf(enrolment) < NON_ANSWERS_VERSION;
}

function hashesAreStale(ctx: FlowContext, enrolment: Enrolment): boolean {
  // An older answer normalisation (version 1 dropped Tamil vowel signs) is a reason too.
  return ctx.deps.hasher.isStale(enrolment) || enrolmentNeedsUpgrade(enrolment);
}

interface SealedAnswers {
  /** The enrolment the answers were checked against (its stamp): the upgrade replaces only that one. */
  stamp: string;
  /** As typed, so the upgrade normalises them with the rules of its day. */
  answers: string[];
}

/**
 * Adds a right answer to what the upgrade will need, sealed; undefined when there is nothing to upgrade.
 * `sealed` is what earlier answers of this reset left.
 */
export function keepAnswerForUpgrade(
  ctx: FlowContext,
  enrolment: Enrolment | null,
  sealed: string | undefined,
  typed: string,
): string | undefined {
  if (enrolment === null || !enrolmentIsStale(ctx, enrolment)) return undefined;
  const stamp = enrolment.stamp ?? "";
  const earlier = sealed === undefined ? undefined : readSealed(ctx, sealed);
  const answers = earlier !== undefined && earlier.stamp === stamp ? earlier.answers : [];
  return ctx.deps.hasher.seal.seal({ stamp, answers: [...answers, typed] } satisfies SealedAnswers);
}

/**
 * After a successful reset: hashes the sealed answers anew and replaces the enrolment if it is still the
 * one they were checked against. Never fails the reset: a problem is logged (without any secret) and the
 * enrolment stays as it was, to be upgraded after another reset.
 */
export async function upgradeEnrolmentAfterReset(
  ctx: FlowContext,
  personId: string,
  sealed: string | undefined,
): Promise<void> {
  if (sealed === undefined) return;
  const { store, hasher, logger } = ctx.deps;
  try {
    const kept = readSealed(ctx, sealed);
    const enrolment = await store.getEnrolment(personId);
    if (kept === undefined || enrolment === null || enrolment.stamp !== kept.stamp) return;
    if (kept.answers.length !== enrolment.questionIds.length) return;
    // Recorded even when it stays as it was: a normalisation upgrade must not make it seem newer. A question's
    // key word ("book") is refused by today's set-up too (see QUESTION_WORDS_REFUSED_SINCE).
    const nonAnswer = (answer: string) =>
      mayBeNonAnswerUnder(answer, enrolment.normalisationVersion) ||
      namesAnOfferedQuestion(ctx.deps.questions, answer);
    // A newer replica's version (a longer list) is kept: these answers passed it.
    const nonAnswersVersion = kept.answers.some(nonAnswer)
      ? nonAnswersVersionOf(enrolment)
      : Math.max(NON_ANSWERS_VERSION, nonAnswersVersionOf(enrolment));
    const rehash = hashesAreStale(ctx, enrolment);
    if (!rehash && nonAnswersVersion === enrolment.nonAnswersVersion) return;
    const { stamp: _stamp, ...rest } = enrolment;
    let upgraded: Enrolment = { ...rest, nonAnswersVersion };
    if (rehash) {
      const answerHashes = [];
      for (const answer of kept.answers)
        answerHashes.push(await hasher.hash(normaliseAnswer(NORMALISATION_VERSION, answer)));
      upgraded = { ...upgraded, answerHashes, ...hasher.origin, normalisationVersion: NORMALISATION_VERSION };
    }
    const saved = await store.upgradeEnrolment(personId, enrolment, upgraded);
    logger.info(
      { event: "enrolment_upgraded", subject: personId, saved, rehashed: rehash, nonAnswersVersion },
      rehash ? "answers hashed anew after a reset" : "answers saved as of today's non-answers after a reset",
    );
  } catch (error) {
    logger.warn(
      { err: error, subject: personId },
      "could not hash a student's answers anew; kept as they were",
    );
  }
}

function readSealed(ctx: FlowContext, sealed: string): SealedAnswers | undefined {
  const value = ctx.deps.hasher.seal.open(sealed) as Partial<SealedAnswers> | undefined;
  if (typeof value?.stamp !== "string" || !Array.isArray(value.answers)) return undefined;
  if (!value.answers.every((a) => typeof a === "string")) return undefined;
  return { stamp: value.stamp, answers: value.answers };
}
