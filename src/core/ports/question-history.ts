/**
 * The question ids that saved enrolments name, kept for good (no expiry): a question file must still list
 * each one (retired, if no longer offered), or students who chose it could not be asked it. The store adds
 * an enrolment's ids whenever it saves one (saveEnrolment, saveEnrolmentIfUnchanged; an upgrade keeps the
 * same ids); only the bot's start-up check (core/questions/question-history.ts) reads it.
 */
export interface QuestionHistory {
  /**
   * Every id a saved enrolment has named; null while the record is not known to be whole (no start has yet
   * added the enrolments saved before the record was kept).
   */
  namedQuestionIds(): Promise<string[] | null>;
  /** Adds the ids of the enrolments saved before the record was kept, and marks the record whole. */
  completeNamedQuestions(ids: string[]): Promise<void>;
}
