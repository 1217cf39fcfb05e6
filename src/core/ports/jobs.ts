/**
 * Delayed work that must survive a restart (deleting or hiding a secret message later, a reminder). Use it
 * to schedule such a job and, in the one loop per kind that runs them, to claim the due ones.
 */
export interface Jobs {
  /**
   * Schedules a job (e.g. "delete this Telegram message") to run at `dueAt`. Jobs live in the store, so a
   * restart or another replica still runs them. `payload` is opaque JSON and must hold no secret. A job with
   * a `group` (e.g. a chat) can also be claimed early, with the rest of its group (claimGroupJobs).
   */
  scheduleJob(kind: string, payload: string, dueAt: number, group?: string): Promise<void>;
  /**
   * Takes up to `limit` jobs of `kind` that are due at `now`, removing them atomically so that each job is
   * handed to exactly one caller (one replica). A caller that fails a job may schedule it again.
   */
  claimDueJobs(kind: string, now: number, limit: number): Promise<string[]>;
  /**
   * Takes every job of `kind` scheduled with `group` that is still waiting, however far off its time (e.g.
   * "the secrets shown in this chat", deleted at once when its user moves on). Atomic like claimDueJobs: a
   * job is handed out once, by this or by claimDueJobs. A group is forgotten 2 days after its last job was
   * scheduled: a later job still runs at its time, but not early.
   */
  claimGroupJobs(kind: string, group: string): Promise<string[]>;
}
