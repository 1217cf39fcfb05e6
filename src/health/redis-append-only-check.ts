import type { StoreCheck } from "../core/ports/store-check.js";
import type { Logger } from "../logging/create-logger.js";

export interface RedisAppendOnlyCheckOptions {
  store: Pick<StoreCheck, "appendOnly">;
  logger: Logger;
  /** Which replica this is (its host name), named in the log line. */
  replica: string;
  clock?: () => number;
}

/** How often Redis is asked: a setting changed by hand, not a state that flips between health checks. */
const LOOK_EVERY_MS = 60 * 60_000;

/**
 * Notices a Redis that keeps no append-only file (`appendonly no`, as Debian's redis-server comes): a
 * restart of it loses every write since its last snapshot, and since the bot's mark is in that snapshot,
 * nothing else tells it (StoreEmptiedWatch sees only a Redis that came back with nothing). One warning
 * per replica and change; a Redis whose INFO cannot be read is RedisEvictionWatch's to tell.
 */
export class RedisAppendOnlyCheck {
  /** What was last told: undefined before the first answer. */
  private told: boolean | undefined;
  private nextLookAt = 0;

  constructor(private readonly options: RedisAppendOnlyCheckOptions) {}

  /** One look, at most hourly (after each store check Redis answered). Never rejects. */
  async check(): Promise<void> {
    const now = (this.options.clock ?? Date.now)();
    if (now < this.nextLookAt) return;
    this.nextLookAt = now + LOOK_EVERY_MS;
    let appendOnly: boolean;
    try {
      appendOnly = await this.options.store.appendOnly();
    } catch {
      return;
    }
    const before = this.told;
    this.told = appendOnly;
    const { logger, replica } = this.options;
    if (!appendOnly && before !== false) {
      logger.warn(
        { event: "redis_append_only_off", replica },
        "Redis keeps no append-only file (appendonly no): if Redis or its host restarts, every change since its last snapshot is lost (all of them with no snapshots), and the bot cannot tell: students who set up since must set up again, and suspensions and counted tries go back to what they were. Turn it on: redis-cli CONFIG SET appendonly yes, and appendonly yes in redis.conf (with appendfsync everysec)",
      );
    } else if (appendOnly && before === false) {
      logger.info({ event: "redis_append_only_on", replica }, "Redis keeps its append-only file again");
    }
  }
}
