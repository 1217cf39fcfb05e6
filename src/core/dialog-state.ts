import { z } from "zod";
import { ALL_STEPS, SECRET_STEP_NAMES } from "./flows/all-steps.js";
import type { Step } from "./flows/define-step.js";

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
});

export type DialogDocument = z.output<typeof storedDialogDocument>;

/** States whose inbound text is a secret: the message is deleted and never echoed (derived from the steps). */
export const SECRET_INPUT_STATES = SECRET_STEP_NAMES as ReadonlySet<DialogName>;
