/**
 * How a dialog ended, for the dashboard: `completed` by its own last step (it did its job, whatever its
 * result), `cancelled` by her choice not to go on (/cancel, "stop", a Cancel button, a "no" to a
 * confirmation) or by the bot for her role (no longer staff, her staff password due again), `replaced` by
 * another command, `timed-out` by her silence.
 */
export const DIALOG_ENDS = ["completed", "cancelled", "replaced", "timed-out"] as const;
export type DialogEnd = (typeof DIALOG_ENDS)[number];

/**
 * The dialogs the dashboard tells apart: a flow's first step's name ("reset.answer" is reset), except "Which
 * student?" and "Whose record?", which are the command's (guided, unlock, clear, audit), and `staff`, which
 * is only a staff member's password asked again. A fixed few, as a Prometheus label's values should be.
 */
export const DIALOG_FLOWS = [
  "setup",
  "reset",
  "practice",
  "family",
  "logout",
  "language",
  "guided",
  "unlock",
  "clear",
  "audit",
  "coverage",
  "staff",
] as const;
export type DialogFlow = (typeof DIALOG_FLOWS)[number];

/**
 * What the core reports to the operator's metrics. Optional in CoreDeps: tests and tools run without it.
 * Arguments are flow names and fixed words only, never an id, a name or a secret.
 */
export interface CoreMetrics {
  dialogStarted(flow: DialogFlow): void;
  /** `flow` is "unknown" for a dialog found timed out: the bot no longer has it. */
  dialogFinished(flow: DialogFlow | "unknown", how: DialogEnd): void;
}
