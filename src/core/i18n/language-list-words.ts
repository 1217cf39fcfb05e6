import { buttonNumberNamed } from "../button-named-by-number.js";
import { choiceByWords } from "../button-words.js";
import { choiceByNumber, type Choice } from "../messages.js";
import { LANGUAGE_CHOICE_PREFIX } from "./chat-language.js";
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

/**
 * What is typed at the language list, read as one of its buttons: its number in digits, or in words, or the
 * language's name (languageListChoiceInWords), or its code ("ms"). The one reader for the list as a step, right after the list
 * shown inside a dialog, and for the word after /language ("/language ms", "/language 2"). Null when none.
 */
export function languageListChoiceTyped(
  list: readonly Choice[],
  text: string,
  offered: readonly Language[],
): string | null {
  return (
    choiceByNumber(list, text)?.id ?? languageListChoiceInWords(list, text, offered) ?? byCode(list, text)
  );
}

/** The list's button for a language code ("ms", "ZH"), as an admin or a help page writes it; else null. */
function byCode(list: readonly Choice[], text: string): string | null {
  const code = text.trim().toLowerCase();
  if (!/^[a-z]{2}$/.test(code)) return null;
  return list.find((choice) => choice.id.endsWith(`${LANGUAGE_CHOICE_PREFIX}${code}`))?.id ?? null;
}
