import { STORE_SUBJECT, type Alerts } from "../core/ports/alerts.js";
import type { StoreCheck } from "../core/ports/store-check.js";
import type { Logger } from "../logging/create-logger.js";

export interface RedisEvictionWatchOptions {
  store: Pick<StoreCheck, "evictionPolicy">;
  alerts: Alerts;
  logger: Logger;
  /** Which replica this is (its host name), named in the alert and the log line. */
  replica: string;
  clock?: () => number;
}

/**
 * After a look that could not read the policy, how long until the next: an ACL that refuses INFO logs each
 * refusal (ACL LOG), and a busy master should not be asked twice a minute.
 */
const UNREADABLE_RETRY_MS = 60 * 60_000;

/**
 * Notices a Redis set to drop keys when it is full (`maxmemory-policy` other than noeviction, with a
 * `maxmemory`): it would silently lose chat links, answers and suspensions, and under a `volatile-*`
 * policy the counters that stop guessing (they have time limits) go first, so filling Redis would buy
 * more guesses. One error line per replica and change, one alert across replicas (the policy is the
 * episode); a Redis whose policy cannot be read gets one warning, and is no outage.
 */
export class RedisEvictionWatch {
  /** The policy last told about: "" once it was told to be safe, undefined before the first look. */
  private told: string | undefined;
  private unreadableTold = false;
  private nextLookAt = 0;

  constructor(private readonly options: RedisEvictionWatchOptions) {}

  /** One look at the policy (after each store check Redis answered). Never rejects. */
  async check(): Promise<void> {
    const now = (this.options.clock ?? Date.now)();
    if (now < this.nextLookAt) return;
    try {
      this.tell(await this.options.store.evictionPolicy());
    } catch {
      this.nextLookAt = now + UNREADABLE_RETRY_MS;
      if (this.unreadableTold) return;
      this.unreadableTold = true;
      this.options.logger.warn(
        { event: "redis_eviction_policy_unknown", replica: this.options.replica },
        "The bot could not read Redis's maxmemory-policy (INFO memory was refused, did not answer, or does not give it; it asks again hourly): make sure it is noeviction, or a full Redis may drop chat links, answers and the counters that stop guessing",
      );
    }
  }

  private tell(found: { policy: string; maxmemoryBytes: number }): void {
    const { logger, alerts, replica } = this.options;
    const evicts = found.maxmemoryBytes > 0 && found.policy !== "noeviction";
    const now = evicts ? found.policy : "";
    const before = this.told;
    this.told = now;
    if (now === before) return;
    if (evicts) {
      logger.error(
        { event: "redis_may_evict", replica, policy: found.policy },
        "Redis may delete the bot's records when it is full: set maxmemory-policy noeviction (redis.conf, CONFIG SET, or a managed Redis's parameter group) and give Redis memory to spare",
      );
      alerts.raise({
        kind: "redis-may-evict",
        subject: STORE_SUBJECT,
        episode: found.policy,
        details: { replica, policy: found.policy },
      });
    } else if (before !== undefined) {
      logger.info({ event: "redis_eviction_off", replica }, "Redis's maxmemory-policy no longer drops keys");
    }
  }
}
