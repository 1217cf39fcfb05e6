import type { Enrolment } from "../ports/store.js";
import { isKnownNormalisationVersion, NORMALISATION_VERSION } from "./normalise-answer.js";

/**
 * An enrolment made with an older answer normalisation that this code still knows: after a successful
 * reset its answers are hashed again with the current version. An unknown (newer) version is never
 * "upgraded" by an older replica.
 */
export function enrolmentNeedsUpgrade(enrolment: Pick<Enrolment, "normalisationVersion">): boolean {
  const version = enrolment.normalisationVersion;
  return isKnownNormalisationVersion(version) && version < NORMALISATION_VERSION;
}

/**
 * The enrolment with the current version's hashes, made from hashes computed while the student answered
 * (see answer-check.ts), or null when it must not be written: the hashes are not all there, or the
 * enrolment is not the one whose answers were checked (it changed meanwhile).
 */
export function upgradedEnrolment(
  checked: Pick<Enrolment, "enrolledAt" | "normalisationVersion">,
  stored: Enrolment | null,
  upgradedHashes: readonly string[],
): Enrolment | null {
  if (stored === null || !enrolmentNeedsUpgrade(stored)) return null;
  if (upgradedHashes.length !== stored.questionIds.length) return null;
  if (
    stored.enrolledAt !== checked.enrolledAt ||
    stored.normalisationVersion !== checked.normalisationVersion
  ) {
    return null;
  }
  return { ...stored, answerHashes: [...upgradedHashes], normalisationVersion: NORMALISATION_VERSION };
}
