/**
 * How long an answer is, as a person sees it, and how long it must be. Only set-up applies these rules;
 * a reset never does, so a later Unicode or Node upgrade that counts differently cannot refuse an answer
 * that is already stored.
 */

/** Where each character is a whole syllable or word, two make an answer (熊猫 "panda", பூனை "cat"). */
export const SYLLABIC_MIN_LENGTH = 2;
/** Alphabetic scripts (Latin, Cyrillic, Greek and the rest) need three. */
export const ALPHABETIC_MIN_LENGTH = 3;
export const ANSWER_MAX_LENGTH = 64;

// Han, Kana, Hangul, and the Brahmic scripts of South and South-East Asia.
const SYLLABIC =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Tamil}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Tibetan}\p{Script=Balinese}\p{Script=Javanese}\p{Script=Sundanese}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/*
 * ASCII without a carriage return: every character is a grapheme of its own (only CR LF joins two), so
 * most answers and passwords are counted without the segmenter, which the name checks call many times a
 * message (about 1% of `npm test`'s CPU).
 */
// eslint-disable-next-line no-control-regex
const ONE_GRAPHEME_PER_CHARACTER = /^[\x00-\x0c\x0e-\x7f]*$/;

/** User-perceived characters (grapheme clusters): பூனை is 2, "panda" is 5. */
export function graphemeLength(text: string): number {
  if (ONE_GRAPHEME_PER_CHARACTER.test(text)) return text.length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** The graphemes of a text, in order. */
export function splitGraphemes(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** The fewest graphemes a normalised answer may have: 2 if it uses a syllabic script, else 3. */
export function minimumLength(normalised: string): number {
  return SYLLABIC.test(normalised) ? SYLLABIC_MIN_LENGTH : ALPHABETIC_MIN_LENGTH;
}
