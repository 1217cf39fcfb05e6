import { audit } from "../../audit.js";
import type { GuidedActorRole } from "../../ports/alerts.js";
import type { Person } from "../../ports/directory.js";
import { lockLiftSubject, pauseLiftSubject } from "../../ports/limit-counters.js";
import type { Reply } from "../../messages.js";
import { chatKey } from "../../chat.js";
import { end, minutesUntil, say, type FlowContext, type Transition } from "../flow.js";
import {
  DIRECTORY_LOCK_LIFTED_ALREADY,
  SETUP_PAUSE_LIFTED_ALREADY,
  unlockNote,
  unlockParts,
  type UnlockPart,
} from "./unlock-note.js";
import { tellStudentUnlocked } from "./unlock-notice.js";

const HOUR = 60 * 60_000;

/**
 * Lifts the bot's suspension, the directory's lockout and the set-up pause for the student's ID (3 wrong
 * passwords, which anyone can type for a classmate's ID, again every hour), and says which there was. A
 * lockout means many wrong passwords at the school's login, and each set-up pause lifted lets 3 more
 * passwords reach the directory: someone may be guessing it, so the admins hear who lifted either. The
 * student's linked chat hears what she can do now (unlock-notice.ts). A teacher lifts each of the last two at
 * most once a day per student (liftDirectoryLock, liftSetupPause); admins are not capped.
 * For "/unlock <student ID>" once resolveStudent let the actor act on the student (a chat's key: unlockChat).
 */
export async function unlockStudent(ctx: FlowContext, actor: Person, student: Person): Promise<Transition> {
  // The directory first: a failure there (after the student was looked up: a flapping or slow directory)
  // then changes nothing, and the teacher's "try again" finds the suspension still there. Lifted first, the
  // suspension went with no audit event and no word to the student.
  const directoryLock = await liftDirectoryLock(ctx, actor, student.id);
  const lockLifted = directoryLock.lifted;
  const cleared = await ctx.deps.limits.clear("student", student.id, ctx.now);
  const wasSuspended = cleared.blocked;
  const setupPause = await liftSetupPause(ctx, actor, student.id);
  const lifted = unlockParts({
    suspension: wasSuspended,
    directoryLock: lockLifted,
    failedTries: cleared.failures > 0,
    setupPause: setupPause.lifted,
  });
  // Nothing lifted is only noted ("info"), as an attempt: repeating it cannot push the student's trail out.
  // Failed tries short of a suspension too, and a set-up pause: anyone can cause those, so an unlock after
  // each could.
  // A teacher refused a second lift, with nothing else lifted: that refusal (below) is her action's one event.
  const onlyRefused = lifted.length === 0 && (directoryLock.adminOnly || setupPause.adminOnlyUntil !== null);
  const outcome = wasSuspended || lockLifted ? "ok" : "info";
  if (!onlyRefused) await audit(ctx, "unlock", student.id, outcome, unlockNote(lifted), actor.id);
  const byRole: GuidedActorRole = actor.role === "admin" ? "admin" : "teacher";
  if (setupPause.lifted)
    ctx.deps.alerts.raise({
      kind: "setup-pause-lifted",
      subject: student.id,
      // It clears the day's count too: the day's number of wrong passwords may be tried again.
      details: { by: actor.id, byRole, tries: ctx.deps.limits.rules["link-day"].maxFailures },
    });
  // A teacher's second lift of a lockout or of the pause: refused, as an attempt (she can repeat it at will).
  const adminOnly: Reply[] = [];
  if (directoryLock.adminOnly) {
    await audit(ctx, "staff-refused", student.id, "refused", DIRECTORY_LOCK_LIFTED_ALREADY, actor.id);
    adminOnly.push(say("unlock.lockAdminOnly", { name: student.name, hours: liftWindowHours(ctx) }));
  }
  if (setupPause.adminOnlyUntil !== null) {
    await audit(ctx, "staff-refused", student.id, "refused", SETUP_PAUSE_LIFTED_ALREADY, actor.id);
    adminOnly.push(setupPauseAdminOnly(ctx, student, setupPause.adminOnlyUntil));
  }
  if (adminOnly.length > 0 && lifted.length === 0) return end(...adminOnly);
  // With no answers on record (cleared, say) there is nothing to reset with yet; with answers but no linked
  // chat (a /logout, a lost phone's guided reset) /reset works nowhere until /setup again.
  const [enrolment, chat] = await Promise.all([
    ctx.deps.store.getEnrolment(student.id),
    ctx.deps.store.linkedChat(student.id),
  ]);
  const setUp = enrolment !== null;
  const linked = setUp && chat !== null;
  // Her chat may be paused for its own tries (siblings on one phone): /reset there (or /setup, with no answers)
  // waits, whatever is lifted here, and only an admin lifts it (/unlock <chat>). When she is to be told she
  // can do either, she and the teacher are told so instead, not "now"; and cleared wrong tries are not "all
  // her tries again" there. Read only then: an unlock that tells no one to go on costs no read of it.
  const toldToGoOn = wasSuspended || (setupPause.lifted && !setUp) || cleared.failures > 0;
  const chatWait = toldToGoOn && chat !== null ? await chatPauseOf(ctx, chatKey(chat)) : null;
  if (chat !== null) {
    const liftedNow = { suspension: wasSuspended, directoryLock: lockLifted, setupPause: setupPause.lifted };
    await tellStudentUnlocked(ctx, chat, actor, student, liftedNow, setUp, chatWait?.minutes ?? null);
  }
  const facts: UnlockFacts = {
    name: student.name,
    failures: cleared.failures,
    setUp,
    linked,
    chatPaused: chatWait !== null,
  };
  const reply =
    lifted.length === 0
      ? [say("unlock.nothingToLift", { name: student.name })]
      : [...lifted.flatMap((part, i) => unlockReply(part, i === 0, facts)), ...adminOnly];
  if (chatWait !== null) reply.push(chatStillPaused(actor, student, setUp, chatWait));
  // A lifted suspension's words say whether they must set up first; otherwise a line of its own does.
  if (wasSuspended || linked) return end(...reply);
  return end(...reply, say(setUp ? "unlock.setupFirstNoChat" : "unlock.setupFirstNotSetUp"));
}

/**
 * "But her chat is paused": for /reset, or /setup when she has no answers. Only an admin reads the chat's
 * name, and how to lift it (/unlock <chat>): it is her chat account's id (on a family phone, her parent's),
 * which only admins see elsewhere (/audit <chat>); a teacher is told an admin can lift it.
 */
function chatStillPaused(
  actor: Person,
  student: Person,
  setUp: boolean,
  chatWait: { chat: string; minutes: number },
): Reply {
  if (actor.role === "admin")
    return say(setUp ? "unlock.chatStillPaused" : "unlock.chatStillPausedSetup", {
      name: student.name,
      ...chatWait,
    });
  return say(setUp ? "unlock.chatStillPausedAskAdmin" : "unlock.chatStillPausedSetupAskAdmin", {
    name: student.name,
    minutes: chatWait.minutes,
  });
}

/** The student's chat `chat` paused for its own tries: its key and the minutes left; null when it is not. */
async function chatPauseOf(
  ctx: FlowContext,
  chat: string,
): Promise<{ chat: string; minutes: number } | null> {
  const until = await ctx.deps.limits.chatPausedUntil(chat, ctx.now);
  return until === null ? null : { chat, minutes: minutesUntil(until, ctx.now) };
}

/** What an unlock's reply tells besides what it lifted. */
interface UnlockFacts {
  name: string;
  /** Failed tries it forgot. */
  failures: number;
  /** The student has answers on record. */
  setUp: boolean;
  /** ...and a linked chat, where /reset works. */
  linked: boolean;
  /** Her linked chat is paused for its own tries: /setup there waits too, so it is not "now". */
  chatPaused: boolean;
}

/** A part of what an unlock lifted, in the reply's words: the first says it, the ones after say "also". */
function unlockReply(part: UnlockPart, first: boolean, facts: UnlockFacts): Reply[] {
  const { name } = facts;
  switch (part) {
    case "suspension":
      return [suspensionLifted(facts)];
    case "suspension and directory lock":
      return [suspensionLifted(facts), say("unlock.alsoLockLifted")];
    case "directory lock":
      return [say("unlock.lockLifted", { name })];
    case "failed tries":
      return [
        say(facts.chatPaused ? "unlock.failuresClearedChatPaused" : "unlock.failuresCleared", {
          name,
          count: facts.failures,
        }),
      ];
    case "set-up pause":
      if (facts.chatPaused)
        return [
          say(first ? "unlock.setupPauseLiftedChatPaused" : "unlock.alsoSetupPauseLiftedChatPaused", {
            name,
          }),
        ];
      return [say(first ? "unlock.setupPauseLifted" : "unlock.alsoSetupPauseLifted", { name })];
    case "staff password pause":
      // A staff member's only (unlock-staff.ts): a student's unlock never lifts it.
      return [];
  }
}

/** "Done!", and whether the student can reset by themselves now or must /setup first. */
function suspensionLifted({ name, setUp, linked }: UnlockFacts): Reply {
  if (!setUp) return say("unlock.doneNotSetUp", { name });
  return say(linked ? "unlock.done" : "unlock.doneNoChat", { name });
}

/** What became of the student's set-up pause: lifted, or in force and only an admin may lift it (until when). */
export interface SetupPauseLift {
  lifted: boolean;
  adminOnlyUntil: number | null;
}

/**
 * The set-up pause for the student's ID (or, by an admin, a staff member's: unlock-staff.ts), after
 * LINK_MAX_FAILURES wrong passwords within the window, lifted if it is in force. Wrong passwords short of a pause are left to count, so that an /unlock never gives anyone
 * more tries at the directory than the cap without a pause to lift. A teacher lifts one student's pause at
 * most once within the "pause-lifts" window (a day): else a rogue one could guess the student's password 3
 * at a time without end. Her lift is counted before it is made, in the store, so two at once (from two
 * replicas) cannot both go. Admins are not capped; every lift is alerted.
 */
export async function liftSetupPause(
  ctx: FlowContext,
  actor: Person,
  studentId: string,
): Promise<SetupPauseLift> {
  const { limits } = ctx.deps;
  const pausedUntil = await limits.blockedUntil("link", studentId, ctx.now);
  if (pausedUntil === null) return { lifted: false, adminOnlyUntil: null };
  const subject = pauseLiftSubject(studentId, actor.id);
  const paid = actor.role === "admin" ? null : await limits.reserveAttempt(ctx, "pause-lifts", subject);
  if (paid !== null && paid.blocked !== null) return { lifted: false, adminOnlyUntil: pausedUntil };
  const lifted = (await limits.clear("link", studentId, ctx.now)).blocked;
  // The pause ended meanwhile: nothing was lifted, so her lift is not used up.
  if (!lifted && paid !== null) await limits.forget("pause-lifts", subject, paid.failure);
  return { lifted, adminOnlyUntil: null };
}

/** A teacher's second lift within the window: only an admin may, and the pause ends by itself at `until`. */
function setupPauseAdminOnly(ctx: FlowContext, student: Person, until: number): Reply {
  return say("unlock.setupPauseAdminOnly", {
    name: student.name,
    hours: liftWindowHours(ctx),
    minutes: minutesUntil(until, ctx.now),
  });
}

/** The window of a teacher's one lift of a student's pause or lockout, in hours (24 by default). */
function liftWindowHours(ctx: FlowContext): number {
  return Math.round(ctx.deps.limits.rules["pause-lifts"].windowMs / HOUR);
}

/** What became of the student's directory lockout: lifted, or in force and only an admin may lift it now. */
interface DirectoryLockLift {
  lifted: boolean;
  adminOnly: boolean;
}

/**
 * The directory's lockout of the student after too many wrong passwords (at the school's own login: a
 * classroom PC, the portal), lifted if there is one. Each lift gives whoever is guessing the directory's
 * whole threshold of wrong passwords again, so a teacher lifts one student's at most once within the
 * "pause-lifts" window (a day), as the set-up pause: else a rogue one could guess at a classroom PC and
 * /unlock after each lockout without end. Her lift is counted only when there is a lockout (an /unlock that
 * finds none uses nothing up), before it is made, in the store, so two at once (from two replicas) cannot
 * both go. Admins are not capped; every lift is alerted. A guided reset still gets the pupil in: a new
 * password lifts the lockout with it.
 */
async function liftDirectoryLock(
  ctx: FlowContext,
  actor: Person,
  studentId: string,
): Promise<DirectoryLockLift> {
  const { directory, limits } = ctx.deps;
  if (actor.role === "admin") return { lifted: await unlockAndTell(ctx, actor, studentId), adminOnly: false };
  if (!(await directory.lockedOut(studentId))) return { lifted: false, adminOnly: false };
  const subject = lockLiftSubject(studentId, actor.id);
  const paid = await limits.reserveAttempt(ctx, "pause-lifts", subject);
  if (paid.blocked !== null) return { lifted: false, adminOnly: true };
  let lifted: boolean;
  try {
    lifted = await unlockAndTell(ctx, actor, studentId);
  } catch (error) {
    await afterUnansweredUnlock(ctx, actor, studentId, () =>
      limits.forget("pause-lifts", subject, paid.failure),
    );
    throw error;
  }
  // The lockout ended meanwhile (an admin, a new password): nothing was lifted, so her lift is not used up
  // (she is not told "you already did" when she did not).
  if (!lifted) await limits.forget("pause-lifts", subject, paid.failure);
  return { lifted, adminOnly: false };
}

/**
 * The directory's unlock failed or did not answer (a timeout): its modify may have been made. Her lift is
 * given back only when the directory says the lockout is still there; when it is gone (or the directory
 * cannot say), it may be her unlock that lifted it, so the lift stays used and the admins hear of it as of
 * any lift. Nothing here replaces the directory's error, which the caller throws on.
 */
async function afterUnansweredUnlock(
  ctx: FlowContext,
  actor: Person,
  studentId: string,
  giveBack: () => Promise<unknown>,
): Promise<void> {
  let stillLocked: boolean | null = null;
  try {
    stillLocked = await ctx.deps.directory.lockedOut(studentId);
  } catch {
    // Still not answering: whether the unlock was made is unknown.
  }
  if (stillLocked === true) {
    try {
      await giveBack();
    } catch (error) {
      ctx.deps.logger.warn({ err: error, subject: studentId }, "could not give back a teacher's unlock");
    }
    return;
  }
  raiseLockLifted(ctx, actor, studentId);
}

/**
 * The directory's unlock, and the admins' alert as soon as it lifted a lockout: Redis failing at the
 * unlock's next steps (its audit) must not leave a lifted lockout untold.
 */
async function unlockAndTell(ctx: FlowContext, actor: Person, studentId: string): Promise<boolean> {
  const lifted = await ctx.deps.directory.unlock(studentId);
  if (lifted) raiseLockLifted(ctx, actor, studentId);
  return lifted;
}

function raiseLockLifted(ctx: FlowContext, actor: Person, studentId: string): void {
  ctx.deps.alerts.raise({
    kind: "directory-lock-lifted",
    subject: studentId,
    details: { by: actor.id, byRole: actor.role === "admin" ? "admin" : "teacher" },
  });
}
