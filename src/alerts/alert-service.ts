import type { Alert, AlertKind, Alerts } from "../core/ports/alerts.js";
import type { Dedupe } from "../core/ports/dedupe.js";
import { DIRECTORY_FAULTS } from "../core/ports/directory-errors.js";
import { StoreUnavailableError } from "../core/errors.js";
import { logOutage } from "../core/log-outage.js";
import type { WindowCounts } from "../core/ports/window-counts.js";
import type { Logger } from "../logging/create-logger.js";
import { AlertFloodCap, DEFAULT_MAX_PER_SUBJECT, type HeldBack } from "./alert-flood-cap.js";
import type { AlertSink } from "./alert-sink.js";
import { DEFAULT_DELIVERY_POLICY, deliverWithRetries, type DeliveryPolicy } from "./deliver-with-retries.js";
import { formatAlert } from "./format-alert.js";

export interface AlertServiceOptions {
  /** Remembers which alerts went out recently, and how many of each kind, shared by every replica. */
  store: Dedupe & WindowCounts;
  logger: Logger;
  sinks?: AlertSink[];
  /**
   * Alerts of one kind, subject and episode within this window after the first are only logged; and the
   * window of the cap per kind (maxPerKind).
   */
  dedupeMs: number;
  /**
   * Subjects that alerts of one kind go out about within one window (ALERT_MAX_PER_KIND); alerts about more
   * are logged and summed up once.
   */
  maxPerKind?: number;
  /** Alerts of one kind about one subject sent within one window; more are logged and summed up once. */
  maxPerSubject?: number;
  delivery?: DeliveryPolicy;
  /** Milliseconds since the epoch, for the time printed in an alert; tests move it. */
  clock?: () => number;
  /** How long close() waits for deliveries still under way before giving up on them. */
  closeTimeoutMs?: number;
  /** Told once per alert and sink whether it was delivered (for the metrics). */
  onDelivery?: (delivered: boolean) => void;
  /** The language the admins read alerts in (the school's DEFAULT_LANGUAGE); the log stays English. */
  language?: string;
  /**
   * Which directory settings this process runs with (directorySettingsId): part of what makes two directory
   * alerts the same event. A restart that changed them (a fixed LDAP_URL) tells the next outage even within
   * the window; replicas with the same ones (a rolling deploy) share one window, so none repeats another's.
   */
  directorySettings?: string;
}

/** More alerts than this in flight means sinks are stuck; further ones are only logged until they drain. */
const MAX_PENDING = 200;
/**
 * Enough for a real incident to be seen alert by alert (a few suspensions in one lesson), few enough that an
 * attacker typing wrong passwords for a class's IDs leaves the admins' chat readable.
 */
export const DEFAULT_MAX_PER_KIND = 5;

const DEFAULT_CLOSE_TIMEOUT_MS = 5_000;
/**
 * Kinds where each alert is its own security event, never a repeat: a guided reset, or a directory lock or
 * set-up pause lifted by /unlock, is a teacher's deliberate act (one at a time, by hand), so it cannot
 * flood, and a second one of the same student soon after is the very thing an admin should see. The window
 * is for the floods: suspensions, sprees, throttled chats.
 */
const NEVER_DEDUPLICATED: ReadonlySet<AlertKind> = new Set([
  "guided-reset",
  "directory-lock-lifted",
  "setup-pause-lifted",
  "staff-password-pause-lifted",
]);
/**
 * Kinds whose sender raises one per change of state, in its own process (StoreHealth): the window lives in
 * Redis, which these are about, and each replica tells its own outage, so none is held back here. Through
 * the window, a replica's "answers again" could be taken for another's, or a second outage's for the first's.
 */
const DEDUPLICATED_BY_SENDER: ReadonlySet<AlertKind> = new Set(["store-down", "store-up"]);

/** The directory's pair: the same event only under the same directory settings (see directorySettings). */
const DIRECTORY_KINDS: ReadonlySet<AlertKind> = new Set(["directory-error", "directory-up"]);

/**
 * Kinds never held back by the cap per kind: the deliberate acts and the Redis kinds above; the directory's
 * pair, which is one subject (so bounded by the window already) and must not lose its all-clear or a
 * new outage to a cap; and the cap's own summary, one per kind and window.
 */
const NEVER_CAPPED: ReadonlySet<AlertKind> = new Set([
  ...NEVER_DEDUPLICATED,
  ...DEDUPLICATED_BY_SENDER,
  "directory-error",
  "directory-up",
  // One per emptied Redis (its new mark is the episode): the admins must hear every student is to set up again.
  "store-emptied",
  "alerts-held-back",
  // Each is a student whose password someone must check in the directory: a count would not say whose.
  "password-maybe-set",
  // Each is a student who does not know her new password: the admin must know whose.
  "password-not-shown",
]);

/**
 * Whether `alert` always goes out, whatever the cap: a staff account's link moving to another chat gives
 * that chat her staff commands, so it must not wait in a summary behind students' new phones.
 */
function neverCapped(alert: Alert): boolean {
  return NEVER_CAPPED.has(alert.kind) || (alert.kind === "relink" && alert.details?.account === "staff");
}

/**
 * An all-clear that goes out ends the window of what it clears, in every episode (each directory fault), so
 * that an outage after it is told again: else the admins' last word would be "answers again" while it is
 * down. The all-clear keeps its own window, so a flapping directory sends at most a down, an up and a down
 * in one.
 */
const CLEARS: Readonly<Partial<Record<AlertKind, { kind: AlertKind; episodes: readonly string[] }>>> = {
  "directory-up": { kind: "directory-error", episodes: DIRECTORY_FAULTS },
};

/**
 * The admins' alerts: every alert is logged (warn); one of a kind, subject and episode already raised within
 * the de-duplication window is logged as not sent again and goes no further (except NEVER_DEDUPLICATED
 * and DEDUPLICATED_BY_SENDER kinds: each goes out); past `maxPerKind` subjects of one kind in the window, or
 * `maxPerSubject` alerts of one kind about one subject, the rest are logged as held back and summed up in one
 * alert at the window's end (AlertFloodCap; not NEVER_CAPPED kinds). What is left is sent to every sink (Slack, Telegram) in the background, each sink on its own with
 * retries, so a failing or hanging sink delays neither `raise` nor the other sinks. Use one per process;
 * call close() on shutdown.
 */
export class AlertService implements Alerts {
  private readonly sinks: AlertSink[];
  private readonly pending = new Set<Promise<void>>();
  private readonly stopping = new AbortController();
  private readonly delivery: DeliveryPolicy;
  private readonly clock: () => number;
  private readonly cap: AlertFloodCap;
  private closed = false;

  constructor(private readonly options: AlertServiceOptions) {
    this.sinks = [...(options.sinks ?? [])];
    this.delivery = options.delivery ?? DEFAULT_DELIVERY_POLICY;
    this.clock = options.clock ?? Date.now;
    this.cap = new AlertFloodCap({
      counts: options.store,
      logger: options.logger,
      maxPerKind: options.maxPerKind ?? DEFAULT_MAX_PER_KIND,
      maxPerSubject: options.maxPerSubject ?? DEFAULT_MAX_PER_SUBJECT,
      windowMs: options.dedupeMs,
      onWindowEnd: (summary) => this.track(summary().then((alert) => this.handle(alert, this.clock()))),
    });
  }

  /** Adds a sink for later alerts, for a channel that starts after the core (e.g. Telegram's client). */
  addSink(sink: AlertSink): void {
    this.sinks.push(sink);
  }

  /** Returns at once; never throws. The work happens in the background (see flush). */
  raise(alert: Alert): void {
    try {
      const at = this.clock();
      // Deferred, so that not even a synchronous part of the store call runs inside the student's step.
      this.track(
        Promise.resolve().then(() => this.handle(alert, at)),
        alert,
      );
    } catch (error) {
      this.options.logger.error({ err: error }, "admin alert could not be raised");
    }
  }

  /** Waits until every alert raised so far has been delivered or given up on (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Waits a little for deliveries under way, then stops retrying; later alerts are only logged. */
  async close(): Promise<void> {
    this.closed = true;
    this.cap.close();
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS);
      timer.unref();
    });
    await Promise.race([this.flush(), giveUp]);
    clearTimeout(timer);
    this.stopping.abort();
  }

  /** Keeps background work for flush() and close(), and logs its failure. */
  private track(work: Promise<void>, alert?: Alert): void {
    const tracked = work.catch((error: unknown) =>
      this.options.logger.error({ err: error, alert }, "admin alert failed"),
    );
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }

  private async handle(alert: Alert, at: number): Promise<void> {
    const { logger } = this.options;
    if (!(await this.isFirstInWindow(alert))) {
      // Still at warn, in full: the log has every alert (docs/guide.md), only the admins' chats are spared.
      const minutes = Math.round(this.options.dedupeMs / 60_000);
      const why = `the same one went out within ${minutes} minutes`;
      logger.warn(
        { alert, resent: false },
        `admin alert (not sent again: ${why}): ${formatAlert(alert, at)}`,
      );
      return;
    }
    const held = neverCapped(alert) ? undefined : await this.cap.admit(alert.kind, alert.subject, at);
    if (held !== undefined) {
      const { from, to } = this.cap.windowOf(at);
      const why = `${this.whatWentOut(alert, held)} went out from ${from} UTC; one summary at ${to}`;
      logger.warn(
        { alert, sent: false, event: "alert_held_back" },
        `admin alert (held back: ${why}): ${formatAlert(alert, at)}`,
      );
      return;
    }
    logger.warn({ alert }, `admin alert: ${formatAlert(alert, at)}`);
    const text = formatAlert(alert, at, this.options.language);
    if (this.closed || this.sinks.length === 0) return;
    if (this.pending.size > MAX_PENDING) {
      logger.error({ alert: alert.kind, pending: this.pending.size }, "admin alert sinks are backed up");
      return;
    }
    await Promise.all(this.sinks.map((sink) => this.deliver(sink, alert, text)));
  }

  /** What the cap had let out already, for the log line of an alert held back. */
  private whatWentOut(alert: Alert, held: HeldBack): string {
    if (held === "subject")
      return `${this.options.maxPerSubject ?? DEFAULT_MAX_PER_SUBJECT} ${alert.kind} alerts about ${alert.subject}`;
    return `${this.options.maxPerKind ?? DEFAULT_MAX_PER_KIND} ${alert.kind} alerts`;
  }

  /** Ends the window of what the all-clear `kind` clears, in every episode (each directory fault). */
  private async forgetCleared(kind: AlertKind, subject: string): Promise<void> {
    const cleared = CLEARS[kind];
    if (cleared === undefined) return;
    const episodes = [undefined, ...cleared.episodes];
    await this.options.store.forgetSeen(
      episodes.map((episode) =>
        this.dedupeKey({ kind: cleared.kind, subject, ...(episode ? { episode } : {}) }),
      ),
    );
  }

  /** Shared through the store so that replicas agree; if the store is down, the alert goes out anyway. */
  private async isFirstInWindow(alert: Alert): Promise<boolean> {
    if (NEVER_DEDUPLICATED.has(alert.kind) || DEDUPLICATED_BY_SENDER.has(alert.kind)) return true;
    const key = this.dedupeKey(alert);
    try {
      const first = await this.options.store.markUpdateSeen(key, this.options.dedupeMs / 1000);
      if (first) await this.forgetCleared(alert.kind, alert.subject);
      return first;
    } catch (error) {
      const msg = "could not check an alert for repeats";
      // Redis down is expected now and then: what it met, without a stack (at debug), as a student's step.
      if (error instanceof StoreUnavailableError)
        logOutage(this.options.logger.child({ alert: alert.kind }), error, msg);
      else this.options.logger.warn({ err: error, alert: alert.kind }, msg);
      return true;
    }
  }

  /** What makes two alerts the same event: kind, subject (as ids compare), episode, and for the directory's, its settings. */
  private dedupeKey(alert: Alert): string {
    const subject = alert.subject.trim().toLowerCase();
    const episode = alert.episode === undefined ? "" : `:${alert.episode.trim().toLowerCase()}`;
    const settings = this.options.directorySettings;
    const run = DIRECTORY_KINDS.has(alert.kind) && settings !== undefined ? `:settings-${settings}` : "";
    return `alert:${alert.kind}:${subject}${episode}${run}`;
  }

  private async deliver(sink: AlertSink, alert: Alert, text: string): Promise<void> {
    const result = await deliverWithRetries(sink, text, this.delivery, this.stopping.signal);
    this.options.onDelivery?.(result.ok);
    const facts = { sink: sink.name, alert: alert.kind, subject: alert.subject, attempts: result.attempts };
    if (result.ok) {
      this.options.logger.debug(facts, "admin alert delivered");
      return;
    }
    const todo = whatToDo(sink, result.error);
    this.options.logger.error(
      { ...facts, failure: describeFailure(sink, result.error) },
      `could not deliver an admin alert to ${sink.name}${todo === undefined ? "" : `: ${todo}`}`,
    );
  }
}

/** The sink's advice on a failed send, if it has any; a sink that throws here gives none. */
function whatToDo(sink: AlertSink, error: unknown): string | undefined {
  try {
    return sink.whatToDo?.(error);
  } catch {
    return undefined;
  }
}

/** The sink's own safe description, else only the error's name and code: messages may carry a URL token. */
function describeFailure(sink: AlertSink, error: unknown): Record<string, unknown> {
  if (sink.describeError !== undefined) {
    try {
      return sink.describeError(error);
    } catch {
      // Fall through to the plain description.
    }
  }
  if (!(error instanceof Error)) return { error: typeof error };
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" || typeof code === "number"
    ? { error: error.name, code }
    : { error: error.name };
}
