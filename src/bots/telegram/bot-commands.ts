import type { BotCommand } from "telegraf/types";
import type { COMMANDS } from "../../core/dialog-engine.js";

type Command = (typeof COMMANDS)[number];

/**
 * What Telegram shows next to each command in the "/" menu. Keyed by the core's command list, so a command
 * added there (e.g. the teachers' ones) does not compile until it is described here too.
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
