import {
  isKnownNormalisationVersion,
  NORMALISATION_VERSION,
  normaliseAnswer,
} from "../answers/normalise-answer.js";
import { asksAQuestion, isQuestionNumber } from "../answers/answer-rules.js";
import type { Reply } from "../messages.js";
import type { Enrolment } from "../ports/enrolments.js";
import { say, type FlowContext } from "./flow.js";

/**
 * An answer typed during a reset, as typed: it is normalised later, with the version of the enrolment it is
 * checked against. No length rule applies here (only set-up has them), so an answer that is stored can
 * always be typed again. Input-only: the same for every student, so it says nothing about whose answers
 * they are.
 */
export function readAnswer(text: string): { ok: true; answer: string } | { ok: false; problem: Reply } {
  // Nothing left after normalising (spaces, emoji): no stored answer of any version can be that. A 🐯 may be
  // meant as "tiger": she is told only words count.
  if (normaliseAnswer(NORMALISATION_VERSION, text) === "")
    return { ok: false, problem: say(text.trim() === "" ? "input.emptyAnswer" : "answer.onlyEmoji") };
  // A question asked back is no answer: never checked, so it costs no try (the same without its "?" is).
  if (asksAQuestion(text)) return { ok: false, problem: say("answer.isQuestion") };
  // "1" for "Question 1 of 3", as set-up's numbered buttons taught her. Set-up has never saved one or two
  // digits (3 letters or numbers at least, since its first version), so it is never checked and costs no try.
  if (isQuestionNumber(text)) return { ok: false, problem: say("answer.isNumber") };
  return { ok: true, answer: text };
}

export interface AnswerCheck {
  matches: boolean;
  /** The enrolment that was checked (null for a dummy check). */
  enrolment: Enrolment | null;
  /**
   * The enrolment was saved by a newer version of the bot (a normalisation version or argon2 parameter set
   * this code does not know): no match, no limit counts it.
   */
  unknownVersion?: boolean;
  /**
   * The enrolment names a pepper this server does not have: nothing was checked (a dummy check did the same
   * work), so no limit counts it, and the admins have been alerted.
   */
  unknownPepper?: boolean;
}

/**
 * One argon2 verification of a typed answer against the person's enrolled answer to question `index`,
 * normalised with the enrolment's own version; or against a dummy hash when there is nothing real to check
 * (`personId` null, or the answers changed meanwhile): the same work either way. The answer is never
 * stored, only whether it matched.
 */
export async function checkEnrolledAnswer(
  ctx: FlowContext,
  personId: string | null,
  questionIds: string[],
  index: number,
  typed: string,
  /** The person's enrolment, when the step read it already (alongside its other reads). */
  readEarlier?: Promise<Enrolment | null>,
): Promise<AnswerCheck> {
  const { hasher, store, logger } = ctx.deps;
  const current = normaliseAnswer(NORMALISATION_VERSION, typed);
  if (personId === null) return { matches: await hasher.verifyDummy(current), enrolment: null };
  const enrolment = await (readEarlier ?? store.getEnrolment(personId));
  const sameQuestions = enrolment?.questionIds.join() === questionIds.join();
  const hash = sameQuestions ? enrolment?.answerHashes[index] : undefined;
  if (enrolment === null || hash === undefined) {
    return { matches: await hasher.verifyDummy(current), enrolment: null };
  }
  if (!hasher.hasPepperOf(enrolment)) {
    reportUnknownPepper(ctx, personId, enrolment.pepperTag);
    await hasher.verifyDummy(current);
    return { matches: false, enrolment, unknownPepper: true };
  }
  const version = enrolment.normalisationVersion;
  if (!isKnownNormalisationVersion(version) || !hasher.knowsParametersOf(enrolment)) {
    // A newer replica's enrolment during a rolling deploy: never a match, never a suspension.
    logger.warn(
      { subject: personId, normalisationVersion: version, parameterSet: enrolment.parameterSet },
      "an enrolment was saved by a newer version of the bot (its answer normalisation or argon2 parameter set is not known here)",
    );
    await hasher.verifyDummy(current);
    return { matches: false, enrolment, unknownVersion: true };
  }
  return { matches: await hasher.verify(enrolment, hash, normaliseAnswer(version, typed)), enrolment };
}

/**
 * How often one process logs the error for one pepper id. Every answer check of every student meets the
 * same wrong pepper, so logging each would bury the log in one line; an hour keeps it in sight of whoever
 * reads the log and tells them it has not gone away.
 */
export const UNKNOWN_PEPPER_LOG_MS = 60 * 60_000;

/**
 * A server whose ANSWER_PEPPER is wrong or was changed cannot check any answer saved with the old one. The
 * log and the alert name the pepper only by its public id (the tag saved with each enrolment). The error is
 * logged once per id per UNKNOWN_PEPPER_LOG_MS, counting the checks it left out; the alert is raised on
 * every check, and the alert service sends one per id within its de-duplication window.
 */
function reportUnknownPepper(ctx: FlowContext, personId: string, pepperTag: string): void {
  const { logger, logThrottle, alerts } = ctx.deps;
  alerts.raise({ kind: "unknown-pepper", subject: pepperTag });
  const leftOut = logThrottle.admit(`unknown-pepper:${pepperTag}`, ctx.now, UNKNOWN_PEPPER_LOG_MS);
  if (leftOut === null) return;
  logger.error(
    { subject: personId, hashKeyId: pepperTag, ...leftOut },
    `saved answers were made with a pepper this server does not have (id ${pepperTag}), so they cannot be checked: check ANSWER_PEPPER and ANSWER_PEPPER_PREVIOUS`,
  );
}

/** What a round's answers so far found, carried in its dialog state from one answer to the next. */
export interface RoundSoFar {
  allMatch: boolean;
  /** Some enrolment was saved by a newer version of the bot (see AnswerCheck). */
  unknownVersion?: boolean;
  /** Some enrolment was hashed with a pepper this server does not have (see AnswerCheck). */
  unknownPepper?: boolean;
}

/** The round so far with one more check: every answer matched, and whether any could not be checked. */
export function withCheck(round: RoundSoFar, check: AnswerCheck): RoundSoFar {
  const unknownVersion = round.unknownVersion === true || check.unknownVersion === true;
  const unknownPepper = round.unknownPepper === true || check.unknownPepper === true;
  return {
    allMatch: round.allMatch && check.matches,
    ...(unknownVersion ? { unknownVersion } : {}),
    ...(unknownPepper ? { unknownPepper } : {}),
  };
}

/** The audit note of a check that met answers saved by a newer version of the bot (see AnswerCheck). */
export const NEWER_VERSION_NOTE = "answers saved by a newer version of the bot";
