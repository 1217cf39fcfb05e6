import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { CoreMetrics, DialogEnd, DialogFlow } from "../core/ports/metrics.js";

/** Platform calls and directory operations: from a fast answer to a call that hit its time limit. */
const CALL_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** argon2id at 19 MiB, 2 passes takes tens of milliseconds; a queue of them takes longer. */
const ARGON2_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * Every metric family the bot exports, on its own registry (so tests can build several). Labels hold only
 * fixed words (flow, outcome, channel, method names), never an id, a name or a secret.
 */
export class BotMetrics implements CoreMetrics {
  readonly registry = new Registry();

  readonly dialogsStarted = new Counter({
    name: "sspr_dialogs_started_total",
    help: "Dialogs started, by flow (setup, reset, practice, family, logout, language, guided, unlock, clear, audit, coverage, staff: a staff member's password asked again).",
    labelNames: ["flow"],
    registers: [this.registry],
  });
  readonly dialogsFinished = new Counter({
    name: "sspr_dialogs_finished_total",
    help: "Dialogs finished, by flow and how they ended (completed: by its own last step; cancelled: /cancel, stop, a Cancel button or a no; replaced: another command; timed-out, counted under flow unknown).",
    labelNames: ["flow", "outcome"],
    registers: [this.registry],
  });
  readonly resets = new Counter({
    name: "sspr_resets_total",
    help: "Self-service password resets by outcome (ok, failed, suspended, capped, refused, overtaken).",
    labelNames: ["outcome"],
    registers: [this.registry],
  });
  readonly guidedResets = new Counter({
    name: "sspr_guided_resets_total",
    help: "Teacher-guided resets by outcome (ok, failed, refused).",
    labelNames: ["outcome"],
    registers: [this.registry],
  });
  readonly setups = new Counter({
    name: "sspr_setups_total",
    help: "Set-ups by outcome: ok (answers saved), failed (wrong id or password).",
    labelNames: ["outcome"],
    registers: [this.registry],
  });
  readonly argon2Seconds = new Histogram({
    name: "sspr_argon2_seconds",
    help: "Time of one argon2id hash or verification.",
    labelNames: ["operation"],
    buckets: ARGON2_BUCKETS,
    registers: [this.registry],
  });
  readonly argon2InFlight = new Gauge({
    name: "sspr_argon2_in_flight",
    help: "argon2id operations running now (each holds 19 MiB).",
    registers: [this.registry],
  });
  readonly stepSeconds = new Histogram({
    name: "sspr_step_seconds",
    help: "Time the core takes for one inbound message or button (lock, directory, store), by channel.",
    labelNames: ["channel"],
    buckets: CALL_BUCKETS,
    registers: [this.registry],
  });
  readonly directoryOperations = new Counter({
    name: "sspr_directory_operations_total",
    help: "Directory operations by kind and outcome (ok, rejected, unavailable, size-limit, error: any other failure).",
    labelNames: ["operation", "outcome"],
    registers: [this.registry],
  });
  readonly directorySeconds = new Histogram({
    name: "sspr_directory_operation_seconds",
    help: "Time of one directory operation, by kind.",
    labelNames: ["operation"],
    buckets: CALL_BUCKETS,
    registers: [this.registry],
  });
  readonly directoryUp = new Gauge({
    name: "sspr_directory_up",
    help: "1 when the last service-account login (every 30 s) worked, 0 when it failed, -1 before the first.",
    registers: [this.registry],
  });
  readonly redisUp = new Gauge({
    name: "sspr_redis_up",
    help: "1 when Redis takes the store's check write (every 30 s, and after a failed call), 0 once it has failed for the grace, -1 before the first.",
    registers: [this.registry],
  });
  readonly redisErrors = new Counter({
    name: "sspr_redis_errors_total",
    help: "Store operations that failed because Redis did not answer.",
    registers: [this.registry],
  });
  readonly platformCalls = new Counter({
    name: "sspr_platform_calls_total",
    help: "Telegram Bot API and Slack Web API calls by platform, method and outcome (ok, error, timeout).",
    labelNames: ["platform", "method", "outcome"],
    registers: [this.registry],
  });
  readonly platformSeconds = new Histogram({
    name: "sspr_platform_call_seconds",
    help: "Time of one platform API call, by platform and method.",
    labelNames: ["platform", "method"],
    buckets: CALL_BUCKETS,
    registers: [this.registry],
  });
  readonly httpConnectionsDropped = new Counter({
    name: "sspr_http_connections_dropped_total",
    help: "HTTP connections closed to keep the connection cap, by reason (client_share: refused, the address or IPv6 /64 held its share; server_full: refused, none idle; idle_shed: an idle keep-alive one closed to let a new one in).",
    labelNames: ["reason"],
    registers: [this.registry],
  });
  readonly alerts = new Counter({
    name: "sspr_alerts_total",
    help: "Admin alert deliveries to a sink by outcome (sent, failed).",
    labelNames: ["outcome"],
    registers: [this.registry],
  });
  readonly delayedJobsScheduled = new Counter({
    name: "sspr_delayed_jobs_scheduled_total",
    help: "Delayed jobs (message deletions, Home-tab clearings) scheduled by this replica, by kind.",
    labelNames: ["kind"],
    registers: [this.registry],
  });
  readonly delayedJobsClaimed = new Counter({
    name: "sspr_delayed_jobs_claimed_total",
    help: "Delayed jobs taken to run by this replica, by kind; scheduled minus claimed over all replicas is what waits.",
    labelNames: ["kind"],
    registers: [this.registry],
  });

  private readonly delayedJobsWaiting = new Gauge({
    name: "sspr_delayed_jobs_waiting",
    help: "Delayed jobs waiting in Redis (all replicas), by kind; read from Redis when scraped.",
    labelNames: ["kind"],
    registers: [this.registry],
  });

  constructor(options: { defaultMetrics?: boolean } = {}) {
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
    this.directoryUp.set(-1);
    this.redisUp.set(-1);
  }

  /** Reads the waiting jobs at every scrape; a Redis that does not answer leaves the last values. */
  watchDelayedJobs(count: () => Promise<{ kind: string; waiting: number }[]>): void {
    const gauge = this.delayedJobsWaiting;
    // prom-client awaits a collect() that returns a promise.
    (gauge as unknown as { collect: () => Promise<void> }).collect = async () => {
      try {
        for (const { kind, waiting } of await count()) gauge.set({ kind }, waiting);
      } catch {
        this.redisErrors.inc();
      }
    };
  }

  dialogStarted(flow: DialogFlow): void {
    this.dialogsStarted.inc({ flow });
  }

  dialogFinished(flow: DialogFlow | "unknown", how: DialogEnd): void {
    this.dialogsFinished.inc({ flow, outcome: how });
  }
}
