import { isNonAnswer, refusedWhenSaved } from "../answers/non-answers.js";
import { asksAQuestion } from "../answers/answer-rules.js";
import { asksForAnotherQuestion } from "../change-question-words.js";
import { asksForHelp } from "../help-words.js";
import { asksToGoBack } from "../back-words.js";
import { noGoingBack } from "./no-going-back.js";
import type { DialogState } from "../dialog-state.js";
import type { Reply } from "../messages.js";
import type { ThrottleReason } from "../ports/alerts.js";
import type { Enrolment } from "../ports/enrolments.js";
import { readAnswer } from "./answer-check.js";
import { end, minutesUntil, say, stay, waitUntil, type FlowContext, type Transition } from "./flow.js";

/**
 * Pays for one answer check before the argon2 work is done, the same for every id and every dialog: the
 * chat's budget and the school's. Null when the check may go ahead; otherwise the dialog ends with why.
 * Set-up's hashing (after a proven password) pays the chat's budget only: the school's guards against
 * floods of unproven checks, and must not hold back a class setting up together at the start of term.
 */
export async function chargeAnswerCheck(
  ctx: FlowContext,
  scope: "chat-and-school" | "chat" = "chat-and-school",
): Promise<Transition | null> {
  const charged = await ctx.deps.limits.chargeAnswerCheck(ctx, scope);
  if (charged.refused === null) return null;
  if (charged.refused === "school") return end(say("error.tooBusy"));
  return chatPaused(ctx, charged.until, charged.refused === "tries" ? "failures" : "answerChecks");
}

/** The chat waits: how long, and who can help (a student's words, unless the step has its own). */
function chatPaused(
  ctx: FlowContext,
  until: number,
  reason: ThrottleReason,
  told?: (minutes: number, reason: ThrottleReason) => Reply,
): Transition {
  const minutes = minutesUntil(until, ctx.now);
  return end(told === undefined ? say("reset.throttled", waitUntil(until, ctx.now)) : told(minutes, reason));
}

/** Who is answering on whose device, when it is not the student's own chat. */
export interface PaidAnswerOptions {
  /** The teacher or admin whose device it is (a guided reset): a chat pause it starts is audited as theirs. */
  actor?: string;
  /**
   * What this step says when the chat is paused (the teacher's words, say), in minutes: for its failed tries,
   * or its answer checks.
   */
  chatPaused?: (minutes: number, reason: ThrottleReason) => Reply;
  /** What this step says to "I don't know" (the teacher's words, say); the child's by default. */
  notRemembered?: Reply;
  /**
   * What this step says to "skip", "can I skip?", 可以跳过吗？ (a reset's: the questions she chose are asked);
   * without it, what a non-answer or a question is told.
   */
  cannotSkip?: Reply;
  /**
   * What this step says to "go back", 上一步 (back-words.ts) when it cannot be her answer; by default that
   * there is no going back, with no word of starting again.
   */
  noGoingBack?: Reply;
  /** What this step says to "I need help" (the step's own help); a reset question's by default. */
  help?: Reply;
  /**
   * The answers the typed one is checked against, when the step may show whose they are (the student's own
   * chat, her teacher's device): a word set-up refused only after they were saved is checked and counted
   * like any answer. Without it (a typed id, which must tell nothing about who is set up), no non-answer is.
   */
  savedAnswers?: () => Promise<Enrolment | null>;
}

/**
 * The opening of every answer step that checks an enrolled answer (reset, guided, the practice reminder):
 * the typed answer read (input-only: an empty one or "I don't know" is asked again, free), then, unless the chat is paused for
 * its failed tries (a pause may begin during a round: another replica, a staff device's other rounds; read
 * with the chat's budget), one answer check paid for.
 * Either the answer to check, or the transition that repeats or ends the step. When this check used up the
 * chat's budget and more answers were to follow, none of them could be checked: the dialog ends now, saying
 * how long the chat waits, rather than asking a question whose answer would be refused.
 */
export async function paidAnswer(
  ctx: FlowContext,
  state: DialogState,
  typed: string,
  answersAfterThis: number,
  options: PaidAnswerOptions = {},
): Promise<{ ok: true; answer: string } | { ok: false; transition: Transition }> {
  // "go back", 上一步: no round of her answers keeps one to take back. A word set-up refused (when her answers
  // were saved, or now without them) is none of hers: told so, nothing checked or counted. Another ("balik")
  // is read on as her answer.
  if (asksToGoBack(typed) && !(await mayBeAnAnswer(typed, options.savedAnswers)))
    return { ok: false, transition: stay(state, options.noGoingBack ?? noGoingBack(false)) };
  // "I need help", 帮帮我, "?": what the step wants, then the same question; nothing checked or counted. Set-up
  // takes these words as a request for help (non-answers version 6), so none can be right; for answers
  // saved before that, in her own chat, they may be hers and are checked below.
  if (asksForHelp(typed) && !(await mayBeSavedAnswer(typed, options.savedAnswers)))
    return { ok: false, transition: stay(state, options.help ?? say("reset.helpAnswer")) };
  // Asking to skip the question or have another: with a "?" it is never checked (see readAnswer); without,
  // set-up refuses it (non-answers version 13 to 15), unless her answers were saved before it did.
  if (
    options.cannotSkip !== undefined &&
    asksForAnotherQuestion(typed) &&
    (asksAQuestion(typed) || !(await mayBeSavedAnswer(typed, options.savedAnswers)))
  )
    return { ok: false, transition: stay(state, options.cannotSkip) };
  const read = readAnswer(typed);
  if (!read.ok) return { ok: false, transition: stay(state, read.problem) };
  // Set-up refuses "I don't know" and its kin, so one can never be right: a child who forgot is told what
  // to do, rather than a check that could only count a failed reset. Input-only, the same for every id,
  // unless her answers were saved before set-up refused this word.
  if (isNonAnswer(typed) && !(await mayBeSavedAnswer(typed, options.savedAnswers))) {
    const told = options.notRemembered ?? say("answer.notRemembered");
    return { ok: false, transition: stay(state, told) };
  }
  const charged = await ctx.deps.limits.chargeAnswerCheck(ctx, "chat-and-school", options.actor);
  if (charged.refused === "tries")
    return { ok: false, transition: chatPaused(ctx, charged.until, "failures", options.chatPaused) };
  if (charged.refused === "school") return { ok: false, transition: end(say("error.tooBusy")) };
  if (charged.refused === "chat")
    return { ok: false, transition: chatPaused(ctx, charged.until, "answerChecks", options.chatPaused) };
  if (charged.chatPausedUntil !== null && answersAfterThis > 0) {
    const transition = chatPaused(ctx, charged.chatPausedUntil, "answerChecks", options.chatPaused);
    return { ok: false, transition };
  }
  return { ok: true, answer: read.answer };
}

/**
 * Whether `typed` may be one of the answers a reset checks, as far as the words set-up refuses tell: with her
 * saved answers at hand (`savedAnswers`, her own chat), unless set-up refused it when they were saved; without
 * them (a typed id, which must tell nothing about who is set up), unless set-up refuses it now. A question
 * ("go back?") never is one: readAnswer checks none.
 */
export async function mayBeAnAnswer(
  typed: string,
  savedAnswers: PaidAnswerOptions["savedAnswers"],
): Promise<boolean> {
  if (asksAQuestion(typed)) return false;
  if (!isNonAnswer(typed)) return true;
  return mayBeSavedAnswer(typed, savedAnswers);
}

/** Whether `typed`, a non-answer today, may still be one of the saved answers: set-up allowed it then. */
async function mayBeSavedAnswer(
  typed: string,
  savedAnswers: PaidAnswerOptions["savedAnswers"],
): Promise<boolean> {
  if (savedAnswers === undefined) return false;
  const enrolment = await savedAnswers();
  return enrolment !== null && !refusedWhenSaved(typed, enrolment);
}
