import { randomUUID } from "node:crypto";
import { choiceByWords } from "../button-words.js";
import { choiceByNumber } from "../messages.js";
import type { FlowContext } from "./flow.js";
import { openReminder, reminderButton } from "./practice-reminder-button.js";

/** The reminder's one button, as the chat shows it (practice-reminder-flow.ts sends it). */
const CHECK_CHOICE = { id: "check", label: { key: "practice.check" } } as const;

/**
 * The practice reminder's button when a child types it instead of tapping ("1", "one", "first", 第一个,
 * "satu", முதல், "Check that I remember" in any offered language) while a reminder of a child linked here is
 * open and not yet used: the button's id, as the bot sent it to this chat. Null otherwise, and the words
 * answer the start menu as before ("1" is its first button once the reminder is used or old).
 */
export async function reminderButtonTyped(ctx: FlowContext, text: string): Promise<string | null> {
  const { deps } = ctx;
  if (deps.settings.practiceReminderDays <= 0) return null;
  const picked =
    choiceByNumber([CHECK_CHOICE], text) ?? choiceByWords([CHECK_CHOICE], text, deps.settings.languages);
  if (picked === undefined) return null;
  for (const personId of await deps.store.linkedPeople(ctx.chat)) {
    const enrolment = await deps.store.getEnrolment(personId);
    if (enrolment === null) continue;
    const reminder = openReminder(deps, ctx.chat, personId, enrolment.enrolledAt, ctx.now);
    if (reminder !== null && (await notYetUsed(ctx, reminder.usedKey))) {
      return reminderButton(deps, ctx.chat, reminder.day);
    }
  }
  return null;
}

/**
 * Whether the reminder's "used" marker is not set: set for a moment and taken back, as the store can only
 * mark. The check that starts after marks it for good (startReminderCheck).
 */
async function notYetUsed(ctx: FlowContext, usedKey: string): Promise<boolean> {
  const mark = randomUUID();
  if (!(await ctx.deps.store.markUpdateSeen(usedKey, 60, mark))) return false;
  await ctx.deps.store.forgetSeenMark(usedKey, mark);
  return true;
}
