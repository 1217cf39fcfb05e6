import {
  isKnownNormalisationVersion,
  NORMALISATION_VERSION,
  normaliseAnswer,
} from "../answers/normalise-answer.js";
import { enrolmentNeedsUpgrade } from "../answers/enrolment-upgrade.js";
import type { Reply } from "../messages.js";
import { say, type FlowContext } from "./flow.js";

/**
 * An answer typed during a reset, as typed: it is normalised later, with the version of the enrolment it is
 * checked against. No length rule applies here (only set-up has them), so an answer that is stored can
 * always be typed again. Input-only: the same for every student, so it says nothing about whose answers
 * they are.
 */
export function readAnswer(text: string): { ok: true; answer: string } | { ok: false; problem: Reply } {
  // Nothing left after normalising (spaces, emoji): no stored answer of any version can be that.
  if (normaliseAnswer(NORMALISATION_VERSION, text) === "") return { ok: false, problem: say("input.empty") };
  return { ok: true, answer: text };
}

export interface AnswerCheck {
  matched: boolean;
  /**
   * The enrolment is of an older normalisation version: the typed answer hashed with the current one,
   * made whether or not it matched (the same work either way). Used only if all three match.
   */
  upgradedHash?: string;
  /** Which enrolment `upgradedHash` is for, so that the upgrade changes nothing if it changed meanwhile. */
  upgradeOf?: { enrolledAt: number; fromVersion: number };
  /** The enrolment's version is one this code does not know: no match, and no limit may count it. */
  unknownVersion?: boolean;
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
): Promise<AnswerCheck> {
  const { hasher, store, logger } = ctx.deps;
  const current = normaliseAnswer(NORMALISATION_VERSION, typed);
  if (personId === null) return { matched: await hasher.verifyDummy(current) };
  const enrolment = await store.getEnrolment(personId);
  const sameQuestions = enrolment?.questionIds.join() === questionIds.join();
  const hash = sameQuestions ? enrolment?.answerHashes[index] : undefined;
  if (enrolment === null || hash === undefined) return { matched: await hasher.verifyDummy(current) };
  const version = enrolment.normalisationVersion;
  if (!isKnownNormalisationVersion(version)) {
    // A newer replica's enrolment during a rolling deploy: never a match, never a suspension.
    logger.warn(
      { subject: personId, normalisationVersion: version },
      "an enrolment has a normalisation version this code does not know",
    );
    await hasher.verifyDummy(current);
    return { matched: false, unknownVersion: true };
  }
  const matched = await hasher.verify(hash, normaliseAnswer(version, typed));
  if (!enrolmentNeedsUpgrade(enrolment)) return { matched };
  return {
    matched,
    upgradedHash: await hasher.hash(current),
    upgradeOf: { enrolledAt: enrolment.enrolledAt, fromVersion: version },
  };
}
