/**
 * The question ids the bot has ever offered at set-up, kept for good (no expiry): enrolments name them, so
 * a later question file must still list each one (retired, if no longer offered). Only the start-up check
 * (core/questions/question-history.ts) uses it.
 */
export interface QuestionHistory {
  /** Every id offered at set-up by any start so far. */
  offeredQuestionIds(): Promise<string[]>;
  /** Adds ids offered from now on to the record. */
  rememberOfferedQuestions(ids: string[]): Promise<void>;
}
