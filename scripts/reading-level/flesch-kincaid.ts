import { syllable } from "syllable";

/** The grade a message may reach: a child of nine is in about grade 4, so 5 leaves a little room. */
export const MAX_GRADE = 5;

export interface TextCounts {
  words: number;
  sentences: number;
  syllables: number;
}

const SMALL_NUMBERS = (
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " +
  "seventeen eighteen nineteen"
).split(" ");
const TENS = ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety".split(",");

/** Syllables of one word as read aloud: numbers as spoken, short capitals letter by letter ("ID"). */
function wordSyllables(word: string): number {
  if (/^\d+$/.test(word)) {
    const n = Number(word);
    if (n < 20) return syllable(SMALL_NUMBERS[n]!);
    if (n < 100)
      return syllable(`${TENS[Math.floor(n / 10)]!} ${n % 10 === 0 ? "" : SMALL_NUMBERS[n % 10]!}`);
    return word.length; // long numbers are read digit by digit
  }
  if (/^\p{Lu}{2,4}$/u.test(word)) return word.length;
  return Math.max(1, syllable(word));
}

/**
 * Counts a message as a reader meets it: each line and each ".", "!" or "?" ends a sentence (a bot's
 * message is many short lines without full stops); a word is anything with a letter or a digit in it, so
 * "/setup" is the word "setup" and a lone "–" is no word.
 */
export function countText(text: string): TextCounts {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const sentence of text.split(/[.!?]+(?=\s|$)|\n+/u)) {
    const sentenceWords = sentence
      .split(/[\s–—/]+/u)
      .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
      .filter((token) => /[\p{L}\p{N}]/u.test(token));
    if (sentenceWords.length === 0) continue;
    sentences++;
    words += sentenceWords.length;
    for (const word of sentenceWords) syllables += wordSyllables(word);
  }
  return { words, sentences, syllables };
}

/** The Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const { words, sentences, syllables } = countText(text);
  if (words === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
