import type { DialogState } from "./dialog-state.js";
import type { LeaveCause, Transition } from "./flows/flow.js";
import type { CoreMetrics, DialogEnd, DialogFlow } from "./ports/metrics.js";

type FirstPart<N> = N extends `${infer F}.${string}` ? F : never;
/** Fails to compile when a new flow's states are not among DIALOG_FLOWS (and so not in the docs either). */
const namedFlow = (part: FirstPart<DialogState["name"]>): DialogFlow => part;

/**
 * The dialog a state belongs to: the first part of its name ("reset.answer" is the reset flow), except
 * "Which student?" ("Whose record?"), the first step of the command that asked it (/guided's is guided).
 */
function flowOf(state: DialogState): DialogFlow {
  if (state.name === "staff.student") return state.action;
  return namedFlow(state.name.split(".")[0] as FirstPart<DialogState["name"]>);
}

/** How a dialog left by `leaving` ended (its own last step when the transition says no more). */
function endOf(leaving: LeaveCause | undefined): DialogEnd {
  switch (leaving?.by) {
    case undefined:
      return "completed";
    case "step":
      return leaving.declined === true ? "cancelled" : "completed";
    case "command":
      // "stop" (停, berhenti...) is /cancel said in words.
      return leaving.command === "cancel" ? "cancelled" : "replaced";
    case "role":
      return "cancelled";
    case "lifetime":
      return "timed-out";
  }
}

/**
 * Reports a step's effect on the chat's dialog: `before` is the state it was in, `transition` what the step
 * did (saved a next state, or ended the dialog, and why). A flow that changes is one dialog finished and one
 * started.
 */
export function reportDialogChange(
  metrics: CoreMetrics | undefined,
  before: DialogState | undefined,
  transition: Transition,
  timedOut: boolean,
): void {
  if (metrics === undefined) return;
  if (timedOut) metrics.dialogFinished("unknown", "timed-out");
  const after = "end" in transition ? undefined : transition.next;
  const flowBefore = before === undefined ? undefined : flowOf(before);
  const flowAfter = after === undefined ? undefined : flowOf(after);
  if (flowBefore === flowAfter) return;
  if (flowBefore !== undefined) metrics.dialogFinished(flowBefore, endOf(transition.leaving));
  if (flowAfter !== undefined) metrics.dialogStarted(flowAfter);
}
