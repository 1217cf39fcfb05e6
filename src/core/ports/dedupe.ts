/**
 * "Have I seen this key lately?": drops redelivered updates and keeps a once-per-period thing (an alert, a
 * leavers run, a "write to me privately") from happening twice, across replicas. Use it wherever the only
 * question is "first time within this TTL?".
 */
export interface Dedupe {
  /** True the first time an update id is seen within the TTL; false for a redelivery. */
  markUpdateSeen(updateKey: string, ttlSeconds: number): Promise<boolean>;
  /** Forgets that these keys were seen: the next markUpdateSeen of each is a first time again. */
  forgetSeen(updateKeys: readonly string[]): Promise<void>;
}
