/**
 * The school's user IDs that had a wrong set-up password lately, and which of them then linked: what tells a
 * password spray (IDs tried and never linked) from a class setting up (children who mistype and then link).
 * See core/limits/setup-spray.ts.
 */
export interface SetupSprayRule {
  /** How far back the IDs are counted. */
  windowMs: number;
  /** An ID counts as not linked once this long has passed since its first wrong password with no link. */
  settleMs: number;
  minIds: number;
  minSharePercent: number;
}

/**
 * The IDs of the window, once counted: and whether this count is the one that alerts (the first in a window,
 * then one at twice the not-linked IDs of the last alert).
 */
export interface SetupSprayReading {
  /** IDs whose first wrong password in the window is older than settleMs, with no link since. */
  notLinked: number;
  /** IDs that linked after a wrong password in the window. */
  linked: number;
  alertNow: boolean;
}

export interface SetupSprayCounts {
  /**
   * What the window holds now, and whether this look is the one that alerts; first adding a wrong set-up
   * password for `wrongPasswordOf` when given. Null adds nothing: the regular look, or an ID that matches
   * nobody (given the same work, so that timing tells nothing about the ID).
   */
  lookForSetupSpray(
    wrongPasswordOf: string | null,
    now: number,
    rule: SetupSprayRule,
  ): Promise<SetupSprayReading>;
  /** The ID linked after a wrong password within the window: it is no longer counted as not linked. */
  noteLinkAfterWrongPassword(personId: string, now: number, rule: SetupSprayRule): Promise<void>;
}
