import { expect } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import type { AuditEvent } from "../../src/core/ports/audit-log.js";
import { staffPasswordSubject } from "../../src/core/ports/limit-counters.js";
import { worldOnSchoolClock, type WorldOnSchoolClock } from "./security-helpers.js";
import type { Notice, TestChat, TestWorld } from "./test-world.js";

/** The demo school's staff, from data/demo-school.json. */
export const MRS_NG = {
  id: "T2001",
  name: "Mrs Ng Mei Hua",
  password: "Teach-Four-A-2026",
  classes: ["4A"],
  ownPhone: "mrs-ng-phone",
} as const;
export const MR_LEE = {
  id: "T2002",
  name: "Mr David Lee",
  password: "Teach-Five-B-2026",
  classes: ["5B"],
  ownPhone: "mr-lee-phone",
} as const;
export const PRIYA = {
  id: "A3001",
  name: "Priya Nair (IT)",
  password: "Admin-Desk-2026",
  ownPhone: "priya-phone",
} as const;

/**
 * A teacher of two classes, as many primary schools have for a subject; not in the demo school's file: put her
 * in a world's directory with newTeacherOnOwnPhone.
 */
export const MS_SITI = {
  id: "T2003",
  name: "Ms Siti Aminah",
  password: "Teach-Two-Class-2026",
  classes: ["4A", "5B"],
  ownPhone: "siti-phone",
} as const;

/** A teacher or admin links their chat the way they would: /setup, id, password. */
export async function linkStaff(chat: TestChat, person: { id: string; password: string }): Promise<void> {
  await chat.send("/setup");
  await chat.send(person.id);
  await chat.send(person.password);
  if (!chat.lastText.includes("now linked")) throw new Error(`staff not linked: ${chat.lastText}`);
}

/** A staff member linked on their own phone, with the world and the school's clock that phone is on. */
export interface StaffOnOwnPhone extends WorldOnSchoolClock {
  phone: TestChat;
}

/**
 * A staff member (Mrs Ng unless told) linked on their own phone, in a fresh world on the school's clock
 * (Monday 8 a.m.; only Date is faked). Call it in a beforeEach: when the test ends, the world is closed and the
 * real clock is back (test files share a worker). `env` is the world's settings, e.g.
 * { STAFF_PASSWORD_AGAIN_MINUTES: "0" } where the clock moves on and the password asked again is not the
 * file's subject.
 */
export async function staffOnOwnPhone(
  person: { id: string; password: string; ownPhone: string } = MRS_NG,
  env: Record<string, string> = {},
): Promise<StaffOnOwnPhone> {
  const { world, clock } = await worldOnSchoolClock(env);
  return { world, phone: await linkedOnOwnPhone(world, person), clock };
}

/** A staff member's own phone ("mrs-ng-phone", "priya-phone") in a world, linked to them. */
export async function linkedOnOwnPhone(
  world: TestWorld,
  person: { id: string; password: string; ownPhone: string },
): Promise<TestChat> {
  const phone = world.chat(person.ownPhone);
  await linkStaff(phone, person);
  return phone;
}

/**
 * A teacher the demo school's file lacks (MS_SITI, a substitute with no class), added to the world's directory
 * as IT would add her (enabled), and linked on her own phone.
 */
export async function newTeacherOnOwnPhone(
  world: TestWorld,
  teacher: { id: string; name: string; password: string; classes: readonly string[]; ownPhone: string },
): Promise<TestChat> {
  const { id, name, password } = teacher;
  world.memoryDirectory.add({
    id,
    name,
    password,
    role: "teacher",
    classes: [...teacher.classes],
    disabled: false,
  });
  return linkedOnOwnPhone(world, teacher);
}

/** What a teacher or admin is told who types a class where one student's user ID goes ("/guided 4A"). */
export function classNotAStudent(className = "4A"): string {
  return `${className} is a class. Type the user ID of one student: /coverage ${className} shows each student's ID. To stop, type /cancel.`;
}

/**
 * What Mrs Ng (class 4A) is told who types, where one student's user ID goes, a word shaped like a class that is
 * not hers ("/guided 4B", "/guided 5B"): the same whether or not the school has it.
 */
export function otherClassNotAStudent(className: string): string {
  return `${className} is not one of your classes. Your class is 4A: /coverage 4A shows each student's user ID. Type the user ID of one student. To stop, type /cancel.`;
}

/** A student whose user ID is also a class's name ("4a", in class 4A), put in the world's directory. */
export function addStudentWithAClassAsId(world: TestWorld): void {
  world.memoryDirectory.add({
    id: "4a",
    name: "Odd Id",
    role: "student",
    classes: ["4A"],
    password: "Odd-Garden-77",
    disabled: false,
  });
}

/** The refused staff actions among the newest `latest` audit events, as an admin's /audit would list them. */
export async function staffRefusals(world: TestWorld, latest = 50): Promise<AuditEvent[]> {
  return (await world.deps.store.recentAudit(latest)).filter((e) => e.event === "staff-refused");
}

/** Mrs Ng linked on her own phone: staffOnOwnPhone for the teacher. */
export function teacherOnOwnPhone(env: Record<string, string> = {}): Promise<StaffOnOwnPhone> {
  return staffOnOwnPhone(MRS_NG, env);
}

/** Notices sent to one chat, as its owner reads them. */
export function noticesTo(world: TestWorld, chat: TestChat): Notice[] {
  return world.notices.filter(
    (n) => n.chat.channel === chat.ref.channel && n.chat.chatUserId === chat.ref.chatUserId,
  );
}

/**
 * A staff member's /guided for a student, by "Send a code" to the student's own chat: returns the code that
 * chat was sent (the newest notice there), as the child reads it out.
 */
export async function guidedCodeSent(
  world: TestWorld,
  staff: TestChat,
  student: TestChat,
  studentId = "S1001",
): Promise<string> {
  await staff.send(`/guided ${studentId}`);
  await staff.press("Send a code");
  return String(noticesTo(world, student).at(-1)?.reply.text.params?.code);
}

export function noticeText(notice: Notice): string {
  return translate(notice.reply.text);
}

/**
 * One wrong staff password typed at a staff command's password step: counted for the staff member in this
 * chat (not in set-up's count for her ID, which anyone can fill), and for the chat; an attempt about her,
 * counted per day, never in her trail.
 */
export async function expectOneWrongStaffPasswordCounted(
  world: TestWorld,
  staffId: string,
  chatKey: string,
): Promise<void> {
  const { store, limits } = world.deps;
  const own = staffPasswordSubject(chatKey, staffId);
  const rule = limits.rules["staff-password"];
  expect(await store.failureTimes("staff-password", own, Date.now(), rule)).toHaveLength(1);
  expect(await store.failureTimes("link", staffId, Date.now(), limits.rules.link)).toHaveLength(0);
  expect(await store.failureTimes("chat", chatKey, Date.now(), limits.rules.chat)).toHaveLength(1);
  const attempts = await store.attemptCountsOf(staffId);
  expect(attempts.some((a) => a.event === "staff-refused" && a.count === 1)).toBe(true);
  const trail = await store.auditTrailOf(staffId, 20);
  expect(trail.some((e) => e.event === "staff-refused")).toBe(false);
}
