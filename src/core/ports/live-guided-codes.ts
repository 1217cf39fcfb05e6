import type { ChatRef } from "../chat.js";

/**
 * Until when a guided reset's one-time code sent to a student's chat works, so that a reset she starts there
 * after it went out knows that six digits typed at its question are that code (see resetAnswerStep). Only the
 * time and her id: the code itself is kept nowhere but as a digest in the teacher's dialog.
 */
export interface LiveGuidedCodes {
  /** Kept until `until` (from `now`), then forgotten: nothing stays behind once the code no longer works. */
  noteGuidedCodeSent(chat: ChatRef, studentId: string, until: number, now: number): Promise<void>;
  /** Until when a code sent to this chat for `studentId` works, while it is kept; null otherwise. */
  guidedCodeUntil(chat: ChatRef, studentId: string): Promise<number | null>;
  /**
   * Forgets the code noted until `until` (it was used, or stopped early): six digits at her reset are then
   * an answer again. A later code noted since (another staff member's, still working) is kept.
   */
  forgetGuidedCode(chat: ChatRef, studentId: string, until: number): Promise<void>;
}
