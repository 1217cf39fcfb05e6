import type { StoreCheck } from "../core/ports/store-check.js";
import type { Logger } from "../logging/create-logger.js";

export interface RedisAppendOnlyCheckOptions {
  store: Pick<StoreCheck, "appendOnly" | "snapshotSchedule">;
  logger: Logger;
  /** Which replica this is (its host name), named in the log line. */
  replica: string;
  clock?: () => number;
}

/** What Redis keeps to come back from a restart: its append-only file, RDB snapshots only, or neither. */
type Persistence = "append-only" | "snapshots" | "none";

/** How often Redis is asked: a setting changed by hand, not a state that flips between health checks. */
const LOOK_EVERY_MS = 60 * 60_000;

/**
 * Notices a Redis that keeps no append-only file (`appendonly no`, as Debian's redis-server comes): a
 * restart of it loses every write since its last snapshot, and since the bot's mark is in that snapshot,
 * nothing else tells it (StoreEmptiedWatch sees only a Redis that came back with nothing). One warning
 * per replica and change; a Redis whose INFO cannot be read is RedisEvictionWatch's to tell. A Redis that
 * takes RDB snapshots (CONFIG GET save: a managed Redis's usual way, with replicas) gets an info line
 * instead, naming its schedule; one whose CONFIG is refused is warned about as one with none.
 * REDIS_PERSISTENCE_CHECK=off turns the check off (app.ts).
 *
 * CONFIG refused for the user's ACL (NOPERM; operations.md's ACL has -@dangerous) is not asked again while
 * the process runs: Redis adds every refusal to its ACL LOG, where an hourly one is noise an admin chases.
 * An ACL changed later is seen at the next start.
 */
export class RedisAppendOnlyCheck {
  /** What was last told: undefined before the first answer. */
  private told: Persistence | undefined;
  private nextLookAt = 0;
  /** Redis refused CONFIG to the bot's user (NOPERM): the snapshot schedule is not asked for again. */
  private configRefused = false;

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
    // Refused or unsaid: taken as no snapshots, as before the schedule was asked.
    const schedule = appendOnly || this.configRefused ? null : await this.snapshotSchedule();
    const persistence: Persistence = appendOnly ? "append-only" : schedule === null ? "none" : "snapshots";
    const before = this.told;
    this.told = persistence;
    if (persistence === before) return;
    const { logger, replica } = this.options;
    if (persistence === "none") {
      logger.warn(
        { event: "redis_append_only_off", replica },
        "Redis keeps no append-only file (appendonly no): if Redis or its host restarts, every change since its last snapshot is lost (all of them with no snapshots), and the bot cannot tell: students who set up since must set up again, and suspensions and counted tries go back to what they were. Turn it on: redis-cli CONFIG SET appendonly yes, and appendonly yes in redis.conf (with appendfsync everysec). A managed Redis that keeps its data by other means: REDIS_PERSISTENCE_CHECK=off",
      );
    } else if (persistence === "snapshots") {
      logger.info(
        { event: "redis_snapshots_only", replica, save: schedule },
        "Redis keeps no append-only file but takes RDB snapshots (save): a restart loses the changes since the last snapshot. For none to be lost: appendonly yes",
      );
    } else if (before !== undefined) {
      logger.info({ event: "redis_append_only_on", replica }, "Redis keeps its append-only file again");
    }
  }

  /** CONFIG GET save, or null when Redis takes no snapshots, refuses or does not say. */
  private async snapshotSchedule(): Promise<string | null> {
    try {
      return await this.options.store.snapshotSchedule();
    } catch (error) {
      if (refusedForAcl(error)) {
        this.configRefused = true;
        this.options.logger.info(
          { event: "redis_config_refused", replica: this.options.replica },
          "Redis refused CONFIG GET save (NOPERM): the bot's Redis user may not run CONFIG, so the bot no longer asks whether Redis takes RDB snapshots while it runs (each refusal is an entry in Redis's ACL LOG), and a Redis with appendonly no is taken for one with none. To let it ask: add +config|get to that user's ACL and restart the bot. To turn the persistence check off: REDIS_PERSISTENCE_CHECK=off",
        );
      }
      return null;
    }
  }
}

/** Redis refused a command for the user's ACL: its NOPERM is in the error or one of its causes. */
function refusedForAcl(error: unknown): boolean {
  for (let at = error, depth = 0; at instanceof Error && depth < 5; at = at.cause, depth++) {
    if (/\bNOPERM\b/.test(at.message)) return true;
  }
  return false;
}
