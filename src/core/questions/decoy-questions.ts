import type { Question } from "./question-list.js";
import { QUESTIONS_PER_STUDENT } from "./question-list.js";

/**
 * Three questions chosen from a seed (a keyed digest of the typed id), for ids with nothing real to ask.
 * The same id always gets the same three, as a real student does, so repeating a try tells nothing.
 * `questions` are those set-up offers (offeredQuestions): a retired one is never a decoy.
 */
export function pickDecoyQuestions(seed: Buffer, questions: Question[]): string[] {
  const ids = questions.map((q) => q.id);
  for (let i = 0; i < QUESTIONS_PER_STUDENT; i++) {
    const j = i + ((seed[i] ?? 0) % (ids.length - i));
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  return ids.slice(0, QUESTIONS_PER_STUDENT);
}
