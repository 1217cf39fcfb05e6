import type { ParsedCommand } from "./commands.js";
import type { DialogName } from "./dialog-state.js";
import type { CoreMetrics } from "./ports/metrics.js";

/** A dialog's flow is the first part of its state's name ("reset.answer" is the reset flow). */
function flowOf(state: DialogName): string {
  return state.split(".")[0] ?? state;
}

/**
 * Reports a step's effect on the chat's dialog: `before` is the state it was in, `after` the state it was
 * saved in (undefined when the dialog ended). A flow that changes is one dialog finished and one started.
 */
export function reportDialogChange(
  metrics: CoreMetrics | undefined,
  before: DialogName | undefined,
  after: DialogName | undefined,
  context: { command: ParsedCommand | "unknown" | null; timedOut: boolean },
): void {
  if (metrics === undefined) return;
  if (context.timedOut) metrics.dialogFinished("unknown", "timed-out");
  const flowBefore = before === undefined ? undefined : flowOf(before);
  const flowAfter = after === undefined ? undefined : flowOf(after);
  if (flowBefore === flowAfter) return;
  if (flowBefore !== undefined) {
    const command = context.command === null || context.command === "unknown" ? null : context.command;
    const how = command === null ? "completed" : command.name === "cancel" ? "cancelled" : "replaced";
    metrics.dialogFinished(flowBefore, how);
  }
  if (flowAfter !== undefined) metrics.dialogStarted(flowAfter);
}
