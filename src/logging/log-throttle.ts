/** What a throttled line adds to its fields: how many lines for its key were left out since the last one. */
export interface LeftOut {
  /** Absent on the first line for a key. */
  notLogged?: number;
}

/**
 * For an error that every request meets while it lasts (a wrong setting, seen by every student): writes its
 * line at most once per interval for each key, counting the lines left out, so the log stays readable; the
 * count rides on the next line written (those of a burst's last interval are told only if it comes back). One per process, built where the CoreDeps are. Keys are few (a setting's id, never a
 * person's): each is kept for the life of the process.
 */
export class LogThrottle {
  private readonly last = new Map<string, { at: number; notLogged: number }>();

  /**
   * Whether to write the line for `key` at `now` (the flow clock): null when one was written less than
   * `everyMs` ago (this one is counted instead), else the fields to add to the line.
   */
  admit(key: string, now: number, everyMs: number): LeftOut | null {
    const last = this.last.get(key);
    if (last !== undefined && now - last.at < everyMs) {
      last.notLogged += 1;
      return null;
    }
    this.last.set(key, { at: now, notLogged: 0 });
    return last === undefined ? {} : { notLogged: last.notLogged };
  }
}
