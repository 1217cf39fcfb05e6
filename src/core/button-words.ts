import { NORMALISATION_VERSION, normaliseAnswer } from "./answers/normalise-answer.js";
import { editDistance } from "./command-suggestion.js";
import type { Language } from "./i18n/languages.js";
import { translate } from "./i18n/translate.js";
import type { Choice } from "./messages.js";
import { numberInWords } from "./number-words.js";

/**
 * Up to this many letters of a label (as compared, see formOf), its words must be typed exactly; longer
 * ones may have one slip ("Set up my secret qestions"), and from TWO_SLIPS_FROM letters on, two. Short
 * labels get none: "Help" is one slip from "hello", which is a greeting, not that button.
 */
const ONE_SLIP_FROM = 8;
const TWO_SLIPS_FROM = 16;

/** The letters and digits of a text, as answers compare them: case, spaces, punctuation and emoji do not count. */
const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);

/**
 * The button whose words were typed instead of tapped ("I forgot my password", "我忘了密码", "make one for
 * me", see choiceByLabel), or, after the labels, whose number was written as a word ("two", 二, dua,
 * இரண்டு): a child asked to type its number. Labels win: a child on a family phone may be called Lima. For
 * choices shown with a question, never at a prompt for a secret: words typed there are the secret.
 */
export function choiceByWords<C extends Choice>(
  choices: readonly C[],
  text: string,
  languages: readonly Language[],
): C | undefined {
  const byLabel = choiceByLabel(choices, text, languages);
  if (byLabel !== null) return byLabel;
  const number = numberInWords(text);
  return number === undefined ? undefined : choices[number - 1];
}

/**
 * The button whose label was typed: compared without case, spaces, punctuation or emoji, as each offered
 * language writes the label (a parent's language works too), with a slip or two allowed in a long label.
 * Undefined when the words are as near to two buttons' (then the step's own answer to words applies); null
 * when they are no button's at all.
 */
export function choiceByLabel<C extends Choice>(
  choices: readonly C[],
  text: string,
  languages: readonly Language[],
): C | undefined | null {
  const typed = formOf(text);
  if (typed === "") return null;
  let best: { choice: C; distance: number; tied: boolean } | undefined;
  for (const choice of choices) {
    const distance = Math.min(
      ...languages.map((language) => slips(typed, formOf(translate(choice.label, language)))),
    );
    if (distance === Infinity) continue;
    if (best === undefined || distance < best.distance) best = { choice, distance, tied: false };
    else if (distance === best.distance && best.choice.id !== choice.id) best.tied = true;
  }
  if (best === undefined) return null;
  return best.tied ? undefined : best.choice;
}

/** How many slips turn the label into what was typed, or Infinity when more than the label allows. */
function slips(typed: string, label: string): number {
  if (label === "") return Infinity;
  if (typed === label) return 0;
  // Letters as UTF-16 units: every script a label is written in (Latin, Han, Tamil) is in the BMP.
  const allowed = label.length >= TWO_SLIPS_FROM ? 2 : label.length >= ONE_SLIP_FROM ? 1 : 0;
  if (allowed === 0 || Math.abs(typed.length - label.length) > allowed) return Infinity;
  const distance = editDistance(typed, label);
  return distance <= allowed ? distance : Infinity;
}
