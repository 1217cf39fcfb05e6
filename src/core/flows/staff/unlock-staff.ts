import { audit } from "../../audit.js";
import type { Person } from "../../ports/directory.js";
import { end, say, type FlowContext, type Transition } from "../flow.js";
import { unlockNote, type UnlockPart } from "./unlock-note.js";
import { liftSetupPause } from "./unlock-student.js";

/**
 * An admin's /unlock of a staff account: lifts the pause on the staff member's password in the bot, which 3
 * wrong passwords for her ID start (at /setup, or at a family phone's staff step-up), and which anyone there
 * can start again every hour. Wrong passwords short of a pause are left to count, as a student's are, so an
 * unlock never gives more tries at her password. Her account itself (a lockout, a new password) is IT's, in
 * the directory. Anyone can cause the pause, so the unlock is only noted in the audit; each lift is alerted.
 */
export async function unlockStaffPause(ctx: FlowContext, admin: Person, staff: Person): Promise<Transition> {
  // The same pause as a student's set-up pause, lifted the same way (an admin's lift is not capped).
  const setupPause = await liftSetupPause(ctx, admin, staff.id);
  const lifted: UnlockPart[] = setupPause.lifted ? ["set-up pause"] : [];
  await audit(ctx, "unlock", staff.id, "info", unlockNote(lifted), admin.id);
  if (!setupPause.lifted) return end(say("unlock.staffNothingToLift", { name: staff.name }));
  ctx.deps.alerts.raise({
    kind: "setup-pause-lifted",
    subject: staff.id,
    details: { by: admin.id, byRole: "admin" },
  });
  return end(say("unlock.staffPauseLifted", { name: staff.name }));
}
