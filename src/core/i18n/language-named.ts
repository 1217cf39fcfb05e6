import { MENU_PREFIX } from "../start-menu.js";
import { LANGUAGE_CHOICE_PREFIX } from "./chat-language.js";
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, type Language } from "./languages.js";

/**
 * What people call each language besides its own name on the list (LANGUAGE_NAMES), lower-case: "BM" and
 * "Bahasa Malaysia" are what Malaysian schools call Malay, "tamizh" how Tamil is said.
 */
const OTHER_NAMES: Record<Language, readonly string[]> = {
  en: ["english", "英文", "英语", "inggeris", "bahasa inggeris", "ஆங்கிலம்"],
  zh: ["chinese", "mandarin", "华文", "华语", "汉语", "中文", "cina", "bahasa cina", "சீனம்"],
  ms: ["malay", "melayu", "bahasa malaysia", "bm", "马来文", "马来语", "மலாய்"],
  ta: ["tamil", "tamizh", "thamizh", "淡米尔文", "淡米尔语", "bahasa tamil"],
};

/**
 * A name as typed or listed, with case, spaces and punctuation left out ("Bahasa  Melayu!" = "bahasamelayu").
 * Not plainWord (reserved-words.ts): symbols and format marks stay here, so "English 🇬🇧" still names none.
 */
const bare = (name: string) =>
  name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, "");

/**
 * The offered language that typed words name ("中文", "Bahasa Melayu", "melayu", "Tamil"), or null: for the
 * language list, where a child may type what she sees instead of tapping it.
 */
export function languageNamed(text: string, offered: readonly Language[]): Language | null {
  const typed = bare(text);
  if (typed === "") return null;
  const named = SUPPORTED_LANGUAGES.find((language) =>
    [LANGUAGE_NAMES[language], ...OTHER_NAMES[language]].some((name) => bare(name) === typed),
  );
  return named !== undefined && offered.includes(named) ? named : null;
}

/**
 * The language list's button (a start-menu one, see chooseLanguage) that typed words name, or null: for a
 * step where a child who cannot read the chat's language types her own's name instead of what it asks.
 */
export function languageChoiceNamed(text: string, offered: readonly Language[]): string | null {
  const language = languageNamed(text, offered);
  return language === null ? null : `${MENU_PREFIX}${LANGUAGE_CHOICE_PREFIX}${language}`;
}

/** The scripts that only one offered language is written in: Latin is English's and Malay's alike. */
const SCRIPT_OF: readonly { language: Language; letter: RegExp }[] = [
  { language: "zh", letter: /\p{Script=Han}/u },
  { language: "ta", letter: /\p{Script=Tamil}/u },
];

/**
 * The offered language whose script every letter of `text` is in ("你好": zh, வணக்கம்: ta), or null: for
 * a chat that chose no language, whose phone's language a child who reads only her own cannot read.
 */
export function languageWrittenIn(text: string, offered: readonly Language[]): Language | null {
  const letters = [...text.normalize("NFKC")].filter((c) => /\p{L}/u.test(c));
  if (letters.length === 0) return null;
  const script = SCRIPT_OF.find(({ letter }) => letters.every((c) => letter.test(c)));
  return script !== undefined && offered.includes(script.language) ? script.language : null;
}
