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
  onChange?: (state: DirectoryStatus["state"]) => void;
  clock?: () => number;
}

const DEFAULT_INTERVAL_MS = 30_000;

/**
 * The directory's health, probed in the background at most every 30 s. It is reported (readiness body,
 * metric, an admin alert when it goes down and one when it answers again) but never takes the replica out
 * of service: a student must still be told "the school system is not answering" by a running bot.
 */
export class DirectoryHealth {
  private current: DirectoryStatus = { state: "unknown" };
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

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
      // The directory logs its own failure (without secrets); here only the change of state matters, and
      // which setting the directory's answer points at, for the admins.
      state = "down";
      fault = error instanceof DirectoryUnavailableError ? error.fault : undefined;
      // Its words carry no secret (see toUnavailable): what the check met, as a student's step's alert says.
      met = error instanceof DirectoryUnavailableError ? error.message : undefined;
    }
    const before = this.current.state;
    this.current = { state, checkedAt: (this.options.clock ?? Date.now)() };
    if (state === before) return;
    this.options.onChange?.(state);
    if (state === "down") {
      this.options.logger.warn({ event: "directory_down" }, "the school directory does not answer");
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
      this.options.logger.info({ event: "directory_up" }, "the school directory answers again");
      // Only after this check saw it down: a working login says nothing of a failure only a student's step
      // met (a refused password change, a slow search), and another replica's outage is that replica's to end.
      this.options.alerts.raise({ kind: "directory-up", subject: DIRECTORY_SUBJECT });
    }
  }
}

/** The probe for a directory: a service-account bind for LDAP; the memory directory is always there. */
export function directoryProbe(directory: Directory): () => Promise<void> {
  if (directory instanceof LdapDirectory) return () => directory.checkServiceAccount();
  return async () => undefined;
}
