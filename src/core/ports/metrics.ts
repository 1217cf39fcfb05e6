/** How a dialog ended, for the dashboard: by its own last step, by /cancel, or by another command. */
export type DialogEnd = "completed" | "cancelled" | "replaced" | "timed-out";

/**
 * What the core reports to the operator's metrics. Optional in CoreDeps: tests and tools run without it.
 * Arguments are flow names and fixed words only, never an id, a name or a secret.
 */
export interface CoreMetrics {
  dialogStarted(flow: string): void;
  dialogFinished(flow: string, how: DialogEnd): void;
}
