import { NORMALISATION_VERSION, normaliseAnswer } from "../answers/normalise-answer.js";
import type { Question } from "./question-list.js";

const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);

/**
 * The one question among `questions` that a typed word names by one of its key words ("food", "食物",
 * "Makanan", "உணவு"; case, spaces and marks do not count), for a child choosing a question who types its
 * word instead of tapping it. Undefined when the word is no question's, or more than one question's.
 */
export function questionNamedBy(questions: readonly Question[], text: string): Question | undefined {
  const typed = formOf(text);
  if (typed === "") return undefined;
  const named = questions.filter((q) => q.keywords.some((word) => formOf(word) === typed));
  return named.length === 1 ? named[0] : undefined;
}
