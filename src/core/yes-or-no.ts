import { NORMALISATION_VERSION, normaliseAnswer } from "./answers/normalise-answer.js";

/**
 * The words a child answers a yes-or-no question with, in each language, compared as answers are (case,
 * spaces and punctuation do not count). Each of them is also a non-answer (answers/non-answers.ts), or too
 * short for an answer (是: one Han character), which set-up refuses, so none can be a secret answer typed again.
 */
const YES: Readonly<Record<string, readonly string[]>> = {
  en: ["yes", "yeah", "yep", "yes please", "ok", "okay", "sure"],
  // 是, 对, 嗯 and 行 alone too: one Han character is shorter than any answer may be (2).
  zh: ["好", "好的", "可以", "是的", "是", "对", "嗯", "好啊", "好吧", "行"],
  ms: ["ya", "ok", "boleh", "baiklah", "ok la", "okla"],
  ta: ["ஆம்", "ஆமாம்", "சரி", "ஆமா", "ஓகே"],
};
const NO: Readonly<Record<string, readonly string[]>> = {
  en: ["no", "nope", "no thanks", "no thank you"],
  zh: ["不用", "不要", "不用了", "不"],
  ms: ["tidak", "tak", "tak nak", "tidak mahu", "tak mahu"],
  ta: ["இல்லை", "வேண்டாம்"],
};

const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);
const yesForms = new Set(Object.values(YES).flat().map(formOf));
const noForms = new Set(Object.values(NO).flat().map(formOf));

/** Every word of both lists, for the test that each is a non-answer. */
export const YES_OR_NO_WORDS: readonly string[] = [...Object.values(YES).flat(), ...Object.values(NO).flat()];

/**
 * A step's typedAsChoice for a yes-or-no question asked with buttons: a yes word is the `yes` button, a no
 * word the `no` one ("好" at "Shall we check?", "no" at a teacher's "Please confirm...").
 */
export function yesOrNoAs(yes: string, no: string): (state: unknown, text: string) => string | null {
  return (_state, text) => {
    const said = yesOrNo(text);
    return said === "yes" ? yes : said === "no" ? no : null;
  };
}

/** "yes" or "no" when the typed text is one of those words in any language, else null. */
export function yesOrNo(text: string): "yes" | "no" | null {
  const form = formOf(text);
  if (yesForms.has(form)) return "yes";
  if (noForms.has(form)) return "no";
  return null;
}
