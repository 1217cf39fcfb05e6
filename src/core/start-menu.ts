import { staffAmong } from "./flows/staff/staff-access.js";
import type { MessageKey } from "./i18n/en.js";
import type { Reply } from "./messages.js";
import type { Person } from "./ports/directory.js";

/** Choices of the start menu start with this: they work in any state and never go stale. */
export const MENU_PREFIX = "m:";

/** What the start menu offers, each the command its button runs. */
export const MENU_COMMANDS = ["setup", "reset", "help", "language"] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The start menu's button ids ("m:setup", ...), for an adapter that shows the menu somewhere of its own. */
export function menuChoiceId(command: MenuCommand): string {
  return `${MENU_PREFIX}${command}`;
}

/** A linked teacher's menu: their own commands. Admins also get theirs. */
export const TEACHER_MENU_COMMANDS = ["guided", "unlock", "coverage"] as const;
export const ADMIN_MENU_COMMANDS = ["audit", "stats"] as const;
export type StaffMenuCommand = (typeof TEACHER_MENU_COMMANDS)[number] | (typeof ADMIN_MENU_COMMANDS)[number];

/**
 * The menu a linked teacher or admin sees on /start or when the bot did not understand them; `withStudents`
 * (her children share the phone): their set-up and reset after her commands, and the welcome tells the
 * children which is theirs (they read "Help a student get a new password" as theirs). The language button
 * ends it.
 */
export function staffMenu(role: "teacher" | "admin", withStudents = false): Reply {
  const commands: StaffMenuCommand[] = [
    ...TEACHER_MENU_COMMANDS,
    ...(role === "admin" ? ADMIN_MENU_COMMANDS : []),
  ];
  // The language button last, as on the students' menu: the way back from a script one cannot read.
  const studentCommands: MenuCommand[] = [...(withStudents ? (["setup", "reset"] as const) : []), "language"];
  return {
    text: { key: withStudents ? "menu.staffWelcomeFamily" : "menu.staffWelcome" },
    choices: [
      ...commands.map((command) => ({
        id: `${MENU_PREFIX}${command}`,
        label: { key: staffButtonLabel(command, role) },
      })),
      ...studentCommands.map((command) => ({
        id: menuChoiceId(command),
        label: { key: `menu.${command}` as const },
      })),
    ],
  };
}

/** A staff menu button's words: an admin's /unlock also takes a staff account or a chat, not only a student. */
function staffButtonLabel(command: StaffMenuCommand, role: "teacher" | "admin"): MessageKey {
  return command === "unlock" && role === "admin" ? "menu.staff.unlockAccount" : `menu.staff.${command}`;
}

/** The command a menu button runs ("m:reset" -> "reset"), or null for anything else. */
export function menuCommandOf(choiceId: string): MenuCommand | StaffMenuCommand | null {
  if (!choiceId.startsWith(MENU_PREFIX)) return null;
  const picked = choiceId.slice(MENU_PREFIX.length);
  const known: readonly string[] = [...MENU_COMMANDS, ...TEACHER_MENU_COMMANDS, ...ADMIN_MENU_COMMANDS];
  return known.includes(picked) ? (picked as MenuCommand | StaffMenuCommand) : null;
}

/** The start menu, as the dialog engine shows it on /start. */
export function startMenu(accountName: string): Reply {
  return {
    text: { key: "menu.welcome", params: { account: accountName } },
    choices: MENU_COMMANDS.map((command) => ({
      id: menuChoiceId(command),
      label: { key: `menu.${command}` },
    })),
  };
}

/**
 * The start menu of a chat linked to `people` (as the directory knows them now): a linked teacher's or
 * admin's own commands, and on a phone she shares with her children theirs after hers; else the students'.
 * `actor` is the teacher or admin whose menu it is (null: the students'); words about it are then in the
 * adult register.
 */
export function menuOfPeople(
  people: readonly Person[],
  accountName: string,
): { reply: Reply; actor: Person | null } {
  const actor = staffAmong(people);
  if (actor === null) return { reply: startMenu(accountName), actor };
  const withStudents = people.some((p) => p.role === "student");
  return { reply: staffMenu(actor.role, withStudents), actor };
}
