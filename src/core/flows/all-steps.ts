import { stepName, type Step } from "./define-step.js";
import { familySteps } from "./family-flow.js";
import { languageSteps } from "./language-flow.js";
import { logoutSteps } from "./logout-flow.js";
import { newPasswordSteps } from "./new-password-flow.js";
import { practiceSteps } from "./practice-flow.js";
import { reminderSteps } from "./practice-reminder-flow.js";
import { resetSteps } from "./reset-flow.js";
import { resetRestartSteps } from "./reset-restart.js";
import { setupSteps } from "./setup-flow.js";
import { setupBackAskSteps } from "./setup-back-ask.js";
import { guidedSteps } from "./staff/guided-reset-flow.js";
import { staffSteps } from "./staff/staff-commands.js";
import { stepUpSteps } from "./staff/staff-step-up.js";

/**
 * Every dialog step. The union of stored states, the secret steps, the prompts and the handlers are all
 * derived from this list: a new step is declared in its flow's list (and its words in the catalogues).
 */
export const ALL_STEPS = [
  ...setupSteps,
  ...setupBackAskSteps,
  ...practiceSteps,
  ...familySteps,
  ...logoutSteps,
  ...reminderSteps,
  ...resetSteps,
  ...resetRestartSteps,
  ...newPasswordSteps,
  ...staffSteps,
  ...stepUpSteps,
  ...guidedSteps,
  ...languageSteps,
] as const;

const byName = new Map<string, Step>(ALL_STEPS.map((step) => [stepName(step), step as unknown as Step]));
if (byName.size !== ALL_STEPS.length) throw new Error("two dialog steps share a name");

/** The declared step of a stored state's name (every parsed state has one). */
export function stepNamed(name: string): Step {
  const step = byName.get(name);
  if (step === undefined) throw new Error(`no dialog step is named ${name}`);
  return step;
}

/** The names of the steps whose inbound text is a secret: the message is deleted and never echoed. */
export const SECRET_STEP_NAMES: ReadonlySet<string> = new Set(
  ALL_STEPS.filter((step) => step.secret).map((step) => stepName(step as unknown as Step)),
);
