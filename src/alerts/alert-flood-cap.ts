import type { Alert, AlertKind } from "../core/ports/alerts.js";
import type { WindowCounts } from "../core/ports/window-counts.js";
import type { Logger } from "../logging/create-logger.js";

export interface AlertFloodCapOptions {
  /** Counts each kind's alerts per window, shared by every replica. */
  counts: WindowCounts;
  logger: Logger;
  /**
   * People or things (subjects) that alerts of one kind go out about within one window; alerts about further
   * ones are held back.
   */
  maxPerKind: number;
  /** Alerts of one kind about one subject that go out within one window; further ones are held back. */
  maxPerSubject: number;
  /** The window's length. Windows follow the clock (08:00 to 08:15 for 15 minutes), the same on every replica. */
  windowMs: number;
  /**
   * Called when a window ends in which this replica held alerts back: `summary` reads how many were held
   * back in all and gives the `alerts-held-back` alert to raise.
   */
  onWindowEnd: (summary: () => Promise<Alert>) => void;
}

/**
 * Enough for a student's own new phone and a takeover right after it (and her move back) to each be seen;
 * few enough that one person moving her own link round her own chats sends the admins no more than that.
 */
export const DEFAULT_MAX_PER_SUBJECT = 3;

/** A moment after the window's end, so that alerts raised at its very end are in the count the summary reads. */
const SUMMARY_DELAY_MS = 5_000;

/** Why an alert was held back: its kind had alerts about `maxPerKind` others, or its subject had its own quota. */
export type HeldBack = "kind" | "subject";

/** What this replica counted of one kind in one window: its own count, in case the store cannot be read. */
interface WindowTally {
  kind: AlertKind;
  start: number;
  /** Subjects alerted about here, and whether the first one went out. */
  subjects: Map<string, { raised: number; admitted: boolean }>;
  admittedSubjects: number;
  heldBack: number;
  summaryTimer?: NodeJS.Timeout;
}

/**
 * Alerts of one kind go to the admins' chats about at most `maxPerKind` subjects per window, and at most
 * `maxPerSubject` about each of them, counted in the store so that every replica shares one count; the rest
 * are held back, and one summary at the window's end says how many. Each subject its own quota: a student
 * relinking her own account round her own chats uses up the alerts about her, never the ones about a
 * classmate whose account was taken. With the store down, each replica counts on its own (a flood is then at
 * most that many per replica): held back by a guess rather than sent by the hundred.
 */
export class AlertFloodCap {
  private readonly tallies = new Map<string, WindowTally>();

  constructor(private readonly options: AlertFloodCapOptions) {}

  /** Undefined when an alert of `kind` about `subject` raised at `at` may still go out; else why it is held back. */
  async admit(kind: AlertKind, subject: string, at: number): Promise<HeldBack | undefined> {
    const tally = this.tallyOf(kind, windowStart(at, this.options.windowMs));
    const who = subject.trim().toLowerCase();
    let held = this.admitHere(tally, who);
    try {
      held = await this.admitInStore(tally, who);
    } catch (error) {
      this.options.logger.warn(
        { err: error, alert: kind },
        "could not count alerts of a kind in the store; counting in this replica only",
      );
    }
    if (held === undefined) return undefined;
    tally.heldBack++;
    // Best effort: the summary falls back on this replica's count.
    await this.options.counts.countInWindow(heldKey(tally), 2 * this.options.windowMs).catch(() => 0);
    this.summariseAtEnd(tally, at);
    return held;
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

  /**
   * The shared count: the subject's own (it expires with the window), then for its first alert the kind's count
   * of subjects; a subject's later alerts go out only if its first did (a mark, one per subject sent about).
   */
  private async admitInStore(tally: WindowTally, who: string): Promise<HeldBack | undefined> {
    const { counts, maxPerKind, maxPerSubject, windowMs } = this.options;
    const raised = await counts.countInWindow(subjectKey(tally, who), windowMs);
    if (raised > maxPerSubject) return "subject";
    if (raised > 1) return (await this.wasAdmitted(tally, who)) ? undefined : "kind";
    if ((await counts.countInWindow(countKey(tally), 2 * windowMs)) > maxPerKind) return "kind";
    await counts.countInWindow(admittedKey(tally, who), windowMs);
    return undefined;
  }

  /**
   * Whether a subject's first alert went out: its mark, or, while the kind is not full, taken as so (its first
   * may still be on its way to the mark, raised a moment before on this or another replica; at worst a later
   * one goes out ahead of a first that the cap then holds back).
   */
  private async wasAdmitted(tally: WindowTally, who: string): Promise<boolean> {
    const { counts, maxPerKind } = this.options;
    if ((await counts.windowCount(countKey(tally))) <= maxPerKind) return true;
    return (await counts.windowCount(admittedKey(tally, who))) > 0;
  }

  /** The same rule on this replica's own count, in case the store cannot be read. */
  private admitHere(tally: WindowTally, who: string): HeldBack | undefined {
    let seen = tally.subjects.get(who);
    if (seen === undefined) {
      seen = { raised: 0, admitted: tally.admittedSubjects < this.options.maxPerKind };
      if (seen.admitted) tally.admittedSubjects++;
      tally.subjects.set(who, seen);
    }
    seen.raised++;
    if (seen.raised > this.options.maxPerSubject) return "subject";
    return seen.admitted ? undefined : "kind";
  }

  private tallyOf(kind: AlertKind, start: number): WindowTally {
    const name = `${kind}:${start}`;
    let tally = this.tallies.get(name);
    if (tally === undefined) {
      // Only a few kinds are ever counted: forgetting ended windows keeps the map that small.
      for (const [other, old] of this.tallies)
        if (old.start < start && old.summaryTimer === undefined) this.tallies.delete(other);
      tally = { kind, start, subjects: new Map(), admittedSubjects: 0, heldBack: 0 };
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
    const { maxPerKind, maxPerSubject, windowMs } = this.options;
    let heldBack = tally.heldBack;
    try {
      heldBack = Math.max(heldBack, await this.options.counts.windowCount(heldKey(tally)));
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
        perSubject: maxPerSubject,
        minutes: Math.round(windowMs / 60_000),
        ...this.windowOf(tally.start),
      },
    };
  }
}

function windowStart(at: number, windowMs: number): number {
  return Math.floor(at / windowMs) * windowMs;
}

/** How many subjects alerts of the kind went out about (or were raised about, past the cap). */
function countKey(tally: WindowTally): string {
  return `alerts:${tally.kind}:${tally.start}`;
}

/** How many alerts of the kind were held back, on every replica, for the summary. */
function heldKey(tally: WindowTally): string {
  return `alerts:${tally.kind}:${tally.start}:held`;
}

/** How many alerts of the kind were raised about one subject. */
function subjectKey(tally: WindowTally, who: string): string {
  return `alerts:${tally.kind}:${tally.start}:about:${who}`;
}

/** Set when the first alert of the kind about one subject went out: its later ones may go too. */
function admittedKey(tally: WindowTally, who: string): string {
  return `alerts:${tally.kind}:${tally.start}:sent:${who}`;
}

/** "08:15", in UTC as every alert's time is. */
function clockTime(at: number): string {
  return new Date(at).toISOString().slice(11, 16);
}
