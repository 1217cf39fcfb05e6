import type { Alert, AlertKind } from "../core/ports/alerts.js";
import type { WindowCounts } from "../core/ports/window-counts.js";
import type { Logger } from "../logging/create-logger.js";

export interface AlertFloodCapOptions {
  /** Counts each kind's alerts per window, shared by every replica. */
  counts: WindowCounts;
  logger: Logger;
  /** Alerts of one kind that go out to the admins' chats within one window; further ones are held back. */
  maxPerKind: number;
  /** The window's length. Windows follow the clock (08:00 to 08:15 for 15 minutes), the same on every replica. */
  windowMs: number;
  /**
   * Called when a window ends in which this replica held alerts back: `summary` reads how many were held
   * back in all and gives the `alerts-held-back` alert to raise.
   */
  onWindowEnd: (summary: () => Promise<Alert>) => void;
}

/** A moment after the window's end, so that alerts raised at its very end are in the count the summary reads. */
const SUMMARY_DELAY_MS = 5_000;

/** What this replica counted of one kind in one window: its own count, in case the store cannot be read. */
interface WindowTally {
  kind: AlertKind;
  start: number;
  raised: number;
  heldBack: number;
  summaryTimer?: NodeJS.Timeout;
}

/**
 * At most `maxPerKind` alerts of one kind per window go to the admins' chats, counted in the store so that
 * every replica shares one count; the rest are held back, and one summary at the window's end says how many.
 * With the store down, each replica counts on its own (a flood is then at most that many per replica): held
 * back by a guess rather than sent by the hundred.
 */
export class AlertFloodCap {
  private readonly tallies = new Map<string, WindowTally>();

  constructor(private readonly options: AlertFloodCapOptions) {}

  /** True when an alert of `kind` raised at `at` may still go out; false when it is held back. */
  async admit(kind: AlertKind, at: number): Promise<boolean> {
    const { maxPerKind, windowMs } = this.options;
    const tally = this.tallyOf(kind, windowStart(at, windowMs));
    tally.raised++;
    let count = tally.raised;
    try {
      // Kept past the window's end, for the summary to read.
      count = await this.options.counts.countInWindow(countKey(tally), 2 * windowMs);
    } catch (error) {
      this.options.logger.warn(
        { err: error, alert: kind },
        "could not count alerts of a kind in the store; counting in this replica only",
      );
    }
    if (count <= maxPerKind) return true;
    tally.heldBack++;
    this.summariseAtEnd(tally, at);
    return false;
  }

  /** The window an alert raised at `at` is counted in, as the log and the summary name it ("08:00"). */
  windowOf(at: number): { from: string; to: string } {
    const from = windowStart(at, this.options.windowMs);
    return { from: clockTime(from), to: clockTime(from + this.options.windowMs) };
  }

  /** Drops the summaries not yet due, logging what they would have said (shutdown). */
  close(): void {
    for (const tally of this.tallies.values()) {
      if (tally.summaryTimer === undefined) continue;
      clearTimeout(tally.summaryTimer);
      this.options.logger.warn(
        { alert: tally.kind, heldBack: tally.heldBack, windowStart: new Date(tally.start).toISOString() },
        "stopping before the summary of held-back admin alerts: see the log's alert_held_back lines",
      );
    }
    this.tallies.clear();
  }

  private tallyOf(kind: AlertKind, start: number): WindowTally {
    const name = `${kind}:${start}`;
    let tally = this.tallies.get(name);
    if (tally === undefined) {
      // Only a few kinds are ever counted: forgetting ended windows keeps the map that small.
      for (const [other, old] of this.tallies)
        if (old.start < start && old.summaryTimer === undefined) this.tallies.delete(other);
      tally = { kind, start, raised: 0, heldBack: 0 };
      this.tallies.set(name, tally);
    }
    return tally;
  }

  private summariseAtEnd(tally: WindowTally, now: number): void {
    if (tally.summaryTimer !== undefined) return;
    const dueIn = tally.start + this.options.windowMs + SUMMARY_DELAY_MS - now;
    tally.summaryTimer = setTimeout(
      () => {
        this.tallies.delete(`${tally.kind}:${tally.start}`);
        this.options.onWindowEnd(() => this.summary(tally));
      },
      Math.max(0, dueIn),
    );
    tally.summaryTimer.unref();
  }

  private async summary(tally: WindowTally): Promise<Alert> {
    const { maxPerKind, windowMs } = this.options;
    let heldBack = tally.heldBack;
    try {
      heldBack = Math.max(heldBack, (await this.options.counts.windowCount(countKey(tally))) - maxPerKind);
    } catch (error) {
      this.options.logger.warn(
        { err: error, alert: tally.kind },
        "could not read how many admin alerts were held back; telling this replica's count",
      );
    }
    return {
      kind: "alerts-held-back",
      subject: tally.kind,
      // One summary per kind and window, whichever replica is first (the de-duplication's key).
      episode: String(tally.start),
      details: {
        heldBack,
        max: maxPerKind,
        minutes: Math.round(windowMs / 60_000),
        ...this.windowOf(tally.start),
      },
    };
  }
}

function windowStart(at: number, windowMs: number): number {
  return Math.floor(at / windowMs) * windowMs;
}

function countKey(tally: WindowTally): string {
  return `alerts:${tally.kind}:${tally.start}`;
}

/** "08:15", in UTC as every alert's time is. */
function clockTime(at: number): string {
  return new Date(at).toISOString().slice(11, 16);
}
