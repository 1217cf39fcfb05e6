import { parseCommand } from "./commands.js";
import type { Inbound } from "./messages.js";
import { menuCommandOf } from "./start-menu.js";

/**
 * Commands that ask about what is on the screen, not start something new: a child who types /help or
 * /language to understand "Your new password is…" has not written it down yet.
 */
const ABOUT_THE_SCREEN: ReadonlySet<string> = new Set(["help", "language", "cancel"]);

/**
 * True when the inbound starts something new in its chat: a command the bot knows (the next /guided, /reset,
 * /start; not /help, /language or /cancel), or a start-menu button for one (not Help or Language, nor a
 * language picked from the list). Whoever reads the chat then has moved on from what was shown before, and
 * the next person at the phone may be beside her: see Outcome.movesOn.
 */
export function movesOn(inbound: Inbound): boolean {
  if (!inbound.isPrivate) return false;
  const command = parseCommand(inbound.text);
  if (command !== null && command !== "unknown") return !ABOUT_THE_SCREEN.has(command.name);
  const picked = inbound.choice === undefined ? null : menuCommandOf(inbound.choice);
  return picked !== null && !ABOUT_THE_SCREEN.has(picked);
}
