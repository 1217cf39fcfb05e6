import { z } from "zod";
import { audit } from "../../audit.js";
import type { GuidedActorRole } from "../../ports/alerts.js";
import type { Person } from "../../ports/directory.js";
import { pauseLiftSubject } from "../../ports/limit-counters.js";
import type { Reply } from "../../messages.js";
import { end, minutesUntil, say, stay, type FlowContext, type Transition } from "../flow.js";
import { defineStep, type Step } from "../define-step.js";
import { personId } from "../state-fields.js";
import { notifyQuietly } from "../notify-quietly.js";
import { startGuided } from "./guided-reset-flow.js";
import { auditExport } from "./audit-export.js";
import { auditReport, coverageReport, statsReport } from "./reports.js";
import { mayViewClass, resolveStudent, staffActor } from "./staff-access.js";
import { MAX_ID_LENGTH, typedText } from "../typed-id.js";
import { typedChat, unlockChat } from "./unlock-chat.js";
import { SETUP_PAUSE_LIFTED_ALREADY, unlockNote, unlockParts, type UnlockPart } from "./unlock-note.js";

const HOUR = 60 * 60_000;

/** The commands of teachers (and admins), and the admins' own. */
export const TEACHER_COMMANDS = ["guided", "unlock", "clearanswers", "coverage"] as const;
export const ADMIN_COMMANDS = ["audit", "stats", "export"] as const;
export type StaffCommand = (typeof TEACHER_COMMANDS)[number] | (typeof ADMIN_COMMANDS)[number];

type StudentAction = "guided" | "unlock" | "clear";

/**
 * Runs a teacher's or admin's command, e.g. "/unlock S1001". Without the id or class it asks for it.
 * Anyone else is told the command is for staff; a teacher naming another class's student is refused.
 */
export async function runStaffCommand(
  ctx: FlowContext,
  command: StaffCommand,
  typedArgument: string,
): Promise<Transition> {
  // An argument of only invisible marks ("/guided " and a zero-width space) is none: the bot asks for the ID.
  const argument = typedText(typedArgument);
  const actor = await staffActor(ctx);
  if (actor === null) return end(say("staff.onlyStaff"));
  const refused = await refusedToTeachers(ctx, actor, command);
  if (refused !== null) return refused;
  // "/unlock telegram:201": a chat's pause, not a student's (admins only).
  const chat = command === "unlock" ? typedChat(argument) : null;
  if (chat !== null) return unlockChat(ctx, actor, chat);
  switch (command) {
    case "guided":
    case "unlock":
      return argument === ""
        ? { next: { name: "staff.student", action: command } }
        : actOn(ctx, actor, command, argument);
    case "clearanswers":
      return argument === ""
        ? { next: { name: "staff.student", action: "clear" } }
        : actOn(ctx, actor, "clear", argument);
    case "coverage":
      return coverage(ctx, actor, argument);
    case "audit":
      return argument === ""
        ? { next: { name: "staff.student", action: "audit" } }
        : end(...(await auditReport(ctx, argument)));
    case "stats":
      return end({ text: await statsReport(ctx) });
    case "export":
      return end(await auditExport(ctx, actor.id, argument));
  }
}

/** The person a command without an id is about, asked for: a student to act on, or anyone's audit record. */
const staffStudentState = z.object({
  name: z.literal("staff.student"),
  action: z.enum(["guided", "unlock", "clear", "audit"]),
});
export const staffStudentStep: Step<typeof staffStudentState> = defineStep({
  state: staffStudentState,
  input: "text",
  role: "staff",
  secret: false,
  prompt: (_ctx, state) => say(state.action === "audit" ? "staff.askPerson" : "staff.askStudent"),
  async handle(ctx, state, input, actor) {
    // No letter or digit (an empty line, an emoji) is no ID: said from the input alone, nothing looked up.
    if (!/[\p{L}\p{N}]/u.test(input.text)) return stay(state, say("staff.emptyStudent"));
    const chat = state.action === "unlock" ? typedChat(input.text) : null;
    if (chat !== null) return unlockChat(ctx, actor, chat);
    if (state.action !== "audit") return actOn(ctx, actor, state.action, input.text);
    // The actor is read afresh at every step: an admin made a teacher meanwhile may no longer look.
    return (await refusedToTeachers(ctx, actor, "audit")) ?? end(...(await auditReport(ctx, input.text)));
  },
});

/** An admins' command asked for by a teacher: refused, and audited. Null when the actor may run it. */
async function refusedToTeachers(
  ctx: FlowContext,
  actor: Person,
  command: StaffCommand,
): Promise<Transition | null> {
  if (!(ADMIN_COMMANDS as readonly string[]).includes(command) || actor.role === "admin") return null;
  await audit(ctx, "staff-refused", "-", "refused", command, actor.id);
  return end(say("staff.onlyAdmins"));
}

const clearConfirmState = z.object({
  name: z.literal("clear.confirm"),
  studentId: personId,
  studentName: z.string(),
});
export const clearConfirmStep: Step<typeof clearConfirmState> = defineStep({
  state: clearConfirmState,
  input: "choice",
  role: "staff",
  secret: false,
  prompt: (_ctx, state) => ({
    ...say("clear.confirm", { name: state.studentName }),
    choices: [
      { id: "yes", label: { key: "clear.yes" } },
      { id: "cancel", label: { key: "common.cancel" } },
    ],
  }),
  async handle(ctx, state, input, actor) {
    if (input.value === "cancel") return end(say("chat.cancelled"));
    if (input.value !== "yes") return stay(state, say("input.useButtons"));
    const access = await resolveStudent(ctx, actor, state.studentId, "clear answers");
    if (!access.ok) return end(access.refusal);
    const cleared = await ctx.deps.store.clearEnrolment(state.studentId);
    if (!cleared) return end(say("clear.nothing", { name: state.studentName }));
    await audit(ctx, "answers-cleared", access.student.id, "ok", undefined, actor.id);
    const chat = await ctx.deps.store.linkedChat(access.student.id);
    if (chat !== null) await notifyQuietly(ctx, chat, say("notice.answersCleared"));
    return end(say("clear.done", { name: state.studentName }));
  },
});

const coverageClassState = z.object({ name: z.literal("coverage.class"), classes: z.array(z.string()) });
export const coverageClassStep: Step<typeof coverageClassState> = defineStep({
  state: coverageClassState,
  input: "text-or-choice",
  role: "staff",
  secret: false,
  prompt: (_ctx, state) => ({
    ...say("coverage.askClass"),
    choices: state.classes.map((c) => ({ id: c, label: { key: "question", params: { question: c } } })),
  }),
  async handle(ctx, state, input, actor) {
    return coverage(ctx, actor, input.kind === "text" ? input.text : input.value);
  },
});

/** Teachers and admins: `studentId` and `studentName` are the directory's; the actor is read afresh each step. */
export const staffSteps = [staffStudentStep, clearConfirmStep, coverageClassStep] as const;

async function actOn(
  ctx: FlowContext,
  actor: Person,
  action: StudentAction,
  typedId: string,
): Promise<Transition> {
  const access = await resolveStudent(ctx, actor, typedId, action);
  if (!access.ok) {
    // A mistyped ID ("s1o01") is asked for again, at the same prompt, in words that say to check it.
    const { refusal, typeAgain } = access;
    return typeAgain === null ? end(refusal) : { next: { name: "staff.student", action }, say: [typeAgain] };
  }
  const { student } = access;
  switch (action) {
    case "guided":
      return startGuided(ctx, student);
    case "clear":
      // Nothing to confirm when there is nothing to clear (checked again when confirmed).
      if ((await ctx.deps.store.getEnrolment(student.id)) === null)
        return end(say("clear.nothing", { name: student.name }));
      return { next: { name: "clear.confirm", studentId: student.id, studentName: student.name } };
    case "unlock":
      return unlock(ctx, actor, student);
  }
}

/**
 * Lifts the bot's suspension, the directory's lockout and the set-up pause for the student's ID (3 wrong
 * passwords, which anyone can type for a classmate's ID, again every hour), and says which there was. A
 * lockout means many wrong passwords at the school's login, and each set-up pause lifted lets 3 more
 * passwords reach the directory: someone may be guessing it, so the admins hear who lifted either.
 */
async function unlock(ctx: FlowContext, actor: Person, student: Person): Promise<Transition> {
  const cleared = await ctx.deps.limits.clear("student", student.id, ctx.now);
  const wasSuspended = cleared.blocked;
  const lockLifted = await ctx.deps.directory.unlock(student.id);
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
  const outcome = wasSuspended || lockLifted ? "ok" : "info";
  await audit(ctx, "unlock", student.id, outcome, unlockNote(lifted), actor.id);
  const byRole: GuidedActorRole = actor.role === "admin" ? "admin" : "teacher";
  if (lockLifted)
    ctx.deps.alerts.raise({
      kind: "directory-lock-lifted",
      subject: student.id,
      details: { by: actor.id, byRole },
    });
  if (setupPause.lifted)
    ctx.deps.alerts.raise({
      kind: "setup-pause-lifted",
      subject: student.id,
      details: { by: actor.id, byRole },
    });
  // A teacher's second lift of the pause: refused, as an attempt (she can repeat it at will).
  const adminOnly: Reply[] = [];
  if (setupPause.adminOnlyUntil !== null) {
    await audit(ctx, "staff-refused", student.id, "refused", SETUP_PAUSE_LIFTED_ALREADY, actor.id);
    adminOnly.push(setupPauseAdminOnly(ctx, student, setupPause.adminOnlyUntil));
    if (lifted.length === 0) return end(...adminOnly);
  }
  // With no answers on record (cleared, say) there is nothing to reset with yet; with answers but no linked
  // chat (a /logout, a lost phone's guided reset) /reset works nowhere until /setup again.
  const setUp = (await ctx.deps.store.getEnrolment(student.id)) !== null;
  const linked = setUp && (await ctx.deps.store.linkedChat(student.id)) !== null;
  const facts: UnlockFacts = { name: student.name, failures: cleared.failures, setUp, linked };
  const reply =
    lifted.length === 0
      ? [say("unlock.nothingToLift", { name: student.name })]
      : [...lifted.flatMap((part, i) => unlockReply(part, i === 0, facts)), ...adminOnly];
  // A lifted suspension's words say whether they must set up first; otherwise a line of its own does.
  if (wasSuspended || linked) return end(...reply);
  return end(...reply, say(setUp ? "unlock.setupFirstNoChat" : "unlock.setupFirstNotSetUp"));
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
      return [say("unlock.failuresCleared", { name, count: facts.failures })];
    case "set-up pause":
      return [say(first ? "unlock.setupPauseLifted" : "unlock.alsoSetupPauseLifted", { name })];
  }
}

/** "Done!", and whether the student can reset by themselves now or must /setup first. */
function suspensionLifted({ name, setUp, linked }: UnlockFacts): Reply {
  if (!setUp) return say("unlock.doneNotSetUp", { name });
  return say(linked ? "unlock.done" : "unlock.doneNoChat", { name });
}

/** What became of the student's set-up pause: lifted, or in force and only an admin may lift it (until when). */
interface SetupPauseLift {
  lifted: boolean;
  adminOnlyUntil: number | null;
}

/**
 * The set-up pause for the student's ID (LINK_MAX_FAILURES wrong passwords within the window), lifted if
 * it is in force. Wrong passwords short of a pause are left to count, so that an /unlock never gives anyone
 * more tries at the directory than the cap without a pause to lift. A teacher lifts one student's pause at
 * most once within the "pause-lifts" window (a day): else a rogue one could guess the student's password 3
 * at a time without end. Her lift is counted before it is made, in the store, so two at once (from two
 * replicas) cannot both go. Admins are not capped; every lift is alerted.
 */
async function liftSetupPause(ctx: FlowContext, actor: Person, studentId: string): Promise<SetupPauseLift> {
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
  const hours = Math.round(ctx.deps.limits.rules["pause-lifts"].windowMs / HOUR);
  return say("unlock.setupPauseAdminOnly", {
    name: student.name,
    hours,
    minutes: minutesUntil(until, ctx.now),
  });
}

async function coverage(ctx: FlowContext, actor: Person, typedClass: string): Promise<Transition> {
  const wanted = typedText(typedClass);
  if (wanted === "") {
    const classes = actor.role === "admin" ? await ctx.deps.directory.listClasses() : actor.classes;
    if (classes.length === 0) return end(say("coverage.noClasses"));
    if (classes.length === 1) return end({ text: await coverageReport(ctx, classes[0]!) });
    return { next: { name: "coverage.class", classes } };
  }
  if (!mayViewClass(actor, wanted)) {
    await audit(ctx, "staff-refused", `class:${wanted}`, "refused", "coverage", actor.id);
    return end(say("staff.notYourClass"));
  }
  // The class as the directory spells it ("4a" is 4A); an admin naming none is told which there are.
  const classes = actor.role === "admin" ? await ctx.deps.directory.listClasses() : actor.classes;
  const known = classes.find((c) => c.toLowerCase() === wanted.toLowerCase());
  if (known === undefined) {
    if (classes.length === 0) return end(say("coverage.noClasses"));
    const typed = wanted.slice(0, MAX_ID_LENGTH);
    return end(say("coverage.noSuchClass", { class: typed, classes: classes.join(", ") }));
  }
  return end({ text: await coverageReport(ctx, known) });
}
