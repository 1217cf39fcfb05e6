import { z } from "zod";
import { typedSecret } from "../secret-again.js";

/** Fields several steps' states share. */
export const personId = z.string().min(1).max(64);
/**
 * The reset began in the student's own linked chat (not the typed-id route): kept once she is verified, so a
 * guided reset that unlinked this chat meanwhile is told as such (overtaken-by-guided.ts). Absent in states
 * left by older code: she then hears the words for another chat, which say nothing untrue.
 */
export const ownChat = z.literal(true).optional();
/** The person's version when the dialog verified them (ResetGuard): finishing needs it unchanged. */
export const personVersion = z.number().int().min(0);
/**
 * A round of the three answers (a reset, a guided reset's questions, a practice check), carried from one
 * answer to the next (RoundSoFar in answer-check.ts): which questions, which one now, whether every answer so
 * far matched (the person learns the result only after all three), and whether some enrolment could not be
 * checked here: saved with a normalisation or parameter set this version does not know, or with a pepper
 * this server does not have. Such a failure counts towards no limit.
 */
export const answerRoundFields = {
  questionIds: z.array(z.string()).length(3),
  index: z.number().int().min(0).max(2),
  allMatch: z.boolean(),
  unknownVersion: z.boolean().optional(),
  unknownPepper: z.boolean().optional(),
};
export const pickedAnswer = z.object({
  questionId: z.string(),
  /** The argon2id salt and hash as text (answerHashToText). */
  answerHash: z.string(),
  /** A keyed digest of the normalised answer, to check the next ones differ; dropped when set-up ends. */
  answerDigest: z.string(),
  /**
   * The non-answers version (NON_ANSWERS_VERSION) whose list refused nothing of this answer when set-up took it:
   * the save need not look for that list's words in it. Absent in states left by older code, which may have
   * taken words a later list refuses (see nonAnswersVersionOfSetUp in setup-flow.ts).
   */
  nonAnswersVersion: z.number().int().min(1).optional(),
  /**
   * Set-up found, when it took this answer, that it is neither a question's key word nor a number in words:
   * the save need not look for those words in it by keyed digests. Absent in states left by older code.
   */
  noQuestionOrNumberWord: z.literal(true).optional(),
  /**
   * The numbers-in-words version (NUMBER_WORDS_VERSION) that found it no number in words, with that mark.
   * Absent in states left by older code: version 1, whose list lacks later ways ("nombor dua").
   */
  numberWordsVersion: z.number().int().min(1).optional(),
});

/**
 * A stale enrolment's right answers, sealed with the pepper (enrolment-upgrade.ts), until the reset ends and
 * they are hashed anew; absent otherwise.
 */
export const upgrade = z.string().max(2_000).optional();

/**
 * The token of a reset reservation (ResetGuard) that could not be given back when the directory refused the
 * password (Redis failed just then): the next try gives it back first, so the student's own held reset does
 * not stand in the way of their next password. An id, never a secret; absent otherwise.
 */
export const heldReservation = z.string().max(64).optional();

/**
 * The student had answers saved when this set-up proved their password: set-up replaces them only at the
 * end, so stopping before keeps them, and the notice says so (dialog-expiry.ts). A dialog stored before
 * the field existed reads as a first set-up.
 */
export const hadAnswers = z.boolean().default(false);

/**
 * The password that proved a set-up, by its keyed digest (never itself), through its practice round: typed
 * again as an answer, it is refused. A child who mixes up the boxes would otherwise need, to reset, the very
 * password they forgot.
 */
export const provenPassword = typedSecret.optional();

/**
 * The answer normalisation version a set-up hashes its answers with, from its first answer on (see
 * setupVersionOf in setup-flow.ts); absent before the first answer, and in states left by older code.
 */
export const setupNormalisation = z.number().int().min(1).optional();

/**
 * The salts (base64, no secret) of the answers a set-up saved, through its practice round: a change whose save
 * went through but whose reply was lost is then known as its own when typed again. Absent in states left by
 * older code.
 */
export const savedSalts = z.array(z.string().max(64)).length(3).optional();

/**
 * The keyed digests (setupAnswerDigest) of the three answers a set-up saved, in question order, through its
 * practice round: a changed answer is told from the other two by them, at its first typing and with no
 * argon2. Set-up kept them already; they go when the round ends. Absent in states left by older code.
 */
export const savedDigests = z.array(z.string().max(64)).length(3).optional();

/**
 * Names a round of answers (a failureId), as its failure is counted: the round's last answer
 * typed again after its reply was lost (the count reached Redis, the turn did not end) counts nothing more.
 * Absent in states left by older code.
 */
export const roundId = z.string().max(40).optional();
/**
 * The keyed digests (roundAnswerDigest) of the answers checked so far in a round of three, in question order:
 * the same answer typed for a later question is not checked (see sameAsEarlier). Absent in states left by
 * older code.
 */
export const earlierAnswers = z.array(z.string().max(64)).max(2).optional();
