/**
 * The school's user IDs that had a wrong try lately (a set-up password, a reset's answers), and which of them
 * then settled (linked, answered right): what tells a spray (IDs tried and never settled) from a class of
 * children who mistype and then get it right. See core/limits/spray.ts.
 */
export type SprayWatch = "setup" | "reset";

export interface SprayRule {
  /** How far back the IDs are counted. */
  windowMs: number;
  /** An ID counts as not settled once this long has passed since its first wrong try with no settling. */
  settleMs: number;
  minIds: number;
  minSharePercent: number;
}

/**
 * The IDs of the window, once counted: and whether this count is the one that alerts (the first in a window,
 * then one at twice the unsettled IDs of the last alert).
 */
export interface SprayReading {
  /** IDs whose first wrong try in the window is older than settleMs, with no settling since. */
  unsettled: number;
  /** IDs that settled after a wrong try in the window. */
  settled: number;
  alertNow: boolean;
}

/** Each watch keeps its own IDs, settings and alert. */
export interface SprayCounts {
  /**
   * What the watch's window holds now, and whether this look is the one that alerts; first adding a wrong
   * try for `wrongTryOf` when given. Null adds nothing: the regular look, or an ID that matches nobody (given
   * the same work, so that timing tells nothing about the ID).
   */
  lookForSpray(
    watch: SprayWatch,
    wrongTryOf: string | null,
    now: number,
    rule: SprayRule,
  ): Promise<SprayReading>;
  /** The ID settled after a wrong try within the window: it is no longer counted as unsettled. */
  noteSettledAfterWrongTry(watch: SprayWatch, personId: string, now: number, rule: SprayRule): Promise<void>;
}
