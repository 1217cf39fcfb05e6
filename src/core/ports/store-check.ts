/** Whether the store can do what every student's step needs (the store's health check). */
export interface StoreCheck {
  /**
   * Writes a short-lived key of `name`'s own (the replica's host name): resolves only when Redis took
   * the write, so a Redis that answers PING but refuses writes (full under noeviction, a
   * read-only replica, MISCONF) fails it. Throws StoreUnavailableError, with Redis's error as the cause.
   */
  checkWrites(name: string): Promise<void>;
  /**
   * The store's mark (one small key with no TTL): writes `candidate` when there is none, and returns the
   * mark it holds. A mark that changes under a running bot means Redis lost every key since (see
   * StoreEmptiedWatch). Throws StoreUnavailableError.
   */
  storeMark(candidate: string): Promise<string>;
  /**
   * What Redis does when it is full (INFO memory): its `maxmemory-policy`, and its `maxmemory` in bytes (0:
   * no limit, so nothing is ever dropped). On a Cluster, the first master that may drop keys, else any.
   * Throws StoreUnavailableError, also when INFO is refused (a managed Redis may rename it).
   */
  evictionPolicy(): Promise<{ policy: string; maxmemoryBytes: number }>;
  /**
   * Whether Redis keeps its append-only file (INFO persistence, `aof_enabled`); on a Cluster, false when
   * any master does not. Throws StoreUnavailableError, also when INFO is refused or does not say.
   */
  appendOnly(): Promise<boolean>;
  /**
   * Redis's RDB snapshot schedule (CONFIG GET save, e.g. "3600 1 300 100"), or null when it takes none
   * (`save ""`); on a Cluster, null when any master takes none. Throws StoreUnavailableError, also when
   * CONFIG is refused (a managed Redis may rename or forbid it) or does not say.
   */
  snapshotSchedule(): Promise<string | null>;
}
