/**
 * One value that is slow to read (a search of the whole school directory), kept a while and shared by
 * every caller: callers at the same time share one read, the value read last is given while it is read
 * again, and after a failed read nobody starts another for a while. So however many messages come, and
 * whatever they say, the read runs at most once per `ttlMs`, or once per `retryAfterFailureMs` while it
 * fails.
 */
export class SharedSlowRead<V> {
  private kept: { value: V; until: number } | undefined;
  private failedUntil = Number.NEGATIVE_INFINITY;
  private reading: Promise<V | null> | undefined;

  constructor(
    private readonly options: { ttlMs: number; retryAfterFailureMs: number; clock: () => number },
  ) {}

  /**
   * The value: the kept one while fresh, else read with `read` (or the read already under way); null when
   * the last read failed and the next is not due yet. Never rejects: a failed read is read's to log.
   */
  get(read: () => Promise<V>): Promise<V | null> {
    const now = this.options.clock();
    if (this.kept !== undefined && now < this.kept.until) return Promise.resolve(this.kept.value);
    if (this.reading === undefined && now >= this.failedUntil) this.reading = this.readOnce(read);
    // A few minutes stale is as good as fresh to the callers: none waits for the read again.
    if (this.kept !== undefined) return Promise.resolve(this.kept.value);
    return this.reading ?? Promise.resolve(null);
  }

  private readOnce(read: () => Promise<V>): Promise<V | null> {
    // Through then(), so that even a read that throws at once ends after `reading` is set.
    return Promise.resolve()
      .then(read)
      .then(
        (value) => {
          this.kept = { value, until: this.options.clock() + this.options.ttlMs };
          return value;
        },
        () => {
          this.kept = undefined;
          this.failedUntil = this.options.clock() + this.options.retryAfterFailureMs;
          return null;
        },
      )
      .finally(() => {
        this.reading = undefined;
      });
  }
}
