import { STORE_SUBJECT, type Alerts } from "../core/ports/alerts.js";
import type { Logger } from "../logging/create-logger.js";

export interface StoreHealthOptions {
  /** Resolves when Redis answers (PING); rejects when it does not. Bounded by `timeoutMs`. */
  probe: () => Promise<unknown>;
  alerts: Alerts;
  logger: Logger;
  /** Which replica this is (its host name), named in the alerts: every replica tells its own outage. */
  replica: string;
  /** As often as the directory's check (30 s): how soon the admins hear that Redis answers again. */
  intervalMs?: number;
  /** How long Redis must keep failing, with no check answered in between, before the admins are told. */
  graceMs?: number;
  /** A check that gets no answer within this long failed (the same limit as /readyz's). */
  timeoutMs?: number;
  onChange?: (state: StoreState) => void;
  clock?: () => number;
}

export type StoreState = "up" | "down" | "unknown";

const DEFAULT_INTERVAL_MS = 30_000;
/** Longer than one failed command and a reconnect (ioredis retries every 2 s at most), shorter than a page. */
const DEFAULT_GRACE_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 1_000;

/**
 * Whether this replica reaches Redis, for the admins: a store-down alert once Redis has failed for the
 * grace (a failed store call or check, then another check still failing), and a store-up alert when a
 * check sees it answer again. The de-duplication is this object's state, not the alert service's window,
 * which is kept in Redis: however many students' steps fail while it is down, it is one alert. Only once
 * started (the bot's start does it; the tools do not).
 */
export class StoreHealth {
  private state: StoreState = "unknown";
  /** When Redis was first seen failing since a check last answered. */
  private failingSince: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private confirming: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private started = false;

  constructor(private readonly options: StoreHealthOptions) {}

  /** Checks now, then every interval until stop(). */
  start(): void {
    if (this.started) return;
    this.started = true;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.options.intervalMs ?? DEFAULT_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.timer);
    clearTimeout(this.confirming);
    this.timer = this.confirming = undefined;
    await this.running;
  }

  status(): { state: StoreState } {
    return { state: this.state };
  }

  /**
   * A store call failed because Redis did not answer (the app's store calls this): Redis may be down. A
   * check after the grace decides; while one is due, or Redis is known down, this does nothing.
   */
  noticeFailure(): void {
    if (!this.started || this.state === "down") return;
    this.failingSince ??= this.now();
    if (this.confirming !== undefined) return;
    this.confirming = setTimeout(() => {
      this.confirming = undefined;
      void this.check();
    }, this.graceMs());
    this.confirming.unref();
  }

  /** One check; overlapping calls share it. Resolves when it is done (never rejects). */
  check(): Promise<void> {
    this.running ??= this.checkOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async checkOnce(): Promise<void> {
    const answered = await this.answers();
    if (!this.started) return;
    if (answered) {
      this.failingSince = undefined;
      this.change("up");
      return;
    }
    if (this.state === "down") return;
    const since = this.failingSince;
    if (since !== undefined && this.now() - since >= this.graceMs()) this.change("down");
    else this.noticeFailure();
  }

  private change(state: StoreState): void {
    const before = this.state;
    if (state === before) return;
    this.state = state;
    this.options.onChange?.(state);
    const { logger, alerts, replica } = this.options;
    if (state === "down") {
      logger.warn({ event: "store_down", replica }, "Redis does not answer");
      alerts.raise({ kind: "store-down", subject: STORE_SUBJECT, details: { replica } });
    } else if (before === "down") {
      logger.info({ event: "store_up", replica }, "Redis answers again");
      alerts.raise({ kind: "store-up", subject: STORE_SUBJECT, details: { replica } });
    }
  }

  private async answers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
      timer.unref();
    });
    try {
      return await Promise.race([
        Promise.resolve()
          .then(this.options.probe)
          .then(
            () => true,
            () => false,
          ),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  private graceMs(): number {
    return this.options.graceMs ?? DEFAULT_GRACE_MS;
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }
}
