import type { BotCommand } from "telegraf/types";
import type { COMMANDS } from "../../core/commands.js";

type Command = (typeof COMMANDS)[number];

/**
 * What Telegram shows next to each command in the "/" menu: the students' commands only (staff find theirs
 * in /help). Keyed by the core's list, so a student command added there does not compile until described here.
 */
const DESCRIPTIONS: Record<Command, string> = {
  start: "Start again",
  setup: "Set up my 3 secret questions",
  reset: "I forgot my password",
  cancel: "Stop what we are doing",
  help: "What can you do?",
  logout: "Unlink this chat from my account",
};

/** The command menu for setMyCommands, in the order above. */
export function botCommands(): BotCommand[] {
  return Object.entries(DESCRIPTIONS).map(([command, description]) => ({ command, description }));
}
