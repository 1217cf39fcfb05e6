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
}

/**
 * Notices Redis losing every key under the running bot (a restart without persistence, a FLUSHALL, a
 * failover to an empty replica): the store's mark, written by the first replica, is then gone or another.
 * Every link, set of answers, suspension and the audit went with it, and students are asked to set up
 * again with no word to the admins: so one error line per replica, and one alert across replicas (the
 * new mark is its episode, so the alert service's window keeps the others' as repeats). A Redis emptied
 * while no replica ran cannot be told from a first start, and is not.
 */
export class StoreEmptiedWatch {
  /** The mark this replica last saw; undefined before its first check. */
  private known: string | undefined;

  constructor(private readonly options: StoreEmptiedWatchOptions) {}

  /** One look at the mark (the store's health check calls it once Redis took its write). */
  async check(): Promise<void> {
    const mark = await this.options.store.storeMark(randomUUID());
    const before = this.known;
    this.known = mark;
    if (before === undefined || before === mark) return;
    const { logger, alerts, replica } = this.options;
    logger.error(
      { event: "store_emptied", replica },
      "Redis was emptied while the bot ran (the bot's mark there is gone: a restart without persistence, a FLUSHALL, or a failover to an empty replica): every chat link and set of answers went with it, so every student must set up again",
    );
    alerts.raise({ kind: "store-emptied", subject: STORE_SUBJECT, episode: mark, details: { replica } });
  }
}
