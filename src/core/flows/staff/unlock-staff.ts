import { audit } from "../../audit.js";
import { chatKey } from "../../chat.js";
import { staffPasswordSubject } from "../../ports/limit-counters.js";
import type { Person } from "../../ports/directory.js";
import type { Alert } from "../../ports/alerts.js";
import { end, say, type FlowContext, type Transition } from "../flow.js";
import { unlockNote, type UnlockPart } from "./unlock-note.js";
import { liftSetupPause } from "./unlock-student.js";

/**
 * An admin's /unlock of a staff account: lifts the pauses on the staff member's password in the bot: set-up's
 * for her ID, which 3 wrong passwords at /setup start (anyone can, again every hour), and her staff password
 * step's in the chat linked to her, which 3 wrong ones there start (her child at the family phone, a pupil
 * at her unlocked phone). Wrong passwords short of a pause are left to count, as a student's are, so an
 * unlock never gives more tries at her password. Her account itself (a lockout, a new password) is IT's, in
 * the directory. Anyone can cause the pause, so the unlock is only noted in the audit; each lift is alerted,
 * each pause by its own name.
 */
export async function unlockStaffPause(ctx: FlowContext, admin: Person, staff: Person): Promise<Transition> {
  // The same pause as a student's set-up pause, lifted the same way (an admin's lift is not capped).
  const setupPause = await liftSetupPause(ctx, admin, staff.id);
  const ownChat = await liftStaffPasswordPause(ctx, staff.id);
  // Each pause under its own name: the alert that paused her chat told the admins set-up was not paused.
  const lifted: UnlockPart[] = [
    ...(setupPause.lifted ? (["set-up pause"] as const) : []),
    ...(ownChat !== null ? (["staff password pause"] as const) : []),
  ];
  await audit(ctx, "unlock", staff.id, "info", unlockNote(lifted), admin.id);
  if (lifted.length === 0) return end(say("unlock.staffNothingToLift", { name: staff.name }));
  // Each lift lets LINK_MAX_FAILURES more passwords be tried (both limits have that number).
  const by = {
    by: admin.id,
    byRole: "admin",
    tries: ctx.deps.limits.rules.link.maxFailures,
  } satisfies Alert["details"];
  if (setupPause.lifted)
    ctx.deps.alerts.raise({ kind: "setup-pause-lifted", subject: staff.id, details: by });
  if (ownChat !== null)
    ctx.deps.alerts.raise({
      kind: "staff-password-pause-lifted",
      subject: staff.id,
      details: { ...by, chat: ownChat },
    });
  return end(say("unlock.staffPauseLifted", { name: staff.name }));
}

/**
 * Lifts the pause of her staff password step in the chat linked to her, if it is in force; the chat's key
 * when it was. Wrong passwords short of a pause are left to count, as set-up's are (liftSetupPause): else
 * each /unlock would give 2 more guesses at her password there, unaudited.
 */
async function liftStaffPasswordPause(ctx: FlowContext, staffId: string): Promise<string | null> {
  const chat = await ctx.deps.store.linkedChat(staffId);
  if (chat === null) return null;
  const key = chatKey(chat);
  const subject = staffPasswordSubject(key, staffId);
  if ((await ctx.deps.limits.blockedUntil("staff-password", subject, ctx.now)) === null) return null;
  return (await ctx.deps.limits.clear("staff-password", subject, ctx.now)).blocked ? key : null;
}
