import type { ChannelCore } from "../../core/channel-core.js";
import { SAME_PRESS_MS } from "./recent-presses.js";

/** What the marks are kept in: the core's store, which every replica shares. */
export type PressMarkStore = Pick<ChannelCore, "firstTime" | "forgetFirstTime">;

/**
 * The buttons pressed in the last SAME_PRESS_MS (in a DM message, or on the Home tab), each marked in the
 * shared store the moment its press arrives, before it waits for anything: the same button of the same
 * message or Home view pressed again meanwhile is the second click of a double click, whichever replica it
 * reaches and however long the first press is still at work (the chat's turn holds its lock, and the second
 * would wait for it, then open "one moment"; a Home tab's buttons never go stale, so it would start over). A
 * press the core did not take (it failed, the chat was busy, the button was old) is forgotten, so that its
 * button can be pressed again at once. One store command a press, and one more for a press not taken; a mark
 * expires by itself. A box's "Send" is marked the same way (see BoxTiming.submit).
 */
export class PressMarks {
  constructor(private readonly store: PressMarkStore) {}

  /** Marks the press of `key` (see pressKey); true when it was marked already: the same press again. */
  async again(key: string): Promise<boolean> {
    return !(await this.store.firstTime(markOf(key), SAME_PRESS_MS / 1000));
  }

  /** The press of `key` was not taken: the next press of its button is a new one. */
  forget(key: string): Promise<void> {
    return this.store.forgetFirstTime(markOf(key));
  }
}

function markOf(key: string): string {
  return `slack-press:${key}`;
}
