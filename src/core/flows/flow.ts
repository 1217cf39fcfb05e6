import type { ChatRef } from "../chat.js";
import type { CoreDeps } from "../core-deps.js";
import type { DialogState } from "../dialog-state.js";
import type { Reply, Text } from "../messages.js";
import type { Language } from "../i18n/languages.js";
import { translate } from "../i18n/translate.js";
import { textOf } from "../questions/question-list.js";

/** What the student sent, as a flow sees it. */
export type Input = { kind: "text"; text: string } | { kind: "choice"; value: string } | { kind: "other" };

/**
 * Work done after the reply is out (an audit line or alert that must not make one id slower to answer than
 * another). Its failures are logged, never told to the user.
 */
export type AfterReply = () => Promise<void>;

/**
 * Why a dialog left a step, as the step's onLeave hears it: its own end (with the note it gave, if any;
 * `declined` when she chose not to go on there: a Cancel button, a "no" to a confirmation), a command (typed,
 * said as "stop", or a menu button) that stopped or replaced it, the chat no longer being a teacher's or
 * admin's (or her staff password due again), or the dialog's lifetime (DIALOG_MAX_MINUTES).
 */
export type LeaveCause =
  | { by: "step"; note?: string; declined?: true }
  | { by: "command"; command: string }
  | { by: "role" }
  | { by: "lifetime" };

/**
 * The result of one step. `next`: save this state, say `say`, then the new state's prompt.
 * `end`: say `say` and close the dialog. `after`: see AfterReply. `changedOutside`: the step changed
 * something outside the bot that `say` tells of (a new password in the directory): the replies go out even
 * when the dialog cannot be closed after it. `leaving`: why the step is left, when it is (its own end
 * otherwise).
 */
export type Transition =
  | {
      next: DialogState;
      say?: Reply[];
      after?: AfterReply[];
      leaving?: LeaveCause;
      languageList?: true;
      /**
       * The same question asked again, unchanged (see keep): its step stays, so the boxes and buttons already
       * shown for it still answer it (a Slack double press opens a second box; the first must still work).
       */
      sameStep?: true;
      /**
       * A staff member proved herself with her password on a phone shared with a student (staff-step-up.ts):
       * the dialog then ends after a few quiet minutes, so a child who picks the phone up finds it closed.
       */
      provenOnSharedPhone?: true;
    }
  | {
      end: true;
      say: Reply[];
      after?: AfterReply[];
      changedOutside?: true;
      leaving?: LeaveCause;
      /**
       * Ended at a secret prompt with its work done and nothing secret left to type (a teacher's set-up linked
       * by her password): her next words are no secret typed ahead (see MAYBE_SECRET), only that one again.
       */
      nothingSecretFollows?: true;
    };

/** One inbound, as the flows see it. */
export interface FlowContext {
  chat: ChatRef;
  now: number;
  deps: CoreDeps;
  /**
   * The language this chat is answered in (its choice, else the platform's, else the school's default).
   * The engine always sets it; without it (a test's hand-made context) the school's default applies.
   */
  language?: Language;
  /** Inbound.verifiedEmail: the platform's word for who this is (see messages.ts). */
  verifiedEmail?: string;
  /** Whether the chat had chosen its language when the turn began (read with the turn); unset: unknown. */
  languageChosen?: boolean;
  /** Set by the engine for a turn's step: see WithSave. */
  withSave?: WithSave;
  /** When the open dialog began (set by the engine while one is open): what happened since is "meanwhile". */
  dialogStartedAt?: number;
  /**
   * The open dialog's revision when the turn began (set by the engine while one is open): a turn that keeps the
   * dialog saves the next one, so what a step keeps for the very next message knows that message by it.
   */
  dialogRevision?: number;
}

/** Does `write` with the turn's save (see WithSave) when the step runs in a turn; else at once. */
export async function withTheSave(ctx: FlowContext, write: AfterReply): Promise<void> {
  if (ctx.withSave?.add(write) === true) return;
  await write();
}

/**
 * Does `work` once the turn's reply is out (see WithSave.addAfterReply), when the step runs in a turn; else at
 * once. For reads nothing in the reply depends on, which a real ID would make and a made-up one would not.
 */
export async function afterTheReply(ctx: FlowContext, work: AfterReply): Promise<void> {
  if (ctx.withSave?.addAfterReply(work) === true) return;
  await work();
}

/**
 * Writes a step owes once its change is made, which nothing in its reply depends on (the audit of a link,
 * of a saved enrolment, of a verified reset): the engine starts them in the same tick as the turn's save and
 * unlock, so they leave in the same write to Redis (one round trip fewer each), and the reply waits for them.
 * Redis runs them before the unlock: the chat's next update finds them written.
 */
export class WithSave {
  private readonly work: AfterReply[] = [];
  private started = false;
  private readonly afterReply: AfterReply[] = [];
  private replied = false;

  /**
   * Keeps `work` for after the reply: the engine runs it with the step's `after` work (tracked, so
   * `settled` waits for it). False once that work has been taken, so do it at once.
   */
  addAfterReply(work: AfterReply): boolean {
    if (this.replied) return false;
    this.afterReply.push(work);
    return true;
  }

  /** The work kept by addAfterReply, once; later work is done at once by its caller. */
  takeAfterReply(): AfterReply[] {
    this.replied = true;
    return this.afterReply.splice(0);
  }

  /** Keeps `write` for the save; false once the save has gone (work after the reply), so do it at once. */
  add(write: AfterReply): boolean {
    if (this.started) return false;
    this.work.push(write);
    return true;
  }

  /**
   * Starts every write kept, in order, before any of them awaits (one write to Redis, with whatever the
   * caller sends in the same tick); resolves when all are done. Never rejects: each write's failure is given
   * to `failed`, as the write itself would have been told (an audit logs its own).
   */
  start(failed: (error: unknown) => void): Promise<void> {
    this.started = true;
    const writes = this.work.splice(0).map((write) => {
      try {
        return write().catch(failed);
      } catch (error) {
        failed(error);
        return Promise.resolve();
      }
    });
    return Promise.all(writes).then(() => undefined);
  }
}

export const say = (key: Text["key"], params?: Text["params"]): Reply => ({
  text: params === undefined ? { key } : { key, params },
});

/** Stay in the same state after telling the student what was wrong (the prompt follows). */
export const stay = (state: DialogState, ...problems: Reply[]): Transition => ({
  next: state,
  say: problems,
});

/**
 * Stay, when what came was no answer at all (a file, a button where words are asked): the question is asked
 * again unchanged, so it keeps its step and what was shown for it still answers it (an open Slack box).
 */
export const askAgain = (state: DialogState, ...problems: Reply[]): Transition => ({
  ...stay(state, ...problems),
  sameStep: true,
});

export const end = (...replies: Reply[]): Transition => ({ end: true, say: replies });

/**
 * Ends the dialog because she chose not to go on (a Cancel button, "no" to "Go ahead?" or "Unlink?"): nothing
 * was done, and /metrics counts it as cancelled, not completed.
 */
export const endDeclined = (...replies: Reply[]): Transition => ({
  end: true,
  say: replies,
  leaving: { by: "step", declined: true },
});

/** Ends the dialog after a change outside the bot (see Transition): its replies go out whatever Redis does. */
export const endAfterChange = (...replies: Reply[]): Transition => ({
  end: true,
  say: replies,
  changedOutside: true,
});

/** Whole minutes from now until `until`, at least 1, for "please wait N minutes". */
export function minutesUntil(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 60_000));
}

/** Whole hours from now until `until`, at least 1, for "paused for about N hours". */
export function hoursUntil(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 3_600_000));
}

/** A wait for "{hours, plural, =0 {…minutes…} …}": in minutes up to two hours, in whole hours beyond. */
export function waitUntil(until: number, now: number): { minutes: number; hours: number } {
  const minutes = minutesUntil(until, now);
  return { minutes, hours: minutes > 120 ? hoursUntil(until, now) : 0 };
}

/** How often one process warns about one missing question: every prompt of it meets the same gap. */
const QUESTION_MISSING_LOG_MS = 60 * 60_000;

/**
 * A question's text in the chat's language (ids are the same in every language). An id the list does not
 * have (a question dropped from QUESTIONS_FILE before the start-up check knew it) gets a kind words-only
 * prompt, never a blank one; the admins see a warning naming the id.
 */
export function questionText(ctx: FlowContext, questionId: string | undefined): string {
  const { questions, settings } = ctx.deps;
  const language = ctx.language ?? settings.defaultLanguage;
  const question = questions.find((q) => q.id === questionId);
  if (question === undefined) {
    warnQuestionMissing(ctx, String(questionId));
    return translate({ key: "question.unknown" }, language);
  }
  return textOf(question, language, settings.defaultLanguage);
}

/**
 * Tells the admins, in the log, that an enrolment names a question the list does not have: once an hour per
 * id while it lasts, with how many prompts met it in between.
 */
export function warnQuestionMissing(ctx: FlowContext, questionId: string): void {
  const { logThrottle, logger } = ctx.deps;
  const leftOut = logThrottle.admit(`question-missing:${questionId}`, ctx.now, QUESTION_MISSING_LOG_MS);
  if (leftOut === null) return;
  logger.warn(
    { event: "question_missing", questionId, ...leftOut },
    'an enrolment names a question that QUESTIONS_FILE does not list: put it back with "retired": true',
  );
}
