import { buttonNumberNamed } from "../button-named-by-number.js";
import { choiceByWords } from "../button-words.js";
import type { Choice } from "../messages.js";
import type { Language } from "./languages.js";
import { languageChoiceNamed } from "./language-named.js";

/**
 * The language list's button typed in words instead of tapped: its number as a word ("二", "empat", "four",
 * நான்கு, "the fourth"), with the word a child puts before it ("number four", "nombor empat"), or the
 * language's name ("中文", "Tamil"). Read the same with no dialog open, where the list is a step, and right
 * after the list shown inside set-up or a reset. A number in digits is choiceByNumber's. Null when none.
 */
export function languageListChoiceInWords(
  list: readonly Choice[],
  text: string,
  offered: readonly Language[],
): string | null {
  const byWords = choiceByWords(list, text, offered);
  if (byWords !== undefined) return byWords.id;
  const number = buttonNumberNamed(text);
  const byNumber = number === undefined ? undefined : list[number - 1];
  return byNumber?.id ?? languageChoiceNamed(text, offered);
}
