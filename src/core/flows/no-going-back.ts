import type { Reply } from "../messages.js";
import { say } from "./flow.js";

/**
 * A word for "back" at a question of a round of her saved answers (a reset, a guided reset's questions on her
 * teacher's device, the practice round and its reminder): such a round keeps no answer to take back (only
 * whether those so far were right), so there is no going back. `startOver`: the round reads "start again"
 * (a reset past question 1), and says so.
 */
export function noGoingBack(startOver: boolean): Reply {
  return say("reset.noBack", { first: startOver ? "no" : "yes" });
}

/** The states of those rounds' questions other than a reset's, where "back" is told noGoingBack(false). */
export const ROUNDS_WITHOUT_START_OVER: ReadonlySet<string> = new Set([
  "guided.answer",
  "setup.practice",
  "practice.remind",
]);
