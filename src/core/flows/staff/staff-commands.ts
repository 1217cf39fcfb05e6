import { z } from "zod";
import { audit } from "../../audit.js";
import { classSubject } from "../../class-subject.js";
import type { Person } from "../../ports/directory.js";
import type { Reply } from "../../messages.js";
import type { MessageKey } from "../../i18n/en.js";
import { disappearsIn } from "../../i18n/disappears-in.js";
import { end, endDeclined, say, stay, type FlowContext, type Transition } from "../flow.js";
import { defineStep, type Step } from "../define-step.js";
import { personId } from "../state-fields.js";
import { notifyQuietly } from "../notify-quietly.js";
import { yesOrNoAs } from "../../yes-or-no.js";
import { startGuided } from "./guided-reset-flow.js";
import { auditExport } from "./audit-export.js";
import { auditReport, coverageReport, statsReport } from "./reports.js";
import { hasNoClasses, resolveStudent, schoolClassList, staffOfChat } from "./staff-access.js";
import { ADMIN_COMMANDS, type StaffCommand } from "./staff-command-names.js";
import { staffPasswordDue } from "./staff-password-again.js";
import { askStaffPassword } from "./staff-step-up.js";
import { ANSWERS_CHANGED_MEANWHILE, clearAnswersShown } from "./clear-answers.js";
import { looksLikePassword } from "../../looks-like-password.js";
import { idBeforePassword, idMatchKey, MAX_ID_LENGTH, typedText, typedUserId } from "../typed-id.js";
import { ownStudentWithId } from "./own-class-lists.js";
import { ownStudentNamed } from "./named-in-own-classes.js";
import { classAfterWord, classNamed, resolveClass } from "./typed-class.js";
import { classSmallTalk, staffSmallTalk } from "./small-talk.js";
import { typedChat, unlockChat } from "./unlock-chat.js";
import { unlockStaffPause } from "./unlock-staff.js";
import { unlockStudent } from "./unlock-student.js";
import { notStaffHere } from "./not-staff-here.js";
import { classShaped, noSuchClass, notYourClass } from "./unknown-class.js";

type StudentAction = "guided" | "unlock" | "clear";

/**
 * Runs a teacher's or admin's command, e.g. "/unlock S1001". Without the id or class it asks for it. When
 * nobody linked to this chat is staff, only what to tell the chat (`notStaff`: the caller says it and lets an
 * open dialog go on); a teacher naming
 * another class's student is refused. On a chat also linked to a student (a family phone) the staff
 * member's own password is asked for first; on a chat linked only to staff, when it was last typed there
 * more than STAFF_PASSWORD_AGAIN_MINUTES ago.
 */
export async function runStaffCommand(
  ctx: FlowContext,
  command: StaffCommand,
  typedArgument: string,
): Promise<Transition | { notStaff: Reply }> {
  const { actor, sharedWithStudent, gone } = await staffOfChat(ctx);
  if (actor === null) return { notStaff: await notStaffHere(ctx, gone) };
  if (sharedWithStudent) return askStaffPassword(ctx, actor, command, typedArgument);
  // Her own phone, left unlocked: her password again once it is STAFF_PASSWORD_AGAIN_MINUTES old there.
  if (await staffPasswordDue(ctx, actor))
    return askStaffPassword(ctx, actor, command, typedArgument, "again");
  return runStaffCommandAs(ctx, actor, command, typedArgument);
}

/**
 * The command, run for `actor`: the staff account that acts for this chat, proven by the chat being hers
 * alone (and her password typed there recently), or by her password typed just now (see staff-step-up.ts).
 */
export async function runStaffCommandAs(
  ctx: FlowContext,
  actor: Person,
  command: StaffCommand,
  typedArgument: string,
): Promise<Transition> {
  // An argument of only invisible marks ("/guided " and a zero-width space) is none: the bot asks for the ID.
  const argument = typedText(typedArgument);
  const refused = await refusedToTeachers(ctx, actor, command);
  if (refused !== null) return refused;
  // "/unlock telegram:201": a chat's pause, not a student's (admins only).
  const chat = command === "unlock" ? typedChat(argument) : null;
  if (chat !== null) return unlockChat(ctx, actor, chat);
  const action = STUDENT_ACTIONS[command];
  // "/guided hi", "/unlock thanks": no one's ID, so hello back (or you're welcome) and "Which student?".
  const smallTalk =
    action !== undefined && argument !== "" ? await staffSmallTalk(ctx, actor, argument) : null;
  // "/guided S1001 Teach-Four-A-2026", as on a login screen: taken as one ID, it was refused as "not your
  // student" even for her own. Read from the text alone, the same for every ID; the engine deletes the line.
  // A teacher in no class is told so before "Which student?", which no ID could answer.
  const noId = argument === "" || smallTalk !== null;
  if (action !== undefined && action !== "audit" && noId && hasNoClasses(actor))
    return end(say("staff.noClassesToHelp"));
  if (action !== undefined && smallTalk !== null) return { next: askFor(actor, action), say: [smallTalk] };
  if (action !== undefined && idBeforePassword(argument) !== null)
    return { next: askFor(actor, action), say: [idWithPasswordWords(action, argument, true)] };
  switch (command) {
    case "guided":
    case "unlock":
      return argument === "" ? { next: askFor(actor, command) } : actOn(ctx, actor, command, argument);
    case "clearanswers":
      return argument === "" ? { next: askFor(actor, "clear") } : actOn(ctx, actor, "clear", argument);
    case "coverage":
      return coverage(ctx, actor, argument);
    case "audit": {
      if (argument === "") return { next: askFor(actor, "audit") };
      const audited = await auditReport(ctx, argument);
      // "/audit 4A": a class, not a person's ID, is asked again at "Whose record?", as "/guided 4A" is; so
      // is "/audit <her password>".
      if (audited.askAgain === true && audited.typeAgain !== null)
        return { next: askFor(actor, "audit"), say: [audited.typeAgain] };
      return report(ctx, ...audited.replies);
    }
    case "stats":
      return end({ text: await statsReport(ctx) });
    case "export":
      // The whole school's record, as a file a phone keeps: never to a phone a child holds too.
      if (await ctx.deps.store.wasSharedWithStudent(ctx.chat))
        return end(say("staff.exportNotOnSharedPhone"));
      return end(await auditExport(ctx, actor.id, argument));
  }
}

/**
 * What a word and a password on one line get (deleted; read from the text alone): "type only the user ID".
 * At /audit, whose "class 4A" names a class, "class <password>" is no user ID with a password but a password
 * alone: said as /audit says it of a password (not looked up or kept; change it if it was hers).
 * `withCommand`: typed after the command, where the deletion is told in the same words.
 */
function idWithPasswordWords(action: StudentAction | "audit", typed: string, withCommand: boolean): Reply {
  if (action === "audit" && classAfterWord(typedText(typed)) !== null) return say("staff.passwordNotKept");
  return say(withCommand ? "staff.idWithPassword" : "staff.idOnly");
}

/** The commands that name a person, and what the "Which student?" (or "Whose record?") step does with her. */
const STUDENT_ACTIONS: Partial<Record<StaffCommand, StudentAction | "audit">> = {
  guided: "guided",
  unlock: "unlock",
  clearanswers: "clear",
  audit: "audit",
};

/** The person a command without an id is about, asked for: a student to act on, or anyone's audit record. */
const staffStudentState = z.object({
  name: z.literal("staff.student"),
  action: z.enum(["guided", "unlock", "clear", "audit"]),
  // An admin's /unlock, which also takes a staff ID or a chat: asked for in words that say so.
  byAdmin: z.boolean().optional(),
});

/** The "Which student?" step for `action`, as `actor` is asked it. */
function askFor(actor: Person, action: StudentAction | "audit"): z.output<typeof staffStudentState> {
  const byAdmin = action === "unlock" && actor.role === "admin";
  return { name: "staff.student", action, ...(byAdmin ? { byAdmin } : {}) };
}

/** "Whose record?" for /audit; for an admin's /unlock, a user ID or a chat; else "Which student?". */
function promptFor(state: z.output<typeof staffStudentState>): MessageKey {
  if (state.action === "audit") return "staff.askPerson";
  return state.byAdmin === true ? "staff.askUnlock" : "staff.askStudent";
}
export const staffStudentStep: Step<typeof staffStudentState> = defineStep({
  state: staffStudentState,
  input: "text",
  role: "staff",
  secret: false,
  prompt: (_ctx, state) => say(promptFor(state)),
  async handle(ctx, state, input, actor) {
    // No letter or digit (an empty line, an emoji) is no ID: said from the input alone, nothing looked up.
    if (!/[\p{L}\p{N}]/u.test(input.text)) return stay(state, say("staff.emptyStudent"));
    // "Hello" or "thanks" (你好, நன்றி): greeted back (or you're welcome) and asked again, no probe to audit.
    const smallTalk = await staffSmallTalk(ctx, actor, input.text);
    if (smallTalk !== null) return stay(state, smallTalk);
    // Her ID and password on one line: the engine deleted it and said so.
    if (idBeforePassword(input.text) !== null)
      return stay(state, idWithPasswordWords(state.action, input.text, false));
    const chat = state.action === "unlock" ? typedChat(input.text) : null;
    if (chat !== null) return unlockChat(ctx, actor, chat);
    if (state.action !== "audit") return actOn(ctx, actor, state.action, input.text);
    // The actor is read afresh at every step: an admin made a teacher meanwhile may no longer look.
    const refused = await refusedToTeachers(ctx, actor, "audit");
    if (refused !== null) return refused;
    // No one's ID (two IDs, a name, a typo): asked again, as "Which student?" asks.
    const { replies, typeAgain } = await auditReport(ctx, input.text);
    return typeAgain === null ? report(ctx, ...replies) : stay(state, typeAgain);
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

/**
 * One word with letters and digits ("S1002"), as short as a user ID: another student's ID,
 * maybe, typed at "Go ahead?". Not a password (deleted, and never said back as an ID), nor a number.
 */
function looksLikeOneId(typed: string): boolean {
  return (
    typed.length <= MAX_ID_LENGTH &&
    /^[\p{L}\p{N}._@-]+$/u.test(typed) &&
    /\p{L}/u.test(typed) &&
    /\p{N}/u.test(typed) &&
    !looksLikePassword(typed)
  );
}

const clearConfirmState = z.object({
  name: z.literal("clear.confirm"),
  studentId: personId,
  studentName: z.string(),
  /** When the answers the teacher was asked about were saved. Absent in states left by older code. */
  enrolledAt: z.number().optional(),
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
  // "Go ahead?" answered "yes" or "no": words, unlike a typed number, are never meant for another step.
  typedAsChoice: yesOrNoAs("yes", "cancel"),
  // A user ID typed here is no number: the student's own (typed again) is already what this is about;
  // another's is cleared with the command again. Told from the text alone, with nothing looked up.
  typedNotAChoice: (state, text) => {
    const id = typedUserId(text);
    if (id !== "" && idMatchKey(id) === idMatchKey(state.studentId))
      return say("clear.sameId", { name: state.studentName });
    return looksLikeOneId(id) ? say("clear.otherId", { name: state.studentName }) : null;
  },
  async handle(ctx, state, input, actor) {
    if (input.value === "cancel") return endDeclined(say("chat.cancelled"));
    if (input.value !== "yes") return stay(state, say("input.useButtons"));
    const access = await resolveStudent(ctx, actor, state.studentId, "clear answers");
    if (!access.ok) return end(access.refusal);
    const outcome = await clearAnswersShown(ctx, state.studentId, state.enrolledAt);
    if (outcome === "none") return end(say("clear.nothing", { name: state.studentName }));
    if (outcome === "changed") {
      await audit(ctx, "answers-cleared", access.student.id, "refused", ANSWERS_CHANGED_MEANWHILE, actor.id);
      return end(say("clear.changedMeanwhile", { name: state.studentName }));
    }
    await audit(ctx, "answers-cleared", access.student.id, "ok", undefined, actor.id);
    const chat = await ctx.deps.store.linkedChat(access.student.id);
    // By name: a family phone holds several children.
    if (chat !== null)
      await notifyQuietly(ctx, chat, say("notice.answersCleared", { name: access.student.name }));
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
    // "hi" or "thanks": hello back (or you're welcome) and the question again, with nothing refused.
    const smallTalk = input.kind === "text" ? classSmallTalk(input.text, state.classes) : null;
    if (smallTalk !== null) return stay(state, smallTalk);
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
  const access = await resolveStudent(ctx, actor, typedId, action, action === "unlock");
  if (!access.ok) {
    // A mistyped ID ("s1o01") is asked for again, at the same prompt, in words that say to check it.
    const { refusal, typeAgain } = access;
    return typeAgain === null ? end(refusal) : { next: askFor(actor, action), say: [typeAgain] };
  }
  const { student } = access;
  switch (action) {
    case "guided":
      return startGuided(ctx, student);
    case "clear": {
      // Nothing to confirm when there is nothing to clear (checked again when confirmed).
      const enrolment = await ctx.deps.store.getEnrolment(student.id);
      if (enrolment === null) return end(say("clear.nothing", { name: student.name }));
      const { enrolledAt } = enrolment;
      return {
        next: { name: "clear.confirm", studentId: student.id, studentName: student.name, enrolledAt },
      };
    }
    case "unlock":
      return student.role === "student"
        ? unlockStudent(ctx, actor, student)
        : unlockStaffPause(ctx, actor, student);
  }
}

/** A refused class the school does not have, as audited when what she typed is not shaped like a class. */
const NO_SUCH_CLASS = "?";

async function coverage(ctx: FlowContext, actor: Person, typedClass: string): Promise<Transition> {
  // The classes she may view (an admin's are a directory search, made once).
  const classes = await viewableClasses(ctx, actor);
  // "all" (or "both") from a teacher is each of her classes; an admin's every class is /stats.
  const typed = typedText(typedClass);
  const wanted = resolveClass(typed, classes, { all: actor.role === "teacher" });
  switch (wanted.kind) {
    case "none": {
      // A school's classes may look like passwords ("P5-Integrity"): one shaped like a class is a class.
      if (wanted.password === true) {
        const asClass = await classLikePassword(ctx, actor, typed, classes);
        if (asClass !== null) return asClass;
      }
      // Her password typed after /coverage or at "Which class?" (deleted): why, and to change it if it was
      // hers, as /unlock, /guided and /audit say; then what /coverage alone shows.
      const told = wanted.password === true ? [say("staff.passwordNotKept")] : [];
      if (classes.length === 0) return end(...told, say("coverage.noClasses"));
      if (classes.length === 1) return report(ctx, ...told, { text: await coverageReport(ctx, classes[0]!) });
      return { next: { name: "coverage.class", classes }, say: told };
    }
    case "all":
      return classes.length === 0 ? end(say("coverage.noClasses")) : reportEach(ctx, classes);
    case "one":
      return report(ctx, { text: await coverageReport(ctx, wanted.name) });
    case "several":
      return reportEach(ctx, wanted.names);
    case "unknown":
      return actor.role === "admin"
        ? end(noSuchClass(ctx, wanted.typed, classes))
        : refuseClass(ctx, actor, wanted.typed);
  }
}

/** A report for each of `classes`, in one answer. */
async function reportEach(ctx: FlowContext, classes: readonly string[]): Promise<Transition> {
  return report(
    ctx,
    ...(await Promise.all(classes.map(async (c) => ({ text: await coverageReport(ctx, c) })))),
  );
}

/**
 * Password-shaped text (`typed`) that is shaped like a class (see classShaped), the school's classes looking
 * like passwords ("P5-Integrity", or her "P4-Courage" mistyped "P4-Curage"): a class not hers, told so as any
 * other (refuseClass), or an admin's class the school does not have; never "That looks like a password".
 * Null for anything else, which may be her password. Only the school's class list is read: the text is sent
 * nowhere.
 */
async function classLikePassword(
  ctx: FlowContext,
  actor: Person,
  typed: string,
  classes: readonly string[],
): Promise<Transition | null> {
  if (actor.role === "admin")
    return classShaped(typed, classes) === null ? null : end(noSuchClass(ctx, typed, classes));
  if (classShaped(typed, classes) !== null) return refuseClass(ctx, actor, typed);
  const schoolClasses = (await schoolClassList(ctx)) ?? [];
  const named = classNamed(typed, schoolClasses) ?? classShaped(typed, schoolClasses);
  return named === null ? null : refuseClass(ctx, actor, typed);
}

/** A teacher naming a class not hers. */
async function refuseClass(ctx: FlowContext, actor: Person, typed: string): Promise<Transition> {
  // Her own pupil's ID ("/coverage S1001"): which class to type instead, and how to help that child. Told
  // from her class lists alone, so any other ID gets the refusal below; no probe, so nothing is audited.
  const own = await ownStudentWithId(ctx, actor, typedUserId(typed));
  if (own !== null)
    return end(say("coverage.studentNotClass", { id: own.id, name: own.name, class: own.className }));
  // Her own pupil's name ("/coverage Tan Wei Ling"), when one pupil of hers has it: the same, by name.
  const pupil = await ownStudentNamed(ctx, actor, typed);
  if (pupil !== null)
    return end(
      say("coverage.studentNameNotClass", { id: pupil.id, name: pupil.name, class: pupil.className }),
    );
  // Each refusal is filed in the stream and under her, up to 60 an hour. A class the school has is filed as
  // the directory spells it ("5 b" is 5B, so an admin's /audit 5B finds it); one it has not, as typed only
  // when shaped like the school's classes ("9Z"): anything else may be her password written as words
  // ("purple elephant dance 7"), which looksLikePassword lets pass, and it asked for no child's record anyway.
  const schoolClasses = (await schoolClassList(ctx)) ?? [];
  const filed = classNamed(typed, schoolClasses) ?? classShaped(typed, schoolClasses) ?? NO_SUCH_CLASS;
  await audit(ctx, "staff-refused", classSubject(filed), "refused", "coverage", actor.id);
  // A teacher with no class at all is told so, as /coverage alone tells her, not to type /coverage to see
  // classes she does not have. Said back as she typed it when shaped like her own classes: judged against
  // the school's, the words would tell her which shapes and lengths of class exist outside hers ("ABC1"
  // named back only because the school has a class SEN1), and whether it exists.
  const named = classShaped(typed, actor.classes);
  return end(hasNoClasses(actor) ? say("coverage.noClasses") : notYourClass(ctx, actor, named));
}

/**
 * A report (/coverage, /audit) ends the command. It names other children: their set-up, their records, the
 * chats linked to them. On a phone shared with a student (marked for good at the staff command, see
 * staffOfChat) it goes as a secret does, deleted after GENERATED_PASSWORD_DELETE_SECONDS or at her next
 * command, with a note saying so, so that the child does not find it in the chat's history later.
 */
async function report(ctx: FlowContext, ...replies: Reply[]): Promise<Transition> {
  if (!(await ctx.deps.store.wasSharedWithStudent(ctx.chat))) return end(...replies);
  const afterSeconds = ctx.deps.settings.password.generatedDeleteAfterSeconds;
  return end(
    ...replies.map((reply) => ({ ...reply, protect: { deleteAfterSeconds: afterSeconds } })),
    say("staff.reportDeletedLater", disappearsIn(afterSeconds)),
  );
}

/** The classes the actor may view: her own, or every class for an admin. */
function viewableClasses(ctx: FlowContext, actor: Person): Promise<string[]> {
  return actor.role === "admin" ? ctx.deps.directory.listClasses() : Promise.resolve(actor.classes);
}
