/** A job a claim handed out: what to do, and the id that finishes it once done (Jobs.finishJob). */
export interface ClaimedJob {
  /** Names this one job in the store; opaque to the caller. */
  id: string;
  /** The JSON it was scheduled with. */
  payload: string;
}

/**
 * Delayed work that must survive a restart (deleting or hiding a secret message later, a reminder). Use it
 * to schedule such a job and, in the one loop per kind that runs them, to claim the due ones and finish each
 * once done. A claim only leases a job: one its claimer never finishes (the claim's answer came after the
 * bot stopped waiting, the process stopped) is handed out again when the lease runs out, so every job must
 * be harmless to perform twice.
 */
export interface Jobs {
  /**
   * Schedules a job (e.g. "delete this Telegram message") to run at `dueAt`. Jobs live in the store, so a
   * restart or another replica still runs them. `payload` is opaque JSON and must hold no secret. A job with
   * a `group` (e.g. a chat) can also be claimed early, with the rest of its group (claimGroupJobs).
   */
  scheduleJob(kind: string, payload: string, dueAt: number, group?: string): Promise<void>;
  /**
   * Hands out up to `limit` jobs of `kind` that are due at `now`, earliest first, each leased until
   * `leaseUntil`: it stays in the store, due again only then, so no other look (no other replica) takes it
   * meanwhile. Atomic: a job is never half claimed.
   */
  claimDueJobs(kind: string, now: number, limit: number, leaseUntil: number): Promise<ClaimedJob[]>;
  /**
   * Hands out every job of `kind` scheduled with `group` and not yet finished, however far off its time (e.g.
   * "the secrets shown in this chat", deleted at once when its user moves on), leased like claimDueJobs, and
   * forgets the group: a second early claim gets none of them. A job leased to a due look just then is handed
   * out too. A group is forgotten 2 days after its last job was scheduled: a later job still runs at its
   * time, but not early.
   */
  claimGroupJobs(kind: string, group: string, leaseUntil: number): Promise<ClaimedJob[]>;
  /**
   * Takes a claimed job off the store for good (done, or given up). With `next` (its next try: the payload
   * with one more try counted, and the job's group if it had one), in the same step schedules that instead,
   * noted in the group as scheduleJob does, unless the job was finished already (by another claimer after
   * a lease ran out), which must not leave two next tries.
   */
  finishJob(
    kind: string,
    id: string,
    next?: { payload: string; dueAt: number; group?: string },
  ): Promise<void>;
  /**
   * Gives back claimed jobs their claimer will not start after all (its look ran out of time): each still on
   * the schedule is due at `now`, so the next look takes it instead of waiting for its lease to run out. One
   * finished meanwhile (by another claimer) stays finished. Atomic.
   */
  releaseJobs(kind: string, ids: string[], now: number): Promise<void>;
}
