import type { RedisSettings } from "../config/redis-settings.js";
import type { Alerts } from "../core/ports/alerts.js";
import type { Logger } from "../logging/create-logger.js";
import { outcomeWithin } from "./outcome-within.js";
import { describeRedisFailure, type RedisFailure } from "./redis-failure.js";
import { StoreAlertPace } from "./store-alert-pace.js";
import { storeDownDetails } from "./store-down-login.js";

export interface StoreHealthOptions {
  /**
   * Resolves when Redis does what a student's step needs (the store's write check: a PING is not enough,
   * a full or read-only Redis answers it); rejects when it does not. Bounded by `timeoutMs`.
   */
  probe: () => Promise<unknown>;
  /**
   * Why the client's connection to Redis fails right now, if it does (a changed password: WRONGPASS): a
   * check then waits for a reconnect and says only that it got no answer, so this is the failure's reason.
   */
  connectionFailure?: () => unknown;
  /**
   * The bot's Redis settings, when it uses a real Redis: a refused login's alert names the settings that
   * carry it, and a refused command's the Redis user (storeDownDetails).
   */
  redis?: RedisSettings;
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
  /** After a store-up, how long further losses are only counted (see StoreAlertPace). */
  quietMs?: number;
  onChange?: (state: StoreState) => void;
  /**
   * Runs after each check that Redis answered, outside its time limit (the eviction policy's look): what it
   * finds is told on its own, and never makes a working Redis look down. Must not reject.
   */
  afterAnswer?: () => Promise<void>;
  clock?: () => number;
  /**
   * How many times Redis was found emptied so far (StoreEmptiedWatch): one found during an outage turns
   * its store-up from "nothing to do" into "but it came back empty".
   */
  timesEmptied?: () => number;
}

export type StoreState = "up" | "down" | "unknown";

const DEFAULT_INTERVAL_MS = 30_000;
/** Longer than one failed command and a reconnect (ioredis retries every 2 s at most), shorter than a page. */
const DEFAULT_GRACE_MS = 10_000;
const DEFAULT_TIMEOUT_MS = 1_000;
/** A flapping Redis: one alert per 10 minutes at most, per replica. */
const DEFAULT_QUIET_MS = 10 * 60_000;
/** Checks Redis must answer in a row before the all-clear, so a flap in between is not one. */
const GOOD_CHECKS_FOR_UP = 2;

/**
 * Whether this replica can use Redis, for the admins: a store-down alert once Redis has failed for the
 * grace (a failed store call or check, then another check still failing), and a store-up alert when two
 * checks in a row (the second a grace after the first) see it work again. The de-duplication is this
 * object's state, not the alert service's window, which is kept in Redis: however many students' steps
 * fail while it is down, it is one alert; and StoreAlertPace keeps a flapping Redis to one alert per
 * quiet time. Only once started (the bot's start does it; the tools do not).
 */
export class StoreHealth {
  private state: StoreState = "unknown";
  /** When Redis was first seen failing since a check last answered. */
  private failingSince: number | undefined;
  /** Why the last check failed, for the store-down log line. */
  private lastFailure: RedisFailure | undefined;
  /** Checks answered in a row while down. */
  private goodChecks = 0;
  /** timesEmptied() when Redis last went down. */
  private emptiedBeforeDown = 0;
  private readonly pace: StoreAlertPace;
  private timer: NodeJS.Timeout | undefined;
  private confirming: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private started = false;

  constructor(private readonly options: StoreHealthOptions) {
    this.pace = new StoreAlertPace({
      alerts: options.alerts,
      replica: options.replica,
      quietMs: options.quietMs ?? DEFAULT_QUIET_MS,
      clock: () => this.now(),
    });
  }

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
    this.pace.stop();
    await this.running;
  }

  status(): { state: StoreState } {
    return { state: this.state };
  }

  /**
   * A store call failed because Redis did not answer or refused it (the app's store calls this): Redis may
   * be down. A check after the grace decides; while one is due, this does nothing. While Redis is known
   * down, it means Redis is not back yet: the checks answered in a row start again.
   */
  noticeFailure(): void {
    if (!this.started) return;
    if (this.state === "down") {
      this.goodChecks = 0;
      return;
    }
    this.failingSince ??= this.now();
    this.checkAfterGrace();
  }

  private checkAfterGrace(): void {
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
    const failure = await this.failure();
    if (!this.started) return;
    const answered = failure === undefined;
    if (failure !== undefined) this.lastFailure = failure;
    if (answered) {
      this.failingSince = undefined;
      if (this.state === "down" && ++this.goodChecks < GOOD_CHECKS_FOR_UP) this.checkAfterGrace();
      else this.change("up");
      await this.options.afterAnswer?.();
      return;
    }
    this.goodChecks = 0;
    if (this.state === "down") return;
    const since = this.failingSince;
    if (since !== undefined && this.now() - since >= this.graceMs()) this.change("down");
    else this.noticeFailure();
  }

  private change(state: StoreState): void {
    const before = this.state;
    if (state === before) return;
    this.state = state;
    this.goodChecks = 0;
    this.options.onChange?.(state);
    const { logger, replica } = this.options;
    if (state === "down") {
      const failure = this.lastFailure;
      const settings = this.options.redis;
      const login =
        failure === undefined || settings === undefined ? {} : storeDownDetails(failure, settings);
      // At error, as directory_down: no student can set up or reset until it is back.
      logger.error(
        { event: "store_down", replica, ...failure, ...login },
        "Redis is not answering or is refusing writes",
      );
      this.emptiedBeforeDown = this.timesEmptied();
      this.pace.wentDown(failure?.redisError, login);
    } else if (before === "down") {
      logger.info({ event: "store_up", replica }, "Redis takes writes again");
      this.pace.cameBack(this.timesEmptied() > this.emptiedBeforeDown);
    }
  }

  /** Why the check failed, or undefined when Redis did what it asked in time. */
  private async failure(): Promise<RedisFailure | undefined> {
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const outcome = await outcomeWithin(this.options.probe, timeoutMs);
    if (outcome.kind === "answered") return undefined;
    const check =
      outcome.kind === "late"
        ? { reason: `no answer within ${timeoutMs} ms` }
        : describeRedisFailure(outcome.error);
    const connection = this.options.connectionFailure?.();
    return connection === undefined ? check : { ...describeRedisFailure(connection), check: check.reason };
  }

  private timesEmptied(): number {
    return this.options.timesEmptied?.() ?? 0;
  }

  private graceMs(): number {
    return this.options.graceMs ?? DEFAULT_GRACE_MS;
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }
}
