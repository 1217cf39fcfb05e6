import { choiceByWords } from "../button-words.js";
import { choiceByNumber } from "../messages.js";
import type { FlowContext } from "./flow.js";
import { openReminder, reminderButton } from "./practice-reminder-button.js";

/** The reminder's one button, as the chat shows it (practice-reminder-flow.ts sends it). */
const CHECK_CHOICE = { id: "check", label: { key: "practice.check" } } as const;

/**
 * The practice reminder's button when a child types it instead of tapping ("1", "one", "first", 第一个,
 * "satu", முதல், "Check that I remember" in any offered language) right after the bot sent this chat a
 * reminder (`reminderLast`: the turn found the note noteReminderShown left) that is still open: the button's id, as the bot sent
 * it. Null otherwise, and the words answer the start menu as before: before any reminder was sent, or once
 * the chat was shown anything else (the menu, another dialog), "1" is the menu's first button.
 */
export async function reminderButtonTyped(
  ctx: FlowContext,
  text: string,
  reminderLast: boolean,
): Promise<string | null> {
  const { deps } = ctx;
  if (!reminderLast) return null;
  const picked =
    choiceByNumber([CHECK_CHOICE], text) ?? choiceByWords([CHECK_CHOICE], text, deps.settings.languages);
  if (picked === undefined) return null;
  for (const personId of await deps.store.linkedPeople(ctx.chat)) {
    const enrolment = await deps.store.getEnrolment(personId);
    if (enrolment === null) continue;
    const reminder = openReminder(deps, ctx.chat, personId, enrolment.enrolledAt, ctx.now);
    // Used or not, the button's own step says (startPracticeReminder): as a tap of it would.
    if (reminder !== null) return reminderButton(deps, ctx.chat, reminder.day);
  }
  return null;
}
