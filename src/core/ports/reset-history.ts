/**
 * How many self-service resets a student has done lately: the reset dialog reads it to refuse early, and
 * to audit, a student at the cap. The cap is enforced again, atomically, by ResetGuard's reserveReset.
 */
export interface ResetHistory {
  /** Successful self-service resets of this person within the window. */
  resetSuccesses(personId: string, now: number, windowMs: number): Promise<number>;
}
