/**
 * Watches failed resets across the whole school, to tell the admins about a spree (many failures across
 * many students in a short time: someone guessing). The reset flow reports every failure; it must not throw.
 */
export interface SpreeWatch {
  recordFailedReset(subject: string, now: number): Promise<void>;
}
