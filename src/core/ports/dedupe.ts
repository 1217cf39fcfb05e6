/**
 * "Have I seen this key lately?": drops redelivered updates and keeps a once-per-period thing (an alert, a
 * leavers run, a "write to me privately") from happening twice, across replicas. Use it wherever the only
 * question is "first time within this TTL?".
 */
export interface Dedupe {
  /**
   * True the first time an update id is seen within the TTL; false for a redelivery. `mark`: what the key
   * holds, for forgetSeenMark (a random token of the one who marked it).
   */
  markUpdateSeen(updateKey: string, ttlSeconds: number, mark?: string): Promise<boolean>;
  /** Forgets that these keys were seen: the next markUpdateSeen of each is a first time again. */
  forgetSeen(updateKeys: readonly string[]): Promise<void>;
  /**
   * Forgets that `updateKey` was seen if it still holds `mark` (markUpdateSeen's): not when it expired and
   * someone else marked it since.
   */
  forgetSeenMark(updateKey: string, mark: string): Promise<void>;
}
