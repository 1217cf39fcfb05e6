import type { Enrolment } from "../ports/enrolments.js";
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
