import { choiceByWords } from "../button-words.js";
import { choiceByNumber } from "../messages.js";
import type { FlowContext } from "./flow.js";
import { reminderButton } from "./practice-reminder-button.js";

/** The reminder's one button, as the chat shows it (practice-reminder-flow.ts sends it). */
const CHECK_CHOICE = { id: "check", label: { key: "practice.check" } } as const;

/**
 * The practice reminder's button when a child types it instead of tapping ("1", "one", "first", 第一个,
 * "satu", முதல், "Check that I remember" in any offered language) right after the bot sent this chat a
 * reminder (`reminderDay`: its day, from the note noteReminderShown left and the turn took): the button's id,
 * as the bot sent it with that very reminder (on a family phone, not an older one still open for another
 * child). Null otherwise, and the words answer the start menu as before: before any reminder was sent, or
 * once the chat was shown anything else (the menu, another dialog), "1" is the menu's first button.
 */
export function reminderButtonTyped(
  ctx: FlowContext,
  text: string,
  reminderDay: number | null,
): string | null {
  const { deps } = ctx;
  if (reminderDay === null) return null;
  const picked =
    choiceByNumber([CHECK_CHOICE], text) ?? choiceByWords([CHECK_CHOICE], text, deps.settings.languages);
  // Used, old or not, the button's own step says (startPracticeReminder): as a tap of it would.
  return picked === undefined ? null : reminderButton(deps, ctx.chat, reminderDay);
}
