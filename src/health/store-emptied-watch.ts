import { randomUUID } from "node:crypto";
import { STORE_SUBJECT, type Alerts } from "../core/ports/alerts.js";
import type { StoreCheck } from "../core/ports/store-check.js";
import type { Logger } from "../logging/create-logger.js";

export interface StoreEmptiedWatchOptions {
  store: Pick<StoreCheck, "storeMark">;
  alerts: Alerts;
  logger: Logger;
  /** Which replica this is (its host name), named in the alert and the log line. */
  replica: string;
  /**
   * A real Redis (not the demo's, new at every start): the first check that writes the mark says so in the
   * log, as it is a first start or a Redis emptied while no replica ran (a reboot of both without persistence).
   */
  announceNew?: boolean;
}

/**
 * Notices Redis losing every key under the running bot (a restart without persistence, a FLUSHALL, a
 * failover to an empty replica): the store's mark, written by the first replica, is then gone or another.
 * Every link, set of answers, suspension and the audit went with it, and students are asked to set up
 * again with no word to the admins: so one error line per replica, and one alert across replicas (the
 * new mark is its episode, so the alert service's window keeps the others' as repeats). A Redis emptied
 * while no replica ran cannot be told from a first start: the replica that writes the mark then says only
 * that in the log (announceNew).
 */
export class StoreEmptiedWatch {
  /** The mark this replica last saw; undefined before its first check. */
  private known: string | undefined;
  /** How many times this replica found Redis emptied (StoreHealth tells it in its next store-up). */
  timesEmptied = 0;

  constructor(private readonly options: StoreEmptiedWatchOptions) {}

  /** One look at the mark (the store's health check calls it once Redis took its write). */
  async check(): Promise<void> {
    const candidate = randomUUID();
    const mark = await this.options.store.storeMark(candidate);
    const before = this.known;
    this.known = mark;
    const { logger, alerts, replica } = this.options;
    if (before === undefined && mark === candidate && this.options.announceNew === true) {
      logger.warn(
        { event: "store_new", replica },
        "Redis has no records of the bot under REDIS_PREFIX: this is its first start against this Redis, or Redis was emptied while no copy of the bot ran (a restart without persistence). If the bot ran here before, every student must set up again: check Redis's persistence (appendonly)",
      );
    }
    if (before === undefined || before === mark) return;
    this.timesEmptied++;
    logger.error(
      { event: "store_emptied", replica },
      "Redis was emptied while the bot ran (the bot's mark there is gone: a restart without persistence, a FLUSHALL, or a failover to an empty replica): every chat link and set of answers went with it, so every student must set up again",
    );
    alerts.raise({ kind: "store-emptied", subject: STORE_SUBJECT, episode: mark, details: { replica } });
  }
}
