import { DIRECTORY_SUBJECT, type Alerts } from "../core/ports/alerts.js";
import type { Directory } from "../core/ports/directory.js";
import { DirectoryUnavailableError, type DirectoryFault } from "../core/ports/directory-errors.js";
import { LdapDirectory } from "../directory/ldap/ldap-directory.js";
import type { Logger } from "../logging/create-logger.js";

/** What the readiness body and the metric say about the directory. */
export interface DirectoryStatus {
  state: "up" | "down" | "unknown";
  /** When the last probe finished (ms since the epoch), if one has. */
  checkedAt?: number;
}

export interface DirectoryHealthOptions {
  /** Throws when the directory cannot be reached (a refused or failed service-account bind). */
  probe: () => Promise<void>;
  alerts: Alerts;
  logger: Logger;
  /** A bind costs the directory a little work; 30 s is often enough for a dashboard and an alert. */
  intervalMs?: number;
  /** While it stays down, how often the log is reminded (with the students' calls that met it meanwhile). */
  reminderMs?: number;
  onChange?: (state: DirectoryStatus["state"]) => void;
  clock?: () => number;
}

const DEFAULT_INTERVAL_MS = 30_000;
/** As StoreHealth's quiet time: an admin reading the log during an outage sees it is not over, not 20 lines. */
const DEFAULT_REMINDER_MS = 10 * 60_000;
const MINUTE_MS = 60_000;

/**
 * The directory's health, probed in the background at most every 30 s. It is reported (readiness body,
 * metric, an admin alert when it goes down and one when it answers again) but never takes the replica out
 * of service: a student must still be told "the school system is not answering" by a running bot.
 * The log has one error line when it goes down (what the check met), a warn line every reminder while it
 * stays down, and one info line when it is back; the directory's own line for each failed check is debug.
 */
export class DirectoryHealth {
  private current: DirectoryStatus = { state: "unknown" };
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** When this check first saw the directory down, in this outage. */
  private downSince: number | undefined;
  /** When the last line about this outage was written. */
  private toldAt = 0;
  /** Students' and staff's directory calls that met the outage since that line. */
  private failedCalls = 0;

  constructor(private readonly options: DirectoryHealthOptions) {}

  /** Probes now, then every interval until stop(). */
  start(): void {
    if (this.timer !== undefined) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.options.intervalMs ?? DEFAULT_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    return this.running ?? Promise.resolve();
  }

  status(): DirectoryStatus {
    return { ...this.current };
  }

  /**
   * A directory call of a student's or teacher's step failed because the directory did not answer (the
   * app's directory calls this): counted for the next line while this check sees it down, else nothing.
   */
  noticeFailure(): void {
    if (this.current.state === "down") this.failedCalls += 1;
  }

  /** One probe; overlapping calls share it. Resolves when it is done (never rejects). */
  check(): Promise<void> {
    this.running ??= this.probeOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async probeOnce(): Promise<void> {
    let state: DirectoryStatus["state"];
    let fault: DirectoryFault | undefined;
    let met: string | undefined;
    try {
      await this.options.probe();
      state = "up";
    } catch (error) {
      // The directory logs each failed check only at debug: the lines an admin reads are this object's (one
      // when it goes down, a reminder while it stays down, one when it is back), with what the check met.
      state = "down";
      fault = error instanceof DirectoryUnavailableError ? error.fault : undefined;
      // Its words carry no secret (see toUnavailable): what the check met, as a student's step's alert says.
      met = error instanceof DirectoryUnavailableError ? error.message : undefined;
    }
    const before = this.current.state;
    const now = this.now();
    this.current = { state, checkedAt: now };
    if (state === before) {
      if (state === "down") this.remindIfDue(now, met);
      return;
    }
    this.options.onChange?.(state);
    if (state === "down") {
      this.downSince = this.toldAt = now;
      this.failedCalls = 0;
      this.options.logger.error(
        { event: "directory_down", ...withReason(met), ...(fault !== undefined ? { fault } : {}) },
        "the school directory does not answer the bot's login check",
      );
      // The flows' subject too: one outage is one alert, whoever notices it first.
      this.options.alerts.raise({
        kind: "directory-error",
        subject: DIRECTORY_SUBJECT,
        ...(fault !== undefined ? { episode: fault } : {}),
        details: {
          during: "login-check",
          ...(fault !== undefined ? { fault } : {}),
          ...(met !== undefined ? { error: met } : {}),
        },
      });
    } else if (before === "down") {
      const soFar = this.takeTally(now);
      this.options.logger.info(
        { event: "directory_up", ...soFar },
        `the school directory answers again, after ${soFar.downForMinutes} min down`,
      );
      this.downSince = undefined;
      // Only after this check saw it down: a working login says nothing of a failure only a student's step
      // met (a refused password change, a slow search), and another replica's outage is that replica's to end.
      this.options.alerts.raise({ kind: "directory-up", subject: DIRECTORY_SUBJECT });
    }
  }

  /** While it stays down: a warn line once per reminder, so the log shows it is not over (and its cost). */
  private remindIfDue(now: number, met: string | undefined): void {
    if (now - this.toldAt < (this.options.reminderMs ?? DEFAULT_REMINDER_MS)) return;
    const soFar = this.takeTally(now);
    this.toldAt = now;
    this.options.logger.warn(
      { event: "directory_still_down", ...soFar, ...withReason(met) },
      `the school directory still does not answer (down ${soFar.downForMinutes} min; ${soFar.failedCalls} directory calls of students' and teachers' steps failed since the last line)`,
    );
  }

  /** For a line: how long this outage has lasted, and the calls that met it since the last line (counted afresh). */
  private takeTally(now: number): { downForMinutes: number; failedCalls: number } {
    const failedCalls = this.failedCalls;
    this.failedCalls = 0;
    return { downForMinutes: Math.floor((now - (this.downSince ?? now)) / MINUTE_MS), failedCalls };
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }
}

/** What the check met (its words carry no secret, see toUnavailable), when the probe said. */
function withReason(met: string | undefined): { reason?: string } {
  return met === undefined ? {} : { reason: met };
}

/** The probe for a directory: a service-account bind for LDAP; the memory directory is always there. */
export function directoryProbe(directory: Directory): () => Promise<void> {
  if (directory instanceof LdapDirectory) return () => directory.checkServiceAccount();
  return async () => undefined;
}
