import type { z } from "zod";
import type { MessageKey } from "../i18n/en.js";
import type { Reply } from "../messages.js";
import type { Person } from "../ports/directory.js";
import { smallTalkOf, type SmallTalk } from "../small-talk.js";
import { askAgain, say, type FlowContext, type Input, type LeaveCause, type Transition } from "./flow.js";
import { notStaffHere } from "./staff/not-staff-here.js";
import { staffActorOrGone, staffOfChat } from "./staff/staff-access.js";
import { staffPasswordAgainMinutes, staffPasswordDue } from "./staff/staff-password-again.js";

/** What a step takes: typed text, a button (or its number typed), or either. */
export type InputKind = "text" | "choice" | "text-or-choice";
/** Who may be in the step: anyone, or a chat linked to a teacher or admin (read afresh at every step). */
export type Role = "anyone" | "staff";

/** A step's stored state: a zod object whose `name` is the step's literal name. */
export type StateSchema = z.ZodObject<{ name: z.ZodLiteral<string> } & z.ZodRawShape>;

type TextInput = Extract<Input, { kind: "text" }>;
type ChoiceInput = Extract<Input, { kind: "choice" }>;
export type InputOf<K extends InputKind> = K extends "text"
  ? TextInput
  : K extends "choice"
    ? ChoiceInput
    : TextInput | ChoiceInput;
/** A staff step's handler gets the acting teacher or admin, as the directory says now. */
export type ActorOf<R extends Role> = R extends "staff" ? Person : undefined;

/** Everything about one dialog step, in one place. */
export interface StepDeclaration<S extends StateSchema, K extends InputKind, R extends Role> {
  /** The state's shape while the dialog waits in this step (stored as JSON between messages). */
  state: S;
  input: K;
  role: R;
  /** The step's input is a password, an answer or a code: deleted from the chat, never echoed. */
  secret: boolean;
  /** The message that asks for the step's input; shown on entering the step and after a problem. */
  prompt: (ctx: FlowContext, state: z.output<S>) => Reply;
  /**
   * What this step wants, in simple words, for a child who asks for help here ("help", /help, "I need
   * help"); its prompt follows. Without it she hears the general "answer my message below".
   */
  help?: (ctx: FlowContext, state: z.output<S>) => Reply;
  /**
   * For a step with buttons: words typed that stand for one of them, besides its number (a child's name on
   * a family phone, "yes" to a yes-or-no question). The button's id (as the prompt gives it), or null.
   * Never asked where only a tap counts. A start-menu button's id (the language list's) is given whole.
   */
  typedAsChoice?: (state: z.output<S>, text: string, ctx: FlowContext) => string | null;
  /**
   * Its buttons are people's names (a family phone's "Which of you?"): words typed are read by typedAsChoice
   * alone, besides a number, not matched to the labels as other buttons' words are, run together and with a
   * slip allowed. "I'm Ran Lee" run together is "imranlee", a brother's button.
   */
  buttonsArePeople?: boolean;
  /**
   * For a step with buttons: its answer to hello or thank you typed there (see smallTalkOf), said before its
   * prompt comes again, instead of "tap a button". Only where the engine does not take such words for a
   * secret sent again (see maybeSecretSentAgain).
   */
  smallTalk?: (said: SmallTalk) => Reply;
  /**
   * For a step with buttons: what it says to words typed that pick none of them, when it has words of its own
   * for them (a user ID typed at a teacher's "Go ahead?"), instead of "tap a button"; null for the usual.
   */
  typedNotAChoice?: (state: z.output<S>, text: string) => Reply | null;
  /** Runs after the engine's guards: the input is of the declared kind and the role holds. */
  handle: (ctx: FlowContext, state: z.output<S>, input: InputOf<K>, actor: ActorOf<R>) => Promise<Transition>;
  /**
   * For a step that left something outside the dialog (a one-time code in another chat): runs after the
   * reply whenever the dialog leaves this step, however (its own end, a command that stops or replaces it,
   * the dialog's lifetime), and hears why. Not when it merely expires unseen: a step that must know
   * schedules a job.
   */
  onLeave?: (ctx: FlowContext, state: z.output<S>, cause: LeaveCause) => Promise<void>;
  /**
   * What stopping the dialog here leaves or stops, in the step's own words (a one-time code that no longer
   * works; "we stopped making your new password"): said first when a command stops the dialog here, in the
   * same reply, instead of the usual words for what a stopped dialog leaves. `by` is "cancel" for /cancel
   * and "stop", whose own words may already say it (then null: they are said), "command" for any command
   * that replaces the dialog (the menu, /setup, /logout, a staff command refused), "staff" for a teacher's
   * or admin's command that replaces it (on a family phone, she reads what stopped her child's dialog).
   */
  stoppedNotice?: (state: z.output<S>, by: StoppedBy) => Reply | null;
  /**
   * For a step anyone may be in that speaks to a teacher or admin in some states (the language list in a
   * staff chat): true there, and its hints ("tap a button") are in the adult register, as a staff step's.
   */
  speaksToStaff?: (state: z.output<S>) => boolean;
  /**
   * The step is only a list to choose from, with nothing under way: left alone until it expires, it ends
   * without the "we stopped because you were away" that follows an unfinished dialog. A function when only
   * some of its states are such a list (a family phone's "Who should I unlink?", not "Which of you needs a
   * new password?", whose reset is under way).
   */
  expiresQuietly?: boolean | ((state: z.output<S>) => boolean);
}

/**
 * A declared step, as the engine sees it. Declare it with a type annotation (`const s: Step<typeof schema>`):
 * the union of states is derived from the steps, and handlers return states, so TypeScript needs the cut.
 */
export interface Step<S extends StateSchema = StateSchema> {
  readonly state: S;
  readonly input: InputKind;
  readonly role: Role;
  readonly secret: boolean;
  readonly prompt: (ctx: FlowContext, state: z.output<S>) => Reply;
  readonly help?: (ctx: FlowContext, state: z.output<S>) => Reply;
  readonly typedAsChoice?: (state: z.output<S>, text: string, ctx: FlowContext) => string | null;
  readonly buttonsArePeople?: boolean;
  readonly smallTalk?: (said: SmallTalk) => Reply;
  readonly typedNotAChoice?: (state: z.output<S>, text: string) => Reply | null;
  readonly handle: (ctx: FlowContext, state: z.output<S>, input: never, actor: never) => Promise<Transition>;
  readonly onLeave?: (ctx: FlowContext, state: z.output<S>, cause: LeaveCause) => Promise<void>;
  readonly stoppedNotice?: (state: z.output<S>, by: StoppedBy) => Reply | null;
  readonly speaksToStaff?: (state: z.output<S>) => boolean;
  readonly expiresQuietly?: boolean | ((state: z.output<S>) => boolean);
}

/**
 * What stops an open dialog: /cancel or "stop", another command that takes its place, or a teacher's or
 * admin's command that takes its place (read by her, who may not be the one the dialog was for).
 */
export type StoppedBy = "cancel" | "command" | "staff";

/**
 * A stoppedNotice that names what stopped when another command replaces the dialog; /cancel's own "Okay, we
 * stopped. Nothing was changed. Type /start…" already says so, and says what to do next. `toStaff` words it
 * for a teacher or admin whose command stopped it (a child's reset on a family phone: whose it was).
 */
export function namesWhatStopped<S>(
  key: MessageKey,
  toStaff?: (state: S) => Reply,
): (state: S, by: StoppedBy) => Reply | null {
  return (state, by) => {
    if (by === "cancel") return null;
    return by === "staff" && toStaff !== undefined ? toStaff(state) : say(key);
  };
}

export function defineStep<S extends StateSchema, K extends InputKind, R extends Role>(
  declaration: StepDeclaration<S, K, R>,
): Step<S> {
  return declaration;
}

export function stepName(step: Step): string {
  return step.state.shape.name.value;
}

/** The step that asks a staff member for her password on a family phone (staff-step-up.ts). */
const STAFF_PASSWORD_STEP = "staff.password";

/**
 * What a step with buttons says to what picks none of them: "tap a button", its answer to small talk, or its
 * own words for what was typed (typedNotAChoice).
 */
function notAChoice(step: Step, state: never, input: Input): Reply {
  const own = input.kind === "text" ? (step.typedNotAChoice?.(state, input.text) ?? null) : null;
  if (own !== null) return own;
  const said = input.kind === "text" && step.smallTalk !== undefined ? smallTalkOf(input.text) : null;
  return said === null || step.smallTalk === undefined ? say("input.useButtons") : step.smallTalk(said);
}

/**
 * Runs a step's handler after the checks its declaration asks for: the wrong kind of input is told what to
 * do and stays; a staff step in a chat no longer linked to staff ends, and so does one on a family phone in
 * a dialog nobody proved with the staff password (`provenOnSharedPhone`), and one on a chat linked only to
 * staff once her password there is STAFF_PASSWORD_AGAIN_MINUTES old.
 */
export async function runStep(
  step: Step,
  ctx: FlowContext,
  state: z.output<StateSchema>,
  input: Input,
  provenOnSharedPhone = false,
): Promise<Transition> {
  const state_ = state as never;
  if (step.input === "choice" && input.kind !== "choice")
    return askAgain(state_, notAChoice(step, state_, input));
  // A button where words are asked for is not a picture: say to type (its prompt follows).
  if (step.input === "text" && input.kind === "choice") return askAgain(state_, say("input.typeInstead"));
  if (step.input === "text" && input.kind !== "text") return askAgain(state_, say("input.notText"));
  if (step.input === "text-or-choice" && input.kind === "other")
    return askAgain(state_, say("input.notText"));
  if (step.role === "anyone") return step.handle(ctx, state_, input as never, undefined as never);
  // A staff dialog open on a family phone that no password proved: one begun before this version asked
  // for it (left open across the upgrade), which the child holding the phone could otherwise finish.
  const proven = provenOnSharedPhone || stepName(step) === STAFF_PASSWORD_STEP;
  const { actor, sharedWithStudent, gone } = proven
    ? { ...(await staffActorOrGone(ctx)), sharedWithStudent: false }
    : await staffOfChat(ctx);
  if (actor === null) return { end: true, say: [await notStaffHere(ctx, gone)], leaving: { by: "role" } };
  if (sharedWithStudent) return { end: true, say: [say("staff.stepUpStartAgain")], leaving: { by: "role" } };
  // A conversation must not outlive her password's window, whether she began it in time or her password
  // opened it, or a pupil who picks up the phone could finish it (a guided reset's in-person route shows a
  // new password). A password typed just now, at the password step, is noted there for the window.
  if (stepName(step) !== STAFF_PASSWORD_STEP && (await staffPasswordDue(ctx, actor))) {
    const minutes = staffPasswordAgainMinutes(ctx);
    return { end: true, say: [say("staff.passwordAgainStartAgain", { minutes })], leaving: { by: "role" } };
  }
  return step.handle(ctx, state_, input as never, actor as never);
}
