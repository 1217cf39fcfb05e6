import { z } from "zod";
import { ALL_STEPS, SECRET_STEP_NAMES } from "./flows/all-steps.js";
import type { Step } from "./flows/define-step.js";
import { asksToLogOut } from "./flows/logout-flow.js";

/**
 * Bump when a dialog state's shape changes. A stored dialog of another version reads as "no dialog", so a
 * deploy never crashes on a conversation that was open before it; the student simply starts again.
 */
export const DIALOG_SCHEMA_VERSION = 3;

type StatesOf<T extends readonly unknown[]> = {
  -readonly [I in keyof T]: T[I] extends Step<infer S> ? S : never;
};
type StateSchemas = StatesOf<typeof ALL_STEPS>;

/** Where a conversation stands, one shape per declared step. Holds ids and hashes only: never a password or an answer. */
export const dialogState = z.discriminatedUnion(
  "name",
  ALL_STEPS.map((step) => step.state) as unknown as StateSchemas,
);

export type DialogState = z.output<typeof dialogState>;
export type DialogName = DialogState["name"];
export type StateOf<N extends DialogName> = Extract<DialogState, { name: N }>;

/** The stored document: the state plus a step counter that makes buttons of earlier steps stale. */
export const storedDialogDocument = z.object({
  schema: z.literal(DIALOG_SCHEMA_VERSION),
  step: z.number().int().min(1),
  /** When the dialog began: it ends DIALOG_MAX_MINUTES later whatever the activity. */
  startedAt: z.number(),
  state: dialogState,
  /**
   * The language list was shown with this step's question (/language in the middle of it): the next
   * message's number picks a language, as on the terminal, where the list is numbered first.
   */
  languageList: z.literal(true).optional(),
  /** Proven with a staff password on a family phone: ends after SHARED_PHONE_IDLE_SECONDS quiet. */
  sharedPhone: z.literal(true).optional(),
});

/**
 * How long a staff dialog proven with the password on a family phone stays open with nothing typed (at
 * most DIALOG_IDLE_MINUTES): long enough for a teacher's next step, short for a child who picks it up.
 */
export const SHARED_PHONE_IDLE_SECONDS = 5 * 60;

export type DialogDocument = z.output<typeof storedDialogDocument>;

/** States whose inbound text is a secret: the message is deleted and never echoed (derived from the steps). */
export const SECRET_INPUT_STATES = SECRET_STEP_NAMES as ReadonlySet<DialogName>;

/**
 * Steps whose buttons change something for good (clear a student's answers, confirm an in-person check,
 * pick how a student proves it is them, unlink the chat): only a tap counts there, never a typed number. A
 * "1" sent twice (a double send, or a "1" typed a step before and sent again) would otherwise confirm: after
 * "1" picked the in-person route, a second "1" would be "Yes, I checked" and show a password; after "1"
 * picked the questions, it would be the student's first answer, checked and counted; a "1" meant for the
 * question a stray tap on /logout replaced would unlink the chat. Their hint says to tap (input.tapOnly);
 * the terminal, which has no buttons, turns a typed number into the choice itself.
 */
const TAP_ONLY_STATES: ReadonlySet<DialogName> = new Set<DialogName>([
  "clear.confirm",
  "guided.inPerson",
  "guided.route",
]);

/**
 * Tap-only steps that still take a typed "yes" or "no" (yes-or-no.ts, in any language): a teacher's
 * confirmation answered in words. Unlike a number, such a word is never another step's button there: the
 * step before (a command, a route picked by tap) takes none. Not /logout's question, whose "yes" may be meant
 * for the question a stray tap on /logout replaced (the practice offer's "Shall we check?").
 */
const YES_OR_NO_STATES: ReadonlySet<DialogName> = new Set<DialogName>(["clear.confirm", "guided.inPerson"]);

/** Whether a tap-only state takes a typed "yes" or "no" all the same (see YES_OR_NO_STATES). */
export function takesYesOrNo(state: DialogState): boolean {
  return YES_OR_NO_STATES.has(state.name);
}

/** Whether only a tap answers the state's buttons (see TAP_ONLY_STATES), which /logout's question's are too. */
export function onlyTapCounts(state: DialogState): boolean {
  return TAP_ONLY_STATES.has(state.name) || asksToLogOut(state);
}
