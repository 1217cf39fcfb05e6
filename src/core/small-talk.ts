import { isNonAnswer } from "./answers/non-answers.js";
import { saysHello } from "./greeting-words.js";
import { saysThanks } from "./thanks-words.js";

/** Hello or thank you, and nothing else. */
export type SmallTalk = "hello" | "thanks";

/**
 * Whether the words say hello or thank you ("hi", 你好, "terima kasih", நன்றி) and are words set-up refuses
 * as an answer (SMALL_TALK in answers/non-answers): then they are never the answer she is about to save, and
 * a step with buttons may answer them as small talk. Null for other words ("halo" may be a favourite game).
 */
export function smallTalkOf(text: string): SmallTalk | null {
  if (!isNonAnswer(text)) return null;
  if (saysHello(text)) return "hello";
  return saysThanks(text) ? "thanks" : null;
}
