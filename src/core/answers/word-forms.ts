import { NORMALISATION_VERSION, normaliseAnswer } from "./normalise-answer.js";

const formsByList = new WeakMap<readonly string[], Map<number, readonly string[]>>();

/**
 * The normalised forms of a fixed list of words (a question's key words, the help phrases), in the list's
 * order, made once per list and normalisation version: set-up and reset compare typed text against these
 * lists on every answer, and normalising them each time was a tenth of a student's CPU besides hashing.
 * The list must not change once asked for (the question list and word lists never do after start-up).
 */
export function wordForms(
  words: readonly string[],
  version: number = NORMALISATION_VERSION,
): readonly string[] {
  let byVersion = formsByList.get(words);
  if (byVersion === undefined) {
    byVersion = new Map();
    formsByList.set(words, byVersion);
  }
  let forms = byVersion.get(version);
  if (forms === undefined) {
    forms = words.map((word) => normaliseAnswer(version, word));
    byVersion.set(version, forms);
  }
  return forms;
}
