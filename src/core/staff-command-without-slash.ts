import { isStaffCommand, parseCommand, type ParsedCommand } from "./commands.js";

/** One word with a digit in it: a user ID or a class ("S1001", "4A", "tan.wl2015"), not words ("my phone"). */
const ONE_ID_OR_CLASS = /^\S*\d\S*$/u;

/**
 * "guided S1001", "coverage 4A", "clear answers S1003": a teacher's or admin's command typed without its
 * slash, with the one ID or class it acts on; else null. Only read where nothing is open in a staff chat
 * (the start menu's place), so no answer or password is ever taken for one.
 */
export function staffCommandWithoutSlash(text: string): ParsedCommand | null {
  const trimmed = text.trim();
  if (trimmed.startsWith("/")) return null;
  const parsed = parseCommand(`/${trimmed}`);
  if (parsed === null || parsed === "unknown" || !isStaffCommand(parsed.name)) return null;
  return ONE_ID_OR_CLASS.test(parsed.argument) ? parsed : null;
}
