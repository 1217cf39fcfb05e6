import { ConfigError } from "../errors.js";
import type { QuestionHistory } from "../ports/question-history.js";
import { offeredQuestions, type Question } from "./question-list.js";

/**
 * At start: refuses a question list that drops a question offered before (students who chose it could no
 * longer be asked it), then remembers the ids this list offers. Throws ConfigError naming the ids and what
 * to do: put them back, marked retired.
 */
export async function checkQuestionHistory(
  history: QuestionHistory,
  questions: Question[],
  file: string | undefined,
): Promise<void> {
  const listed = new Set(questions.map((q) => q.id));
  const dropped = (await history.offeredQuestionIds()).filter((id) => !listed.has(id)).sort();
  if (dropped.length > 0) {
    const names = dropped.map((id) => `"${id}"`).join(", ");
    const source =
      file === undefined
        ? "The default question list (QUESTIONS_FILE is not set)"
        : `QUESTIONS_FILE (${file})`;
    const one = dropped.length === 1;
    throw new ConfigError(
      `${source} no longer lists ${names}, which ${one ? "was" : "were"} offered at set-up ` +
        `before: students who chose ${one ? "it" : "them"} could not be asked ${one ? "it" : "them"} at reset. ` +
        `Put ${one ? "it" : "each"} back in the file with "retired": true (students who chose it are still ` +
        `asked it; nobody new is offered it), e.g. {"id": "${dropped[0]}", "text": "...", "retired": true}. ` +
        `One of the default eight needs only {"id": "animal", "retired": true}. See docs/languages.md.`,
    );
  }
  await history.rememberOfferedQuestions(offeredQuestions(questions).map((q) => q.id));
}
