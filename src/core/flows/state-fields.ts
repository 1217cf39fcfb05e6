import { z } from "zod";

/** Fields several steps' states share. */
export const personId = z.string().min(1).max(64);
/** The person's version when the dialog verified them (ResetGuard): finishing needs it unchanged. */
export const personVersion = z.number().int().min(0);
export const pickedAnswer = z.object({
  questionId: z.string(),
  /** The argon2id salt and hash as text (answerHashToText). */
  answerHash: z.string(),
  /** A keyed digest of the normalised answer, to check the next ones differ; dropped when set-up ends. */
  answerDigest: z.string(),
});

/**
 * A stale enrolment's right answers, sealed with the pepper (enrolment-upgrade.ts), until the reset ends and
 * they are hashed anew; absent otherwise.
 */
export const upgrade = z.string().max(2_000).optional();

/**
 * The student had answers saved when this set-up proved their password: set-up replaces them only at the
 * end, so stopping before keeps them, and the notice says so (dialog-expiry.ts). A dialog stored before
 * the field existed reads as a first set-up.
 */
export const hadAnswers = z.boolean().default(false);
