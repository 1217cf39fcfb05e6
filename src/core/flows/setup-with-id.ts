import { setupIdStep } from "./setup-flow.js";
import { runStep } from "./define-step.js";
import type { FlowContext, Transition } from "./flow.js";
import { idBeforePassword } from "./typed-id.js";

/**
 * "/setup S1001 Garden-Lamp-21" on one line: set-up begun (`started`, at its ID step) takes the ID as if it
 * were typed at that step, and asks for the password on its own (the engine deletes the line, so the
 * password is never read from it). Anything else after /setup is not read: `started` as it is.
 */
export async function setupWithIdOnTheLine(
  ctx: FlowContext,
  started: Transition,
  argument: string,
): Promise<Transition> {
  if ("end" in started || started.next.name !== "setup.id" || idBeforePassword(argument) === null)
    return started;
  const took = await runStep(setupIdStep, ctx, started.next, { kind: "text", text: argument });
  return { ...took, say: [...(started.say ?? []), ...(took.say ?? [])] };
}
