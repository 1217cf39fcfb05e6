import type { ChatRef } from "../../chat.js";
import type { MessageKey } from "../../i18n/en.js";
import type { Person } from "../../ports/directory.js";
import { say, type FlowContext } from "../flow.js";
import { notifyQuietly } from "../notify-quietly.js";

/** What an /unlock lifted of what kept the student from resetting, setting up or logging in. */
export interface LiftedForStudent {
  suspension: boolean;
  directoryLock: boolean;
  setupPause: boolean;
}

/**
 * Tells the student's linked chat (in its language) what she can do now that her teacher or an admin lifted
 * a pause or lock she may be waiting out ("wait about 24 hours"). Only her own chat, by her name (a family
 * phone holds several children; the chat proved her account, so the name is no news there), and never who
 * typed the wrong answers or passwords. Nothing is sent when nothing was lifted.
 */
export async function tellStudentUnlocked(
  ctx: FlowContext,
  /** The chat linked to the student. */
  chat: ChatRef,
  actor: Person,
  student: Person,
  lifted: LiftedForStudent,
  setUp: boolean,
  /**
   * Her chat is paused for its own tries for this many minutes more: /reset (or /setup, with no answers)
   * must wait that long there.
   */
  chatPausedMinutes: number | null = null,
): Promise<void> {
  const words = noticeFor(lifted, setUp, actor.role === "admin", chatPausedMinutes !== null);
  if (words === null) return;
  const params: Record<string, string | number> = {
    name: student.name,
    account: ctx.deps.settings.accountName,
  };
  if (chatPausedMinutes !== null) params.minutes = chatPausedMinutes;
  await notifyQuietly(ctx, chat, say(words, params));
}

/**
 * The bot's suspension lifted: /reset, or /setup first when she has no answers. Else the set-up pause, when
 * she has no answers (set up, it never held her back, and "/setup now" would have her do it again): /setup.
 * Either only after her chat's own pause, when it is `chatPaused`.
 * Else only the directory's lock: she can log in again (and, with answers, /reset if she forgot the password).
 */
function noticeFor(
  lifted: LiftedForStudent,
  setUp: boolean,
  byAdmin: boolean,
  chatPaused: boolean,
): MessageKey | null {
  if (lifted.suspension && setUp) {
    if (chatPaused) return byAdmin ? "notice.unlockedResetLaterByAdmin" : "notice.unlockedResetLater";
    return byAdmin ? "notice.unlockedResetByAdmin" : "notice.unlockedReset";
  }
  if (lifted.suspension || (lifted.setupPause && !setUp)) {
    if (chatPaused) return byAdmin ? "notice.unlockedSetupLaterByAdmin" : "notice.unlockedSetupLater";
    return byAdmin ? "notice.unlockedSetupByAdmin" : "notice.unlockedSetup";
  }
  // "/reset if you forgot your password" only to a student with answers to reset with.
  if (lifted.directoryLock && setUp)
    return byAdmin ? "notice.accountUnlockedByAdmin" : "notice.accountUnlocked";
  if (lifted.directoryLock)
    return byAdmin ? "notice.accountUnlockedOnlyByAdmin" : "notice.accountUnlockedOnly";
  return null;
}
