/**
 * "How many of these within this window?", shared by every replica: caps a thing per period (admin alerts of
 * one kind) where Dedupe's "first time?" is too little. A window starts with its key's first count.
 */
export interface WindowCounts {
  /** Counts one more under `key` and returns the count, this one included; forgotten `ttlMs` after the first. */
  countInWindow(key: string, ttlMs: number): Promise<number>;
  /** The count under `key` now: 0 when there is none, or it was forgotten. */
  windowCount(key: string): Promise<number>;
}
