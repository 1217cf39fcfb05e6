import type { Text } from "../messages.js";
import type { Person } from "../ports/directory.js";
import type { Question } from "../questions/question-list.js";
import { normaliseAnswer } from "./normalise-answer.js";
import { isNonAnswer } from "./non-answers.js";

export const ANSWER_MIN_LENGTH = 3;
export const ANSWER_MAX_LENGTH = 64;

/**
 * Checks a new answer at set-up (DESIGN.md's answer rules, except "the three differ", which needs the
 * hashes). Returns the normalised answer, or what to tell the student. No dictionary rule: children's
 * answers are common words by nature.
 */
export function checkNewAnswer(
  answer: string,
  question: Question,
  person: Pick<Person, "id" | "name">,
): { ok: true; normalised: string } | { ok: false; problem: Text } {
  // Before the length rule: "no" and "?" are non-answers rather than too short.
  if (isNonAnswer(answer)) return { ok: false, problem: { key: "answer.nonAnswer" } };
  const normalised = normaliseAnswer(answer);
  if (normalised.length < ANSWER_MIN_LENGTH) {
    return { ok: false, problem: { key: "answer.tooShort", params: { min: ANSWER_MIN_LENGTH } } };
  }
  if (normalised.length > ANSWER_MAX_LENGTH) {
    return { ok: false, problem: { key: "answer.tooLong", params: { max: ANSWER_MAX_LENGTH } } };
  }
  const keyword = question.keywords.find((word) => normalised.includes(normaliseAnswer(word)));
  if (keyword !== undefined) {
    return { ok: false, problem: { key: "answer.hasKeyword", params: { word: keyword } } };
  }
  if (containsIdentity(normalised, person)) return { ok: false, problem: { key: "answer.hasName" } };
  return { ok: true, normalised };
}

/**
 * Whether a normalised string gives away who the person is: it contains their id or full name, or is one
 * of their names. (Only whole name parts: "Ling" must not rule out "dumpling".)
 */
export function containsIdentity(normalised: string, person: Pick<Person, "id" | "name">): boolean {
  const id = normaliseAnswer(person.id);
  const fullName = normaliseAnswer(person.name);
  if (id.length > 0 && normalised.includes(id)) return true;
  if (fullName.length > 0 && normalised.includes(fullName)) return true;
  const parts = person.name.split(/\s+/).map(normaliseAnswer);
  return parts.some((part) => part.length >= 3 && normalised === part);
}
