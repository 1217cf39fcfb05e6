import { audit, UNKNOWN_ID } from "../../audit.js";
import type { Person } from "../../ports/directory.js";
import type { Reply } from "../../messages.js";
import { say, type FlowContext } from "../flow.js";
import { MAX_ID_LENGTH, typedText, typedUserId } from "../typed-id.js";
import { classNamed } from "./typed-class.js";
import { otherClassNotStudent } from "./unknown-class.js";
import { sharedIdInOwnClasses, sharedIdNotice } from "./shared-id.js";
import { nameLookupNote, namedInOwnClasses } from "./named-in-own-classes.js";
import { listedInOwnClasses } from "./own-class-lists.js";
import { looksLikeName, looksLikeSeveralIds, mayBeFirstName } from "../../looks-like-name.js";
import { looksLikePassword } from "../../looks-like-password.js";
import { idsIn, passwordLikeWordsOf, passwordNotSchoolId } from "../school-id-shapes.js";

/**
 * Who may do what. Staff commands work only from a chat linked (with the password) to a teacher or admin
 * account; a staff account's role and classes are read from the directory at every step, so a change there
 * applies at once (a linked student is taken as read for a minute: see RecentStudents).
 */
export async function staffActor(ctx: FlowContext): Promise<StaffPerson | null> {
  return staffAmong(await peopleLinkedHere(ctx));
}

/**
 * The staff account that acts for this chat (staffActor), and the chat's links the directory no longer
 * gives (disabled or removed): when no staff account acts, what the chat is told depends on them
 * (notStaffHere), read from the same lookups.
 */
export async function staffActorOrGone(
  ctx: FlowContext,
): Promise<{ actor: StaffPerson | null; gone: string[] }> {
  const linked = await linkedHere(ctx);
  return { actor: staffAmong(known(linked)), gone: goneIds(linked) };
}

/**
 * The staff account that acts for this chat (see staffAmong), and whether anyone else is linked to it: a
 * student (a family phone, where the child may hold it), or a link the directory no longer knows (a student
 * IT disabled is still a child holding the phone).
 */
export async function staffOfChat(
  ctx: FlowContext,
): Promise<{ actor: StaffPerson | null; sharedWithStudent: boolean; gone: string[] }> {
  const linked = await linkedHere(ctx);
  const actor = staffAmong(known(linked));
  const gone = goneIds(linked);
  // A student linked here now, or once (her link moved away or was logged out): the phone is the family's.
  const studentHere = linked.some(({ person }) => person === null || person.role === "student");
  if (actor === null) return { actor, sharedWithStudent: studentHere, gone };
  // Marked at a staff command too: a family phone linked before the mark existed is remembered from now on.
  if (studentHere) await ctx.deps.store.markSharedWithStudent(ctx.chat);
  const sharedWithStudent = studentHere || (await ctx.deps.store.wasSharedWithStudent(ctx.chat));
  return { actor, sharedWithStudent, gone };
}

/** Everyone linked to this chat, as the directory knows them now (anyone it no longer knows left out). */
export async function peopleLinkedHere(ctx: FlowContext): Promise<Person[]> {
  return known(await linkedHere(ctx));
}

/** A link of this chat (its store id) as the directory knows it now: null for one it no longer knows. */
interface LinkHere {
  id: string;
  person: Person | null;
}

async function linkedHere(ctx: FlowContext): Promise<LinkHere[]> {
  const { recentStudents, directory } = ctx.deps;
  const ids = await ctx.deps.store.linkedPeople(ctx.chat);
  const people = await Promise.all(ids.map((id) => recentStudents.findPerson(directory, id)));
  return ids.map((id, i) => ({ id, person: people[i] ?? null }));
}

function known(linked: readonly LinkHere[]): Person[] {
  return linked.flatMap(({ person }) => (person === null ? [] : [person]));
}

function goneIds(linked: readonly LinkHere[]): string[] {
  return linked.filter(({ person }) => person === null).map(({ id }) => id);
}

/**
 * Which of a chat's links (store ids) are staff accounts as the directory says now: a family phone's limit
 * is about its students, and a teacher linked there takes no child's place.
 */
export async function staffIdsAmong(ctx: FlowContext, linked: readonly string[]): Promise<string[]> {
  const { recentStudents, directory } = ctx.deps;
  const people = await Promise.all(linked.map((id) => recentStudents.findPerson(directory, id)));
  return linked.filter((_, i) => people[i]?.role === "teacher" || people[i]?.role === "admin");
}

/**
 * The staff account that acts for a chat: a teacher's own phone may also be linked to her children, and of
 * two staff accounts on one chat the admin acts, who may do everything the teacher may.
 */
export function staffAmong(people: readonly Person[]): StaffPerson | null {
  const isStaff =
    (role: Person["role"]) =>
    (p: Person): p is StaffPerson =>
      p.role === role;
  return people.find(isStaff("admin")) ?? people.find(isStaff("teacher")) ?? null;
}

/** A teacher's or an admin's account. */
export type StaffPerson = Person & { role: "teacher" | "admin" };

/**
 * An admin may act on any student; a teacher only on students who share one of their classes. Nobody acts on
 * a staff account here: staff have no questions, and their passwords are IT's, in the directory.
 */
export function mayActOn(actor: Person, subject: Person): boolean {
  if (subject.role !== "student") return false;
  if (actor.role === "admin") return true;
  if (actor.role !== "teacher") return false;
  const own = new Set(actor.classes.map((c) => c.toLowerCase()));
  return subject.classes.some((c) => own.has(c.toLowerCase()));
}

export function mayViewClass(actor: Person, className: string): boolean {
  return actor.role === "admin" || actor.classes.some((c) => c.toLowerCase() === className.toLowerCase());
}

/**
 * A teacher the directory puts in no class: she can help no student until IT adds her to one. Told from her
 * own classes alone, so it says nothing about which IDs exist.
 */
export function hasNoClasses(actor: Person): boolean {
  return actor.role === "teacher" && actor.classes.length === 0;
}

/** Why a named person may not be acted on: the words, and those for when the ID is asked for again. */
export interface StudentRefusal {
  ok: false;
  /** The refusal where nothing follows it. */
  refusal: Reply;
  /**
   * The refusal where the "Which student?" prompt follows it, for an ID that may be mistyped: "check the
   * user ID and type it again". Null when typing it again cannot help (an admin naming a staff account, a
   * disabled student).
   */
  typeAgain: Reply | null;
}

/**
 * Finds the student a teacher or admin named and checks they may act on them. The refusal is the same for
 * an unknown id and another class's student, so a teacher cannot probe which ids exist (the one exception:
 * an id several directory entries share that her own class lists show her, which IT must fix); admins are
 * told when an id matches nobody, is one several directory entries share, or is a staff account (and where
 * staff accounts are looked after). A student she may act on whose account IT disabled
 * is no student to help here (findPerson does not give them), and she is told so and to ask IT; anyone
 * else's disabled account gets the words an unknown id gets.
 */
export async function resolveStudent(
  ctx: FlowContext,
  actor: Person,
  typedId: string,
  action: string,
  /** An admin naming a staff account gets it, not a refusal (her /unlock of that account's password pause). */
  staffForAdmins = false,
): Promise<{ ok: true; student: Person } | StudentRefusal> {
  const id = typedUserId(typedId);
  // An admin may name anyone: her text is judged against the shapes of the school's IDs instead.
  const notOwnPupils =
    actor.role === "teacher"
      ? await passwordNotOwnPupilsId(ctx, actor, id, typedId)
      : await passwordNotSchoolId(ctx, id, typedId);
  if (notOwnPupils === "yes") {
    // Her password, or one a pupil read out: never sent to the directory (whose server may log each search).
    await audit(ctx, "staff-refused", UNKNOWN_ID, "refused", action, actor.id);
    const notSearched = say("staff.passwordNotSearched");
    return { ok: false, refusal: notSearched, typeAgain: notSearched };
  }
  if (notOwnPupils === "unknown") {
    // A class list could not be read: maybe her pupil's ID, maybe a password. Not searched; the list is
    // asked again when she types it again.
    const tryAgain = say("error.staffDirectoryDown");
    return { ok: false, refusal: tryAgain, typeAgain: tryAgain };
  }
  const account = id === "" || id.length > MAX_ID_LENGTH ? null : await ctx.deps.directory.findAccount(id);
  if (account?.disabled === true && mayActOn(actor, account)) {
    await audit(ctx, "staff-refused", account.id, "refused", action, actor.id);
    // The ID is right: typing it again cannot help.
    return { ok: false, refusal: disabledStudent(actor, account), typeAgain: null };
  }
  const student = account?.disabled === true ? null : account;
  if (student !== null && mayActOn(actor, student)) return { ok: true, student };
  if (student === null && actor.role === "admin") {
    // An id several entries share is right, and typing it again cannot help: only IT can fix it.
    const shared = account === null ? await sharedIdNotice(ctx, id) : null;
    if (shared !== null) return { ok: false, refusal: shared, typeAgain: null };
    // A class typed for a student ("/guided 4A"): an admin may see every class, so naming it tells her nothing.
    const schoolClass = account === null ? await schoolClassNamed(ctx, typedText(typedId)) : undefined;
    if (schoolClass !== undefined) {
      const classNotStudent = say("staff.classNotStudent", { class: schoolClass });
      return { ok: false, refusal: classNotStudent, typeAgain: classNotStudent };
    }
    const nobody = say("staff.noSuchPerson");
    // "aisha": admins are not shown names (they may act on anyone), so she is told what to type instead.
    const firstName = mayBeFirstName(id)
      ? say("staff.noSuchPersonNotName", { hint: ctx.deps.settings.loginHint })
      : null;
    const typeAgain = typeAgainFor(id) ?? firstName ?? say("staff.noSuchPersonTypeAgain");
    return { ok: false, refusal: nobody, typeAgain };
  }
  if (student !== null && student.role !== "student" && actor.role === "admin") {
    if (staffForAdmins) return { ok: true, student };
    await audit(ctx, "staff-refused", student.id, "refused", action, actor.id);
    return { ok: false, refusal: say("staff.staffAccount", { name: student.name }), typeAgain: null };
  }
  // Her own class typed for a student ("/guided 4A"): told from the text and her classes alone, so it says
  // nothing about which IDs exist, and it is no probe to audit.
  const ownClass = actor.role === "teacher" ? classNamed(typedText(typedId), actor.classes) : undefined;
  if (ownClass !== undefined) {
    const classNotStudent = say("staff.classNotStudent", { class: ownClass });
    return { ok: false, refusal: classNotStudent, typeAgain: classNotStudent };
  }
  // Only a teacher is refused here: her class lists are read for every id, found or not (same work for all).
  const shared = actor.role === "teacher" ? await sharedIdInOwnClasses(ctx, actor, id) : null;
  // Her own pupil's name typed for the ID ("Aisha"): whose ID it is, from the lists /coverage shows her. The
  // same when the words are also another class's ID (a school whose IDs are words, "kumar"): the answer must
  // not tell her that such an ID exists (its audit, for admins only, still names that account).
  const named =
    actor.role === "teacher" && !(account === null && shared !== null)
      ? await namedInOwnClasses(ctx, actor, id)
      : null;
  if (named !== null && student === null) {
    // A lookup, not a refusal or a probe; the typed name is a child's, not copied: how many matched is enough.
    await audit(ctx, "staff-refused", "-", "info", nameLookupNote(named.matched, action), actor.id);
  } else {
    await audit(ctx, "staff-refused", student?.id ?? UNKNOWN_ID, "refused", action, actor.id);
  }
  if (account === null && shared !== null) return { ok: false, refusal: shared, typeAgain: null };
  if (named !== null) return { ok: false, refusal: named.reply, typeAgain: named.reply };
  // In no class (a substitute IT has not yet added), no ID can be hers: typing one again cannot help.
  if (hasNoClasses(actor)) return { ok: false, refusal: say("staff.noClassesToHelp"), typeAgain: null };
  return {
    ok: false,
    refusal: say("staff.notYourStudent"),
    typeAgain:
      typeAgainFor(id) ??
      (actor.role === "teacher" ? await otherClassNotStudent(ctx, actor, typedText(typedId)) : null) ??
      say("staff.notYourStudentTypeAgain"),
  };
}

/**
 * Whether a teacher typed a password (her own, or one a pupil read out) for a student's ID: a word that
 * looks like one, of `id` or of the text as she typed it (passwordLikeWordsOf), that no pupil of her own
 * classes has as an ID (several IDs typed as one word, "S1001,S1002": each of them); "unknown" when none of
 * her lists that could be read has it and one could not be read. Told from the text and her own class lists
 * alone, so it says nothing about IDs outside her classes. An admin may name anyone: see passwordNotSchoolId.
 */
async function passwordNotOwnPupilsId(
  ctx: FlowContext,
  teacher: Person,
  id: string,
  asTyped: string,
): Promise<"yes" | "no" | "unknown"> {
  const ids = passwordLikeWordsOf(id, asTyped).flatMap(idsIn);
  const listed = await Promise.all(ids.map((one) => listedInOwnClasses(ctx, teacher, one)));
  if (listed.every((one) => one === "listed")) return "no";
  return listed.includes("unknown") ? "unknown" : "yes";
}

/**
 * What to type instead, when the text itself says it is no user ID (a name, several IDs at once, a password
 * a student read out): told from the text alone, the same whoever the words or IDs are. Null for anything
 * else. Only for an ID that is nobody the actor may act on: a user ID that looks like a password comes first.
 */
function typeAgainFor(id: string): Reply | null {
  // "S1001,S1002" looks like a password too: several IDs first.
  if (looksLikeSeveralIds(id)) return say("staff.oneStudentAtATime");
  if (looksLikePassword(id)) return say("staff.passwordNotId");
  return looksLikeName(id) ? say("staff.typeIdNotName") : null;
}

/**
 * The refusal for a student the actor may act on, but whose account is disabled in the directory. A teacher
 * is told to ask IT; an admin is IT, and turns it back on herself.
 */
export function disabledStudent(actor: Person, student: Person): Reply {
  const key = actor.role === "admin" ? "staff.studentDisabledForAdmins" : "staff.studentDisabled";
  return say(key, { name: student.name });
}

/** The class of the school's (as the directory lists them) that `typed` names, as /coverage reads it. */
export async function schoolClassNamed(ctx: FlowContext, typed: string): Promise<string | undefined> {
  return classNamed(typed, (await schoolClassList(ctx)) ?? []);
}

/**
 * The school's classes, as the directory lists them; null when it cannot give them just then (down, its
 * size limit), which is no school without classes: whoever tells of a class must not say there is none.
 */
export async function schoolClassList(ctx: FlowContext): Promise<string[] | null> {
  return ctx.deps.directory.listClasses().catch((error: unknown) => {
    ctx.deps.logger.warn({ err: error }, "could not read the school's classes for a typed class name");
    return null;
  });
}
