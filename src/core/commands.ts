import { ADMIN_COMMANDS, TEACHER_COMMANDS, type StaffCommand } from "./flows/staff/staff-command-names.js";

/** The students' commands: the ones a chat platform lists in its menu. */
export const COMMANDS = ["start", "help", "setup", "reset", "cancel", "logout", "language"] as const;
export type StudentCommand = (typeof COMMANDS)[number];
export type Command = StudentCommand | StaffCommand;

/** Every command word, students' and staff's: for adapters that must spell mentions of them their own way. */
export const ALL_COMMANDS: readonly string[] = [...COMMANDS, ...TEACHER_COMMANDS, ...ADMIN_COMMANDS];

/** Whether a command is a teacher's or an admin's. */
export function isStaffCommand(name: Command): name is StaffCommand {
  return !(COMMANDS as readonly string[]).includes(name);
}

/** "/word", "/word@SomeBot" or "/word and more": the word, and what followed it. */
const COMMAND_TEXT = /^\/([a-z_]+)(?:@\w+)?(?:\s+(.*))?$/is;

/**
 * The text as a command is read: a Chinese keyboard's "/" (the full-width ／, or 、, the "/" key in Chinese
 * punctuation mode) is "/", and a full-width word after it (ｒｅｓｅｔ) the plain one; what follows the word
 * is kept as typed. 、 only before a command word: elsewhere it is just a comma.
 */
function asCommandText(text: string | undefined): string {
  const trimmed = text?.trim() ?? "";
  const parts = /^([/／、])(\S+)(.*)$/su.exec(trimmed);
  if (parts === null) return trimmed;
  const [, slash = "", word = "", rest = ""] = parts;
  const plain = word.normalize("NFKC");
  const commandWord = plain.split("@")[0] ?? "";
  if (slash === "、" && !ALL_COMMANDS.includes(commandWord.toLowerCase())) return trimmed;
  return `/${plain}${rest}`;
}

/** The command word of a "/word" text, in lower case, known or not ("strat" in "/strat"); else null. */
export function commandWordOf(text: string | undefined): string | null {
  return COMMAND_TEXT.exec(asCommandText(text))?.[1]?.toLowerCase() ?? null;
}

export interface ParsedCommand {
  name: Command;
  /** What followed the command, trimmed ("S1001" in "/unlock S1001"); "" when nothing did. */
  argument: string;
}

/**
 * "/reset", "/reset@SomeBot" or "/unlock S1001" -> the command and its argument; other text -> null;
 * an unknown "/word" -> "unknown" (which may still be a password that starts with "/").
 */
export function parseCommand(text: string | undefined): ParsedCommand | "unknown" | null {
  const match = COMMAND_TEXT.exec(asCommandText(text));
  if (match === null) return null;
  const word = match[1]!.toLowerCase();
  if (ALL_COMMANDS.includes(word)) return { name: word as Command, argument: (match[2] ?? "").trim() };
  return splitCommandWord(word, match[2] ?? "") ?? "unknown";
}

/**
 * "/set up", "/log out", "/clear answers S1001": a command word typed as two words, as a button's words
 * ("Set up") suggest it. Else null.
 */
function splitCommandWord(first: string, rest: string): ParsedCommand | null {
  const [, second = "", argument = ""] = /^([a-z]+)(?:\s+(.*))?$/is.exec(rest.trim()) ?? [];
  const joined = `${first}${second.toLowerCase()}`;
  if (second === "" || !ALL_COMMANDS.includes(joined)) return null;
  return { name: joined as Command, argument: argument.trim() };
}
