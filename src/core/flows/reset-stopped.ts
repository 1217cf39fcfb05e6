import { namesWhatStopped } from "./define-step.js";
import { say } from "./flow.js";

/**
 * What a reset's steps say when a command stops them (not /cancel, whose words say it): "we stopped making
 * your new password" to the child; to a teacher or admin whose command stopped it (a family phone she shares
 * with her children, before a child was chosen) "we stopped making a new password". Once a child is chosen a
 * staff command does not stop her reset (dialog-commands.ts).
 */
export const resetStopped = namesWhatStopped("reset.stopped", () => say("staff.resetStopped"));
