import type { z } from "zod";
import type { ChannelJobs } from "../core/channel-core.js";
import type { ClaimedJob } from "../core/ports/jobs.js";
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
 * A claimed job is leased this long: if its claimer has not finished it by then (the claim's answer came
 * after the store stopped waiting, the process stopped), any look takes it again. Longer than a look takes
 * to start its last job (LOOK_STARTS_JOBS_FOR_MS) and then perform it: one platform call gives up within
 * 3 × PLATFORM_TIMEOUT_MS, flood-control waits included (30 s by default, 6 minutes at the largest setting),
 * plus a few store steps of 5 s at most, plus the directory for the jobs that read it first (the Slack
 * clearing job's Home status, a guided code's end naming the child of an older job): a call or two of
 * LDAP_TIMEOUT_MS each (5 s by default, 2 minutes at the largest). At the largest settings together a job can
 * outlast its lease: it is then done twice, which every job must bear anyway. Short enough that a secret
 * whose claimer stopped goes within minutes. Leases are scored by each replica's own clock: replicas'
 * clocks must agree (NTP) within about a minute (docs/operations.md), or one whose clock runs ahead takes
 * the others' leased jobs early.
 */
const LEASE_MS = 10 * 60_000;
/**
 * A look starts no job of its batch this long after its claim (a platform that times out every call makes
 * 50 jobs take far longer than their lease): it gives the rest back (due now), and the next look takes them.
 */
const LOOK_STARTS_JOBS_FOR_MS = 3 * 60_000;

/**
 * Runs one kind of job later, through the store's scheduleJob/claimDueJobs, so that a restart or another
 * replica still runs it. Use it for a bot action that must happen after a delay (deleting or hiding a
 * secret); `start` runs the poller that claims and performs the due jobs. A failed job is tried again
 * (its `tries` counts them) up to a limit. A claim only leases the jobs (LEASE_MS): a job is finished in the
 * store once done or given up, and one this process took but never finished is done again by any look once
 * its lease runs out, so `perform` must be harmless to run twice.
 */
export class DelayedJobs<T extends { tries: number }> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private readonly localTimers = new Set<NodeJS.Timeout>();
  /** Looks for due jobs that failed in a row, since the last that worked. */
  private failedLooks = 0;
  /**
   * Each group's early run's look in the store (runGroupSoon), which a job `later` schedules in that group
   * waits for; not the jobs after it, which the platform may hold up.
   */
  private readonly earlyLooks = new Map<string, Promise<void>>();
  /** Early runs whose jobs were handed out and are not yet done: `stop` waits for them. */
  private readonly earlyRuns = new Set<Promise<void>>();

  constructor(private readonly setup: DelayedJobsSetup<T>) {}

  /**
   * Schedules the job for `dueAt` in the store. Never throws: when the store cannot take the job, a timer
   * in this process does it instead (lost if the process stops first, which is logged). `log` is the logger
   * of the work that scheduled it, if any, for the line that says so. A job with a `group` (a chat) can be
   * run early with the rest of its group (`runGroupSoon`); it is scheduled after the group's early look
   * under way, if any, so that a secret shown after that look began is not taken by it.
   */
  async later(job: T, dueAt: number, log = this.setup.logger, group?: string): Promise<void> {
    const { clock, words } = this.setup;
    if (group !== undefined) await this.earlyLooks.get(group);
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
          void this.perform(job, undefined, group);
        },
        Math.max(0, dueAt - clock()),
      );
      timer.unref();
      this.localTimers.add(timer);
    }
  }

  /**
   * Performs now the jobs scheduled with `group` that are still waiting, however far off their time (the
   * secrets shown in a chat whose user moved on). Resolves once the store has handed them out (or failed
   * to); they are performed after that, without holding up the caller, and `stop` waits for them. Each is
   * leased first, so no other replica (nor the poller) performs it meanwhile, and the group forgets it.
   * Never throws: when the store cannot say which they are, they run at their time, or once the lease of a
   * claim whose answer came too late runs out (logged, on `log`).
   */
  runGroupSoon(group: string, log = this.setup.logger): Promise<void> {
    let looked = () => {};
    const look: Promise<void> = new Promise<void>((resolve) => (looked = resolve)).then(() => {
      if (this.earlyLooks.get(group) === look) this.earlyLooks.delete(group);
    });
    this.earlyLooks.set(group, look);
    const run = this.runGroup(group, log, looked).finally(() => this.earlyRuns.delete(run));
    this.earlyRuns.add(run);
    return look;
  }

  private async runGroup(group: string, log: Logger, looked: () => void): Promise<void> {
    const { store, kind, clock, words } = this.setup;
    const claimedAt = clock();
    let claimed: ClaimedJob[];
    try {
      claimed = await store.claimGroupJobs(kind, group, claimedAt + LEASE_MS);
    } catch (error) {
      const msg = `could not run a chat's ${words.job}s early; they run at their time`;
      if (error instanceof StoreUnavailableError) logOutage(log, error, msg);
      else log.warn({ err: error }, msg);
      return;
    } finally {
      looked();
    }
    await this.performClaimed(claimed, claimedAt, log);
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

  /**
   * Stops the poller and waits for a look in progress and the early runs; jobs not yet due stay in the store.
   */
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
    await Promise.all([this.running, ...this.earlyRuns]);
  }

  /** Claims the due jobs and performs them. One look at a time per process. */
  runOnce(): Promise<void> {
    this.running ??= this.performDue().finally(() => (this.running = undefined));
    return this.running;
  }

  private async performDue(): Promise<void> {
    const { store, kind, clock, logger, options, words } = this.setup;
    const claimedAt = clock();
    let claimed: ClaimedJob[];
    try {
      const limit = options?.batchSize ?? DEFAULT_BATCH_SIZE;
      claimed = await store.claimDueJobs(kind, claimedAt, limit, claimedAt + LEASE_MS);
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
    await this.performClaimed(claimed, claimedAt, logger);
  }

  /** Performs the jobs one claim handed out, one after the other, while their lease leaves time to. */
  private async performClaimed(claimed: ClaimedJob[], claimedAt: number, log: Logger): Promise<void> {
    const { clock, schema, words } = this.setup;
    for (const [index, { id, payload }] of claimed.entries()) {
      if (clock() - claimedAt > LOOK_STARTS_JOBS_FOR_MS) {
        const left = claimed.slice(index).map((job) => job.id);
        log.warn({ left: left.length }, `${words.job}s took long; the rest wait for a later look`);
        await this.release(left, log);
        return;
      }
      const raw = safeJson(payload);
      const parsed = schema.safeParse(raw);
      if (parsed.success) await this.perform(parsed.data, id, groupOf(raw));
      else {
        log.error(`dropped an unreadable ${words.job} job`);
        await this.finish(id);
      }
    }
  }

  /**
   * Performs a job; `id` is its claim's, for one from the store (none for a local timer's). A next try keeps
   * its `group`, so that it can still be run early.
   */
  private async perform(job: T, id?: string, group?: string): Promise<void> {
    const { clock, logger, words } = this.setup;
    try {
      await this.setup.perform(job);
    } catch (error) {
      const tries = job.tries + 1;
      const details = { ...this.setup.identify(job), tries, ...this.setup.describeError(error) };
      const retry = this.setup.retry;
      if (this.setup.isFinalFailure?.(error) === true || tries >= (retry?.maxTries ?? MAX_TRIES)) {
        logger[words.gaveUpLevel ?? "error"](details, words.gaveUp);
        await this.finish(id);
        return;
      }
      logger.warn(details, `${words.failed} yet; will try again`);
      const next = {
        payload: payloadOf({ ...job, tries }, group),
        dueAt: clock() + (retry?.delayMs(error, tries) ?? RETRY_AFTER_MS),
        ...(group === undefined ? {} : { group }),
      };
      const { store, kind } = this.setup;
      const identified = this.setup.identify(job);
      if (id === undefined) {
        await store.scheduleJob(kind, next.payload, next.dueAt, group).catch((scheduleError: unknown) => {
          logger.error({ err: scheduleError, ...identified }, `could not reschedule a ${words.job}`);
        });
        return;
      }
      // Not lost when the store cannot take the next try: the claimed job is due again once its lease runs out.
      await store.finishJob(kind, id, next).catch((scheduleError: unknown) => {
        logger.warn(
          { err: scheduleError, ...identified },
          `could not reschedule a ${words.job}; it is tried again once its lease runs out`,
        );
      });
      return;
    }
    await this.finish(id);
  }

  /**
   * Takes a job that was done (or given up) off the store. When the store cannot, its lease runs out and the
   * job is done again: harmless, and so only a warning.
   */
  private async finish(id: string | undefined): Promise<void> {
    if (id === undefined) return;
    const { store, kind, logger, words } = this.setup;
    try {
      await store.finishJob(kind, id);
    } catch (error) {
      const msg = `could not note a ${words.job} as done; it is done again later`;
      if (error instanceof StoreUnavailableError) logOutage(logger, error, msg);
      else logger.warn({ err: error }, msg);
    }
  }

  /**
   * Gives back the jobs a look will not start, so that the next look (seconds later) takes them. When the
   * store cannot, they are done once their lease runs out: a warning.
   */
  private async release(ids: string[], log: Logger): Promise<void> {
    const { store, kind, clock, words } = this.setup;
    try {
      await store.releaseJobs(kind, ids, clock());
    } catch (error) {
      const msg = `could not give back ${words.job}s a look did not start; they are done once their lease runs out`;
      if (error instanceof StoreUnavailableError) logOutage(log, error, msg);
      else log.warn({ err: error }, msg);
    }
  }

  private schedule(job: T, dueAt: number, group?: string): Promise<void> {
    return this.setup.store.scheduleJob(this.setup.kind, payloadOf(job, group), dueAt, group);
  }
}

/**
 * A job as stored: its fields, and its group if it has one (under `group`, which no job's own fields use;
 * a job's schema drops it), so that its next try is noted in the group too.
 */
function payloadOf(job: object, group: string | undefined): string {
  return JSON.stringify(group === undefined ? job : { ...job, group });
}

/** The group a stored job was scheduled with (payloadOf), if any. */
function groupOf(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || !("group" in raw)) return undefined;
  return typeof raw.group === "string" ? raw.group : undefined;
}
