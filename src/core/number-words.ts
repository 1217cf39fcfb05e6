import { NORMALISATION_VERSION, normaliseAnswer } from "./answers/normalise-answer.js";

/**
 * The numbers one to ten as a child writes them in words, in each of the bot's languages: asked to "type its
 * number", she may write "two", 二, "dua" or இரண்டு.
 */
const NUMBER_WORDS: readonly (readonly string[])[] = [
  ["one", "一", "satu", "ஒன்று"],
  ["two", "二", "两", "dua", "இரண்டு"],
  ["three", "三", "tiga", "மூன்று"],
  ["four", "四", "empat", "நான்கு"],
  ["five", "五", "lima", "ஐந்து"],
  ["six", "六", "enam", "ஆறு"],
  ["seven", "七", "tujuh", "ஏழு"],
  ["eight", "八", "lapan", "எட்டு"],
  ["nine", "九", "sembilan", "ஒன்பது"],
  ["ten", "十", "sepuluh", "பத்து"],
];

/** Compared as answers are: case, spaces, punctuation and emoji do not count. */
const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);

const NUMBERS: ReadonlyMap<string, number> = new Map(
  NUMBER_WORDS.flatMap((words, i) => words.map((word) => [formOf(word), i + 1] as const)),
);

/** The number a word names ("two", 二, "dua", இரண்டு: 2), or undefined when it names none. */
export function numberInWords(text: string): number | undefined {
  return NUMBERS.get(formOf(text));
}
