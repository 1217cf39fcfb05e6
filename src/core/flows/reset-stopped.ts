import { namesWhatStopped } from "./define-step.js";
import { say } from "./flow.js";

/**
 * What a reset's steps say when a command stops them (not /cancel, whose words say it): "we stopped making
 * your new password" to the child; to a teacher or admin whose command stopped it (a family phone she shares
 * with her children), whose reset it was, when the dialog knows (a child's own, once she is chosen).
 */
export const resetStopped = namesWhatStopped(
  "reset.stopped",
  (state: { name: string; personName?: string }) =>
    state.personName === undefined
      ? say("staff.resetStopped")
      : say("staff.resetStoppedFor", { name: state.personName }),
);
