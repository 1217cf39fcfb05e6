import type { Question } from "./question-list.js";
import { QUESTIONS_PER_STUDENT } from "./question-list.js";

/**
 * Three questions chosen from a seed (a keyed digest of the typed id), for ids with nothing real to ask.
 * The same id always gets the same three, as a real student does, so repeating a try tells nothing.
 * `questions` are every listed one, retired ones too: a retired question shows for real enrolments, so it
 * must show for made-up ids as well, or its text alone would tell a real id; but not one that no saved
 * enrolment names (askedOfNobody), which would show only for made-up ids. Drawn evenly, not weighted
 * like real enrolments (which name a retired question less and less): what is left is a slant over many
 * ids, never a sure tell for one, and the answer-check limits bound how many ids anyone can try.
 */
export function pickDecoyQuestions(seed: Buffer, questions: Question[]): string[] {
  const ids = questions.filter((q) => q.askedOfNobody !== true).map((q) => q.id);
  for (let i = 0; i < QUESTIONS_PER_STUDENT; i++) {
    const j = i + ((seed[i] ?? 0) % (ids.length - i));
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  return ids.slice(0, QUESTIONS_PER_STUDENT);
}
