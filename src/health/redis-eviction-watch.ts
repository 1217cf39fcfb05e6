import { STORE_SUBJECT, type Alerts } from "../core/ports/alerts.js";
import type { StoreCheck } from "../core/ports/store-check.js";
import type { Logger } from "../logging/create-logger.js";

export interface RedisEvictionWatchOptions {
  store: Pick<StoreCheck, "evictionPolicy">;
  alerts: Alerts;
  logger: Logger;
  /** Which replica this is (its host name), named in the alert and the log line. */
  replica: string;
}

/**
 * Notices a Redis set to drop keys when it is full (`maxmemory-policy` other than noeviction, with a
 * `maxmemory`): it would silently lose chat links, answers and suspensions, and under a `volatile-*`
 * policy the counters that stop guessing (they have time limits) go first, so filling Redis would buy
 * more guesses. One error line per replica and change, one alert across replicas (the policy is the
 * episode); a Redis that refuses INFO gets one warning, and is no outage.
 */
export class RedisEvictionWatch {
  /** The policy last told about: "" once it was told to be safe, undefined before the first look. */
  private told: string | undefined;
  private unreadableTold = false;

  constructor(private readonly options: RedisEvictionWatchOptions) {}

  /** One look at the policy (the store's health check calls it once Redis took its write). */
  async check(): Promise<void> {
    const { logger, alerts, replica } = this.options;
    let found: { policy: string; maxmemoryBytes: number };
    try {
      found = await this.options.store.evictionPolicy();
    } catch {
      if (!this.unreadableTold) {
        this.unreadableTold = true;
        logger.warn(
          { event: "redis_eviction_policy_unknown", replica },
          "The bot cannot read Redis's maxmemory-policy (INFO memory was refused): make sure it is noeviction, or a full Redis may drop chat links, answers and the counters that stop guessing",
        );
      }
      return;
    }
    const evicts = found.maxmemoryBytes > 0 && found.policy !== "noeviction";
    const now = evicts ? found.policy : "";
    const before = this.told;
    this.told = now;
    if (now === before) return;
    if (evicts) {
      logger.error(
        { event: "redis_may_evict", replica, policy: found.policy },
        "Redis may delete the bot's records when it is full: set maxmemory-policy noeviction (redis.conf, or CONFIG SET) and give Redis memory to spare",
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
