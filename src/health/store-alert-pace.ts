import { STORE_SUBJECT, type Alerts } from "../core/ports/alerts.js";

export interface StoreAlertPaceOptions {
  alerts: Alerts;
  replica: string;
  /** After a store-up, how long losses are only counted, not told one by one. */
  quietMs: number;
  clock: () => number;
}

/**
 * Paces one replica's store-down and store-up alerts, so a flapping Redis cannot flood the admins: after
 * a store-up, losses within `quietMs` are counted, not told; when the quiet time ends, one alert says how
 * many there were (a store-down if Redis is lost then, else a store-up). While it flaps, at most one
 * store-down and its store-up per quiet time, and an outage that lasts is told when the quiet time ends.
 */
export class StoreAlertPace {
  /** What the admins last heard. */
  private told: "up" | "down" = "up";
  private lost = false;
  private quietUntil = 0;
  /** Losses since the last alert that were counted, not told. */
  private untold = 0;
  private quietEnd: NodeJS.Timeout | undefined;
  /** The last loss's Redis error code, if it had one. */
  private redisError: string | undefined;
  /** What the last loss's alert says besides (storeDownDetails). */
  private lossDetails: Record<string, string> = {};
  /** Redis came back empty since the last store-up: the next one says so, not "nothing to do". */
  private emptied = false;

  constructor(private readonly options: StoreAlertPaceOptions) {}

  /**
   * `redisError`: Redis's error code for the loss (WRONGPASS, OOM...), told in the store-down alert, with
   * `details` (the settings of a refused login, the user of a refused command).
   */
  wentDown(redisError?: string, details: Record<string, string> = {}): void {
    this.lost = true;
    this.redisError = redisError;
    this.lossDetails = details;
    const now = this.options.clock();
    if (now < this.quietUntil) {
      this.untold++;
      this.quietEnd ??= setTimeout(() => this.endQuiet(), this.quietUntil - now);
      this.quietEnd.unref();
      return;
    }
    this.raise("store-down", this.untold);
  }

  /** `emptied`: Redis was found emptied while it was lost (StoreEmptiedWatch). */
  cameBack(emptied = false): void {
    this.lost = false;
    this.emptied ||= emptied;
    // A loss within the quiet time was counted; its end is told with the count.
    if (this.told === "down") this.raise("store-up", 0);
  }

  stop(): void {
    clearTimeout(this.quietEnd);
    this.quietEnd = undefined;
  }

  private endQuiet(): void {
    this.quietEnd = undefined;
    if (this.untold === 0) return;
    if (this.lost) this.raise("store-down", this.untold - 1);
    else this.raise("store-up", this.untold);
  }

  /** `outages`: losses since the last alert told only now (for a store-down, before this one). */
  private raise(kind: "store-down" | "store-up", outages: number): void {
    const { alerts, replica, quietMs, clock } = this.options;
    const details: Record<string, string | number> = { replica };
    if (outages > 0) details.outages = outages;
    if (kind === "store-down" && this.redisError !== undefined)
      Object.assign(details, { redisError: this.redisError, ...this.lossDetails });
    if (kind === "store-up" && this.emptied) details.emptied = "yes";
    alerts.raise({ kind, subject: STORE_SUBJECT, details });
    this.told = kind === "store-down" ? "down" : "up";
    this.untold = 0;
    if (kind === "store-up") {
      this.quietUntil = clock() + quietMs;
      this.emptied = false;
    }
  }
}
