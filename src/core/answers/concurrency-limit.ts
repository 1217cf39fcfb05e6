/**
 * At most `max` pieces of work at once; the rest wait their turn in arrival order. Use it around work that
 * occupies a shared pool (argon2 on libuv's threads), so a burst queues here instead of starving the pool.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly max: number) {
    if (!Number.isInteger(max) || max < 1)
      throw new RangeError("a concurrency limit needs a whole number ≥ 1");
  }

  /** Work running now. */
  get inFlight(): number {
    return this.running;
  }

  /** Work waiting for a turn. */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running < this.max) this.running += 1;
    // The finishing work hands its place straight over, so `running` never dips and lets a newcomer jump in.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next === undefined) this.running -= 1;
      else next();
    }
  }
}
