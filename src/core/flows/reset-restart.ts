import { z } from "zod";
import type { Choice } from "../messages.js";
import { yesOrNoAs } from "../yes-or-no.js";
import { defineStep, type Step } from "./define-step.js";
import { say, stay } from "./flow.js";
import { afterAnswer, resetAnswerState } from "./reset-flow.js";
import { resetStopped } from "./reset-stopped.js";
import { failureId } from "../ports/limit-counters.js";

/**
 * "Start again from question 1?", after a word for "start again" (restart-words.ts), or one for "go back"
 * that may be her answer (back-words.ts), was typed at a reset's question. That word was checked as her answer already (a saved answer may be such a word), and the state
 * holds the check with its question's index. "Yes": question 1 again, with nothing counted and nothing kept
 * of this round. "No, that is my answer": the round goes on as after any answer.
 */
const resetRestartAskState = resetAnswerState.extend({
  name: z.literal("reset.restartAsk"),
  /**
   * The roundAnswerDigest of the word just checked as her answer: if it was her last, the new-password choice
   * keeps it (see sameAsLastAnswer). Absent in states left by older code.
   */
  lastAnswer: z.string().max(64).optional(),
  /** The word was one for "go back" (back-words.ts), not "start again": the question says there is no going back. */
  askedBack: z.literal(true).optional(),
});

const CHOICES: readonly Choice[] = [
  { id: "again", label: { key: "reset.restartYes" } },
  { id: "answer", label: { key: "reset.restartNo" } },
];

export const resetRestartAskStep: Step<typeof resetRestartAskState> = defineStep({
  state: resetRestartAskState,
  input: "choice",
  role: "anyone",
  secret: false,
  stoppedNotice: resetStopped,
  prompt: (_ctx, state) => ({
    ...say(state.askedBack === true ? "reset.backAsk" : "reset.restartAsk"),
    choices: [...CHOICES],
  }),
  help: () => say("reset.helpRestartAsk"),
  typedAsChoice: yesOrNoAs("again", "answer"),
  async handle(ctx, state, input) {
    if (input.value === "again") {
      const {
        upgrade: _upgrade,
        questionWordTyped: _word,
        unknownPepper: _pepper,
        unknownVersion: _version,
        earlierAnswers: _answers,
        lastAnswer: _last,
        askedBack: _back,
        ...rest
      } = state;
      return {
        next: { ...rest, name: "reset.answer", index: 0, allMatch: true, roundId: failureId(ctx.now) },
        say: [say("reset.restarted")],
      };
    }
    if (input.value !== "answer") return stay(state, say("input.useButtons", { max: CHOICES.length }));
    const enrolment =
      state.index < state.questionIds.length - 1 || state.checkedPersonId === null
        ? null
        : await ctx.deps.store.getEnrolment(state.checkedPersonId);
    const { lastAnswer, askedBack: _back, ...answered } = state;
    return afterAnswer(ctx, { ...answered, name: "reset.answer" }, enrolment, lastAnswer);
  },
});

export const resetRestartSteps = [resetRestartAskStep] as const;
