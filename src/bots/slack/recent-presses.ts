/**
 * A box or button sent again within this long, while its dialog stands where the first send left it, is the
 * same press (a double click), not an old one: a box or button of an earlier step is pressed minutes later.
 */
export const SAME_PRESS_MS = 10_000;

/** One press's first send, handled: what was pressed (`key`), the step it left open, and its answer. */
export interface FirstPress<T> {
  key: string;
  /** The dialog's step after the answer (null: none left open). */
  nextStep: number | null;
  answer: T;
  at: number;
}

/**
 * The latest box sent by each user that moved her dialog on, for SAME_PRESS_MS: the same box sent again is
 * the second click of a double click on "Send", to answer as the first was and change nothing. An answer
 * may show a new password (a protected box), so it is kept in memory only, and only that long: another
 * replica knows only that the box was sent (its view and step, marked in the store, nothing typed; see
 * BoxTiming.submit). (A button's press in a DM or on the Home tab has no answer to keep: it is marked in the
 * store, for every replica; see PressMarks.)
 */
export class RecentPresses<T> {
  private readonly latest = new Map<string, FirstPress<T>>();

  constructor(private readonly clock: () => number) {}

  remember(userId: string, press: Omit<FirstPress<T>, "at">): void {
    const entry = { ...press, at: this.clock() };
    this.latest.set(userId, entry);
    setTimeout(() => {
      if (this.latest.get(userId) === entry) this.latest.delete(userId);
    }, SAME_PRESS_MS).unref();
  }

  forget(userId: string): void {
    this.latest.delete(userId);
  }

  /** The first press, when `key` is it pressed again at once; else undefined. */
  again(userId: string, key: string): FirstPress<T> | undefined {
    const first = this.latest.get(userId);
    if (first === undefined || first.key !== key) return undefined;
    return this.clock() - first.at <= SAME_PRESS_MS ? first : undefined;
  }
}
