/** One answer's argon2id output as stored: raw bytes; the parameters are the enrolment's parameter set. */
export interface AnswerHash {
  salt: Buffer;
  hash: Buffer;
}

/** A student's security questions, as stored: question ids and argon2id hashes, never answers. */
export interface Enrolment {
  questionIds: string[];
  /** One per question, in the same order. */
  answerHashes: AnswerHash[];
  /** The argon2 parameter set that made the hashes (its id, see core/answers/argon2-parameters). */
  parameterSet: number;
  /** Which pepper made them (AnswerHasher's tag); "" when not recorded (older enrolments: the current one). */
  pepperTag: string;
  /** Which answer normalisation produced the hashes (see core/answers/normalise-answer). */
  normalisationVersion: number;
  /**
   * Which list of non-answers set-up refused (core/answers/non-answers): a word added since may be one of
   * these answers. Absent on enrolments saved before it was recorded.
   */
  nonAnswersVersion?: number;
  enrolledAt: number;
  /** Set by the store when read: upgradeEnrolment replaces the enrolment only while it still has this. */
  stamp?: string;
}

/**
 * Each student's security questions and answer hashes. Use it to ask whether someone is set up, to read
 * the hashes for a check, or to clear or re-hash them; a dialog's set-up saves through ResetGuard's
 * saveEnrolmentIfUnchanged instead.
 */
export interface Enrolments {
  getEnrolment(personId: string): Promise<Enrolment | null>;
  /** Replaces the person's answers and bumps their version (prefer saveEnrolmentIfUnchanged in a dialog). */
  saveEnrolment(personId: string, enrolment: Enrolment): Promise<void>;
  /**
   * Replaces the enrolment with `upgraded` (the same answers hashed anew) only if the stored one is still
   * `current`; false, changing nothing, if it was changed or cleared meanwhile. Touches nothing else.
   */
  upgradeEnrolment(personId: string, current: Enrolment, upgraded: Enrolment): Promise<boolean>;
  /** Deletes the person's answers and bumps their version; false if there were none. */
  clearEnrolment(personId: string): Promise<boolean>;
  /**
   * Everyone with answers on record, a page at a time (SCAN, never KEYS): for a daily sweep such as the
   * practice reminders. Ids come back normalised.
   */
  enrolledPeople(): AsyncIterable<string[]>;
}
