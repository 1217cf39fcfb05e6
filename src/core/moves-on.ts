import { parseCommand } from "./commands.js";
import type { Inbound } from "./messages.js";
import { MENU_PREFIX } from "./start-menu.js";

/**
 * True when the inbound starts something new in its chat: a command the bot knows, or a start-menu button
 * (the next /guided, /reset, /help). Whoever reads the chat then has moved on from what was shown before,
 * and the next person at the phone may be beside her: see Outcome.movesOn.
 */
export function movesOn(inbound: Inbound): boolean {
  if (!inbound.isPrivate) return false;
  const command = parseCommand(inbound.text);
  if (command !== null && command !== "unknown") return true;
  return inbound.choice?.startsWith(MENU_PREFIX) === true;
}
