/**
 * A bounded in-memory cache whose entries expire: least recently used entries go first when it is full.
 * Use it for what may be a few minutes old and costs a call to fetch: what a platform tells us about a user
 * (a Slack locale, a workspace email), so one user's messages do not each cost an API call and a workspace
 * of strangers cannot grow the process without bound.
 */
export class TtlCache<V> {
  // A Map iterates in insertion order: re-inserting on each read keeps the least recently used first.
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(private readonly options: { maxEntries: number; ttlMs: number; clock: () => number }) {}

  /** The value, or undefined when there is none or it has expired. */
  get(key: string): { value: V } | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    if (entry.until <= this.options.clock()) return undefined;
    this.entries.set(key, entry);
    return { value: entry.value };
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, until: this.options.clock() + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
