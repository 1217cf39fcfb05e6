import { NORMALISATION_VERSION, normaliseAnswer } from "../answers/normalise-answer.js";
import { wordForms } from "../answers/word-forms.js";
import { offeredQuestions, type Question } from "./question-list.js";

const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);

/**
 * The one question among `questions` that a typed word names by one of its key words ("food", "食物",
 * "Makanan", "உணவு"; case, spaces and marks do not count), for a child choosing a question who types its
 * word instead of tapping it. Undefined when the word is no question's, or more than one question's.
 */
export function questionNamedBy(questions: readonly Question[], text: string): Question | undefined {
  const typed = formOf(withoutFavourite(text));
  const named = questions.filter((q) => isNamedAs(q, typed));
  return named.length === 1 ? named[0] : undefined;
}

/** "Favourite" around a key word, as the questions read: "my favourite colour", "warna kegemaran", 最喜欢的颜色. */
const FAVOURITE_BEFORE =
  /^\s*(?:(?:my|the)\s+)?(?:favourite|favorite|fav|fave)\s+|^\s*(?:我)?(?:最)?喜欢的|^\s*(?:எனக்குப்\s*)?பிடித்த\s*/iu;
const FAVOURITE_AFTER = /\s+(?:kegemaran|kesukaan|kesayangan)(?:\s+(?:saya|aku))?\s*$/iu;

/** The typed text without the "favourite" words around a question's key word (only one such word is left). */
function withoutFavourite(text: string): string {
  return text.replace(FAVOURITE_BEFORE, "").replace(FAVOURITE_AFTER, "");
}

/** Whether a typed word is one of `question`'s key words (case, spaces and marks do not count). */
export function isNamedBy(question: Question, text: string): boolean {
  return isNamedAs(question, formOf(text));
}

/** Whether a typed word, normalised, is one of `question`'s key words. */
function isNamedAs(question: Question, typed: string): boolean {
  return typed !== "" && wordForms(question.keywords).includes(typed);
}

/**
 * Whether `text` is a key word of one of the questions set-up offers ("colour", 颜色), by the text alone;
 * with `except`, of one other than that question.
 */
export function namesAnOfferedQuestion(questions: Question[], text: string, except?: string): boolean {
  const typed = formOf(text);
  return offeredQuestions(questions).some((q) => q.id !== except && isNamedAs(q, typed));
}
