import type { z } from "zod";
import type { ChannelJobs } from "../core/channel-core.js";
import { StoreUnavailableError } from "../core/errors.js";
import { logOutage } from "../core/log-outage.js";
import type { Logger } from "../logging/create-logger.js";
import { safeJson } from "./safe-json.js";

export interface DelayedJobsOptions {
  /** How often due jobs are looked for. */
  pollIntervalMs?: number;
  /** Jobs claimed per look; the rest wait for the next one. */
  batchSize?: number;
}

/** What a bot's kind of delayed job needs: how to do one, and how to log it (never with a secret). */
export interface DelayedJobsSetup<T extends { tries: number }> {
  /** The store's job kind; one runner per kind. */
  kind: string;
  /** Reads a stored payload back; an unreadable one is dropped (and logged). */
  schema: z.ZodType<T>;
  store: ChannelJobs;
  clock: () => number;
  logger: Logger;
  options?: DelayedJobsOptions;
  /** Does the job. Throws to fail it: it is tried again later unless `isFinalFailure` or out of tries. */
  perform: (job: T) => Promise<void>;
  /** True when trying again cannot help (the job is given up at once). By default every failure passes. */
  isFinalFailure?: (error: unknown) => boolean;
  /**
   * How a failed job is tried again: how many tries in all, and how long after its `tries`-th failure (the
   * error may say how long to wait). Default: 5 tries, 30 s apart.
   */
  retry?: { maxTries: number; delayMs: (error: unknown, tries: number) => number };
  /** Log fields that say which job it is. Never a secret. */
  identify: (job: T) => Record<string, unknown>;
  /** Log fields for a failure of `perform`. Never the request. */
  describeError: (error: unknown) => Record<string, unknown>;
  words: {
    /** The job as a noun: "message deletion" (logged as "could not schedule a message deletion"). */
    job: string;
    /** The failure before a retry: "could not delete a protected message" (+ " yet; will try again"). */
    failed: string;
    /** The failure after the last try: "gave up deleting a protected message". */
    gaveUp: string;
    /** How loud giving up is: "warn" when it is expected now and then. Default "error". */
    gaveUpLevel?: "warn" | "error";
  };
}

/** The default poll interval: a due job is at most this late; fine for "after 5 minutes". */
const DEFAULT_POLL_INTERVAL_MS = 5_000;
const DEFAULT_BATCH_SIZE = 50;
/** A job that keeps failing for a passing reason (5xx, network) is tried again this often, then dropped. */
const MAX_TRIES = 5;
const RETRY_AFTER_MS = 30_000;

/**
 * Runs one kind of job later, through the store's scheduleJob/claimDueJobs, so that a restart or another
 * replica still runs it. Use it for a bot action that must happen after a delay (deleting or hiding a
 * secret); `start` runs the poller that claims and performs the due jobs. A failed job is tried again
 * (its `tries` counts them) up to a limit.
 */
export class DelayedJobs<T extends { tries: number }> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly localTimers = new Set<NodeJS.Timeout>();
  /** Looks for due jobs that failed in a row, since the last that worked. */
  private failedLooks = 0;

  constructor(private readonly setup: DelayedJobsSetup<T>) {}

  /**
   * Schedules the job for `dueAt` in the store. Never throws: when the store cannot take the job, a timer
   * in this process does it instead (lost if the process stops first, which is logged). `log` is the logger
   * of the work that scheduled it, if any, for the line that says so. A job with a `group` (a chat) can be
   * run early with the rest of its group (`runGroupNow`).
   */
  async later(job: T, dueAt: number, log = this.setup.logger, group?: string): Promise<void> {
    const { clock, words } = this.setup;
    try {
      await this.schedule(job, dueAt, group);
    } catch (error) {
      log.error(
        { err: error, ...this.setup.identify(job) },
        `could not schedule a ${words.job}; using a local timer`,
      );
      const timer = setTimeout(
        () => {
          this.localTimers.delete(timer);
          void this.perform(job);
        },
        Math.max(0, dueAt - clock()),
      );
      timer.unref();
      this.localTimers.add(timer);
    }
  }

  /**
   * Performs now the jobs scheduled with `group` that are still waiting, however far off their time; each is
   * taken from the store first, so no other replica (nor the poller) performs it again. Never throws: when
   * the store cannot say which they are, they run at their time (logged, on `log`). `looked` is called once
   * the store has handed them out (or failed to), before they are performed.
   */
  async runGroupNow(group: string, log = this.setup.logger, looked?: () => void): Promise<void> {
    const { store, kind, schema, words } = this.setup;
    let claimed: string[];
    try {
      claimed = await store.claimGroupJobs(kind, group);
    } catch (error) {
      const msg = `could not run a chat's ${words.job}s early; they run at their time`;
      if (error instanceof StoreUnavailableError) logOutage(log, error, msg);
      else log.warn({ err: error }, msg);
      return;
    } finally {
      looked?.();
    }
    for (const payload of claimed) {
      const parsed = schema.safeParse(safeJson(payload));
      if (parsed.success) await this.perform(parsed.data);
      else log.error(`dropped an unreadable ${words.job} job`);
    }
  }

  /** Starts looking for due jobs; the timer does not keep the process alive. */
  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(
      () => void this.runOnce(),
      this.setup.options?.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
    );
    this.timer.unref();
  }

  /** Stops the poller and waits for a look in progress; jobs not yet due stay in the store. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.localTimers.size > 0) {
      this.setup.logger.error(
        { count: this.localTimers.size },
        `stopping with ${this.setup.words.job}s only this process knew of`,
      );
      for (const timer of this.localTimers) clearTimeout(timer);
      this.localTimers.clear();
    }
    await this.running;
  }

  /** Claims the due jobs and performs them. One look at a time per process. */
  runOnce(): Promise<void> {
    this.running ??= this.performDue().finally(() => (this.running = undefined));
    return this.running;
  }

  private async performDue(): Promise<void> {
    const { store, kind, clock, logger, options, schema, words } = this.setup;
    let claimed: string[];
    try {
      claimed = await store.claimDueJobs(kind, clock(), options?.batchSize ?? DEFAULT_BATCH_SIZE);
    } catch (error) {
      // Redis down fails every look (one each poll): the first says so, the rest are counted.
      if (this.failedLooks++ === 0) {
        const msg = `could not look for due ${words.job}s; will try again`;
        // Redis down is expected now and then: what it met, without a stack (at debug), as a student's step.
        if (error instanceof StoreUnavailableError) logOutage(logger, error, msg);
        else logger.warn({ err: error }, msg);
      }
      return;
    }
    if (this.failedLooks > 0) {
      logger.info({ failedLooks: this.failedLooks }, `looking for due ${words.job}s works again`);
      this.failedLooks = 0;
    }
    for (const payload of claimed) {
      const parsed = schema.safeParse(safeJson(payload));
      if (parsed.success) await this.perform(parsed.data);
      else logger.error(`dropped an unreadable ${words.job} job`);
    }
  }

  private async perform(job: T): Promise<void> {
    const { clock, logger, words } = this.setup;
    try {
      await this.setup.perform(job);
    } catch (error) {
      const tries = job.tries + 1;
      const details = { ...this.setup.identify(job), tries, ...this.setup.describeError(error) };
      const retry = this.setup.retry;
      if (this.setup.isFinalFailure?.(error) === true || tries >= (retry?.maxTries ?? MAX_TRIES)) {
        logger[words.gaveUpLevel ?? "error"](details, words.gaveUp);
        return;
      }
      logger.warn(details, `${words.failed} yet; will try again`);
      const delayMs = retry?.delayMs(error, tries) ?? RETRY_AFTER_MS;
      await this.schedule({ ...job, tries }, clock() + delayMs).catch((scheduleError: unknown) =>
        logger.error(
          { err: scheduleError, ...this.setup.identify(job) },
          `could not reschedule a ${words.job}`,
        ),
      );
    }
  }

  private schedule(job: T, dueAt: number, group?: string): Promise<void> {
    return this.setup.store.scheduleJob(this.setup.kind, JSON.stringify(job), dueAt, group);
  }
}
