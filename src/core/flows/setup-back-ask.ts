import { z } from "zod";
import type { Choice } from "../messages.js";
import { defineStep, type Step } from "./define-step.js";
import { say, stay, type Transition } from "./flow.js";
import { saveAnswers, setupAnswerState, setupVersionOf } from "./setup-flow.js";
import type { StateOf } from "../dialog-state.js";

/**
 * "Did you want to go back and choose another question? Or is that your answer?", after "balik" (back in
 * Malay, and a real answer: "balik kampung", a pet's name; reserved-words.ts BACK_ONLY) was typed at set-up's
 * answer. As a reset does with the same word, it was taken as her answer first (hashed, the last of
 * `picked`), so the state holds no answer in clear. "Another": that answer is dropped and the questions
 * come again. "My answer": set-up goes on as after any answer; the third is saved only now.
 */
const setupBackAskState = setupAnswerState.extend({ name: z.literal("setup.backAsk") });

const CHOICES: readonly Choice[] = [
  { id: "another", label: { key: "setup.backAskAnother" } },
  { id: "answer", label: { key: "setup.backAskAnswer" } },
];

export const setupBackAskStep: Step<typeof setupBackAskState> = defineStep({
  state: setupBackAskState,
  input: "choice",
  role: "anyone",
  secret: false,
  prompt: () => ({ ...say("setup.backAsk"), choices: [...CHOICES] }),
  help: () => say("setup.helpBackAsk"),
  async handle(ctx, state, input) {
    if (input.value === "another") return anotherQuestion(state);
    if (input.value !== "answer") return stay(state, say("input.useButtons", { max: CHOICES.length }));
    const { questionId: _answered, ...rest } = state;
    if (state.picked.length < 3) return { next: { ...rest, name: "setup.question" } };
    return saveAnswers(
      ctx,
      { ...state, name: "setup.answer", picked: state.picked.slice(0, -1) },
      state.picked,
      setupVersionOf(state),
    );
  },
});

/** The word was "back": its answer dropped, and the questions again (that one among them), as "back" does. */
export function anotherQuestion(state: StateOf<"setup.backAsk">): Transition {
  const { questionId: _answered, ...rest } = state;
  return { next: { ...rest, name: "setup.question", picked: state.picked.slice(0, -1) } };
}

export const setupBackAskSteps = [setupBackAskStep] as const;
