import { randomBytes } from "node:crypto";
import type { ChannelCore } from "../../core/channel-core.js";
import type { Logger } from "../../logging/create-logger.js";
import { SAME_PRESS_MS } from "./recent-presses.js";

/** What the marks are kept in: the core's store, which every replica shares. */
export type PressMarkStore = Pick<ChannelCore, "firstTime" | "forgetFirstTime">;

/**
 * One press's mark: which button (see pressKey in box-timing.ts), and the random token its mark holds, so
 * that forgetting it never forgets a later press's. A box the press opens carries it (modals.ts), so that
 * closing the box forgets it: nothing secret.
 */
export interface PressMark {
  key: string;
  token: string;
}

/** A press as PressMarks.press marked it. */
export interface MarkedPress {
  /** True when its button was marked already: the same press again. A store that did not answer: false. */
  again: Promise<boolean>;
  /** The mark this press made; undefined when it made none (the same press again, or the store failed). */
  mark: Promise<PressMark | undefined>;
  /** The press was not taken (or failed): forgets the mark it made, if any. Never rejects. */
  forgetIfMarked(log: Logger): Promise<void>;
}

/**
 * The buttons pressed in the last SAME_PRESS_MS (in a DM message, or on the Home tab), each marked in the
 * shared store the moment its press arrives, before it waits for anything: the same button of the same
 * message or Home view pressed again meanwhile is the second click of a double click, whichever replica it
 * reaches and however long the first press is still at work (the chat's turn holds its lock, and the second
 * would wait for it, then open "one moment"; a Home tab's buttons never go stale, so it would start over). A
 * press the core did not take (it failed, the chat was busy, the button was old), or whose box was closed,
 * is forgotten, so that its button can be pressed again at once. One store command a press, and one more
 * for a press forgotten; a mark expires by itself. A box's "Send" is marked the same way (see
 * BoxTiming.submit).
 */
export class PressMarks {
  constructor(
    private readonly store: PressMarkStore,
    private readonly newToken: () => string = () => randomBytes(8).toString("hex"),
  ) {}

  /** Marks the press of `key` (none: a press that is always new, e.g. a typed command). */
  press(key: string | undefined): MarkedPress {
    if (key === undefined) {
      return {
        again: Promise.resolve(false),
        mark: Promise.resolve(undefined),
        forgetIfMarked: () => Promise.resolve(),
      };
    }
    const token = this.newToken();
    // A store that did not answer: a new press, unmarked.
    const first = this.store
      .firstTime(markOf(key), SAME_PRESS_MS / 1000, token)
      .catch((): boolean | undefined => undefined);
    const marked = first.then((isFirst) => (isFirst === true ? { key, token } : undefined));
    return {
      again: first.then((isFirst) => isFirst === false),
      mark: marked,
      forgetIfMarked: async (log) => {
        const mark = await marked;
        if (mark !== undefined) await this.forget(mark, log);
      },
    };
  }

  /** Forgets `mark` (a press not taken, or whose box was closed), unless a later press marked its button. */
  async forget(mark: PressMark, log: Logger): Promise<void> {
    await this.store.forgetFirstTime(markOf(mark.key), mark.token).catch((error: unknown) => {
      log.warn({ err: error }, "could not forget a button press not taken; its mark expires by itself");
    });
  }
}

function markOf(key: string): string {
  return `slack-press:${key}`;
}
