import { plainWord } from "./reserved-words.js";

/**
 * Words a child types at a reset's question to begin the questions again ("start again", 重新开始, "mula
 * semula", மீண்டும் தொடங்கு), in every language the bot speaks. They are no reserved word (reserved-words.ts):
 * set-up has never refused them as answers, so a saved answer may be one ("Mula", a cat). A reset's question
 * therefore checks them as an answer first and then asks whether she meant to start again (reset-restart.ts):
 * her answer, if it was one, still counts; a wish to start again counts no try.
 */
const RESTART_WORDS: readonly string[] = [
  "start",
  "start again",
  "start over",
  "restart",
  "reset",
  "begin again",
  "again",
  "重新开始",
  "开始",
  "重来",
  "再来",
  "mula semula",
  "mula",
  "mula lagi",
  "ulang",
  "மீண்டும் தொடங்கு",
  "தொடங்கு",
  "மறுபடியும்",
];

const PLAIN: ReadonlySet<string> = new Set(RESTART_WORDS.map(plainWord));

/** Whether the typed text is a word for "start again" (see RESTART_WORDS), in any case and punctuation. */
export function asksToStartAgain(text: string): boolean {
  return PLAIN.has(plainWord(text));
}
