import { ConfigError } from "../errors.js";
import type { Enrolments } from "../ports/enrolments.js";
import type { QuestionHistory } from "../ports/question-history.js";
import type { Question } from "./question-list.js";

export interface QuestionHistoryLog {
  info(facts: object, message: string): void;
}

/**
 * At the bot's start: refuses a question list that drops a question a saved enrolment names (students who
 * chose it could no longer be asked it). Throws ConfigError naming the ids and what to do: keep them in the
 * file, marked retired. Reads only, but for once: a store whose record is not whole yet (enrolments saved
 * by a version before the record) is first filled from every enrolment (see fillNamedQuestions). Marks
 * the retired questions no enrolment names as asked of nobody (no decoy either): retired questions are
 * never offered, so none can be named later.
 */
export async function checkQuestionHistory(
  store: QuestionHistory & Pick<Enrolments, "enrolledPeople" | "getEnrolment">,
  questions: Question[],
  file: string | undefined,
  logger: QuestionHistoryLog,
): Promise<void> {
  const named = (await store.namedQuestionIds()) ?? (await fillNamedQuestions(store, logger));
  const namedSet = new Set(named);
  for (const question of questions) {
    if (question.retired === true && !namedSet.has(question.id)) question.askedOfNobody = true;
  }
  const listed = new Set(questions.map((q) => q.id));
  const dropped = named.filter((id) => !listed.has(id)).sort();
  if (dropped.length === 0) return;
  const names = dropped.map((id) => `"${id}"`).join(", ");
  const source =
    file === undefined ? "The default question list (QUESTIONS_FILE is not set)" : `QUESTIONS_FILE (${file})`;
  const one = dropped.length === 1;
  throw new ConfigError(
    `${source} no longer lists ${names}, which students' saved answers name: students who chose ` +
      `${one ? "it" : "them"} could not be asked ${one ? "it" : "them"} at reset. To take ` +
      `${one ? "it" : "them"} off the list, keep ${one ? "it" : "each"} in the file marked retired ` +
      `(students who chose it are still asked it; nobody new is offered it), e.g. ` +
      `{"id": "${dropped[0]}", "text": "...", "retired": true}, and start again. One of the default eight ` +
      `needs only {"id": "animal", "retired": true}. See docs/languages.md.`,
  );
}

/**
 * Once per store: the ids of every enrolment saved so far (SCAN, a page of enrolments read at once), added
 * to the record, which is then whole. Done before the bot starts, not in the background: the check needs
 * it, and at a page of 500 enrolments per round trip a school of 10,000 students takes a few seconds, once.
 */
async function fillNamedQuestions(
  store: QuestionHistory & Pick<Enrolments, "enrolledPeople" | "getEnrolment">,
  logger: QuestionHistoryLog,
): Promise<string[]> {
  const began = Date.now();
  const ids = new Set<string>();
  let read = 0;
  for await (const page of store.enrolledPeople()) {
    const enrolments = await Promise.all(page.map((id) => store.getEnrolment(id)));
    for (const enrolment of enrolments) {
      if (enrolment === null) continue;
      read++;
      for (const id of enrolment.questionIds) ids.add(id);
    }
  }
  await store.completeNamedQuestions([...ids]);
  // Saves made meanwhile added their own ids: the record is read again, whole.
  const named = (await store.namedQuestionIds()) ?? [...ids];
  logger.info(
    { event: "question_record_filled", enrolments: read, questionIds: named.length, ms: Date.now() - began },
    `recorded which questions the saved answers use (enrolments read: ${read}); from now on a question file that drops one of them is refused at start`,
  );
  return named;
}
