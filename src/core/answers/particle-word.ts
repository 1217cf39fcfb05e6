/**
 * Answer normalisation version 4's particles: the Malay and Singlish words that end a sentence with a tone
 * and no meaning ("kucing lah"). Fixed with version 4: a word added here would change what version-4
 * answers mean, so a new word needs a new version (sentence-particles.ts, which reads refusals and
 * prompts, may grow on its own).
 *
 * Left out on purpose: *loh*, a common surname here ("Kenny Loh"); *ya* (Malay "yes") and *kan* (short for
 * *bukan*, *akan*, and a name), which are words with a meaning of their own; and *ah*, mostly a question
 * or a call in Singlish ("kucing ah?"), and a sound children type on its own, not a tone on an answer.
 */
export const ANSWER_PARTICLES_V4: readonly string[] = ["lah", "la", "leh", "lor", "meh"];

// What version 2 keeps (letters, digits, Mn and Mc marks but the variation selectors): the FE0F of ❤️ is no word.
const WORD_CHAR = /^(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])[\p{L}\p{N}\p{Mn}\p{Mc}]$/u;
const SPACE = /\s/u;

/**
 * `text` (lower case) without a particle that is its last word, standing apart after another word: "kucing
 * lah!" gives "kucing". A word is a run of letters, digits and marks; the particle must be set off by a
 * space (with punctuation or not: "kucing, la"), so "kucinglah", "Koala" and "la" stay as they are. One
 * particle at most. Character by character, so that no regex backtracks over a long message.
 */
export function withoutParticleWord(text: string): string {
  const chars = [...text];
  let end = chars.length;
  while (end > 0 && !WORD_CHAR.test(chars[end - 1] ?? "")) end -= 1;
  let start = end;
  while (start > 0 && WORD_CHAR.test(chars[start - 1] ?? "")) start -= 1;
  if (!ANSWER_PARTICLES_V4.includes(chars.slice(start, end).join(""))) return text;
  let before = start;
  let spaced = false;
  while (before > 0 && !WORD_CHAR.test(chars[before - 1] ?? "")) {
    if (SPACE.test(chars[before - 1] ?? "")) spaced = true;
    before -= 1;
  }
  return spaced && before > 0 ? chars.slice(0, before).join("") : text;
}
