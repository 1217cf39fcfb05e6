import type { SubmissionAnswer } from "./outcome-presenter.js";

type BoxResponse = SubmissionAnswer["response"];

/**
 * A box sent again within this long, while its dialog stands where the first send left it, is the same
 * press (a double click on "Send"), not an old box: a box of an earlier step is sent minutes later.
 */
export const SAME_PRESS_MS = 10_000;

/** One box's first send, answered: which box and step it was, the step it left open, and Slack's answer. */
export interface AnsweredBox {
  viewId: string;
  step: number;
  /** The dialog's step after the answer (null: none left open). */
  nextStep: number | null;
  response: BoxResponse;
  at: number;
}

/**
 * The latest box each user sent that moved her dialog on, for SAME_PRESS_MS: a second send of it is
 * answered as the first was, and changes nothing. The answer may show a new password (a protected box), so
 * it is kept in memory only, and only that long.
 */
export class AnsweredBoxes {
  private readonly latest = new Map<string, AnsweredBox>();

  constructor(private readonly clock: () => number) {}

  remember(userId: string, box: Omit<AnsweredBox, "at">): void {
    const entry = { ...box, at: this.clock() };
    this.latest.set(userId, entry);
    setTimeout(() => {
      if (this.latest.get(userId) === entry) this.latest.delete(userId);
    }, SAME_PRESS_MS).unref();
  }

  forget(userId: string): void {
    this.latest.delete(userId);
  }

  /** The first send of this box, when this one is the same box sent again at once; else undefined. */
  sentAgain(userId: string, viewId: string, step: number | undefined): AnsweredBox | undefined {
    const first = this.latest.get(userId);
    if (first === undefined || first.viewId !== viewId || first.step !== step) return undefined;
    return this.clock() - first.at <= SAME_PRESS_MS ? first : undefined;
  }
}
