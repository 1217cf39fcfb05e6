import { digestsEqual } from "../answers/keyed-digest.js";
import { chatKey, type ChatRef } from "../chat.js";
import type { CoreDeps } from "../core-deps.js";
import { MENU_PREFIX } from "../start-menu.js";

/**
 * The practice reminder's button, which the bot must be able to tell from a forged one: any user-API client
 * can send any button data on a bot message in its own chat. The button carries the day it was sent and a
 * keyed digest of that day and the chat, so nothing is stored when a reminder goes out; a reminder is taken
 * for a day only if a child linked to the chat fell due that day (see isDueOn), and once per child (a
 * marker that expires with the button).
 */
const DAY_MS = 24 * 3_600_000;

/** A reminder left untapped this long is old: a week of school to find it, well inside a term. */
const VALID_DAYS = 7;

const PREFIX = `${MENU_PREFIX}practice`;
/** A reminder's button as reminderButton makes it: the day, then the digest. */
const BUTTON = new RegExp(`^${PREFIX}:(\\d{1,9}):([A-Za-z0-9_-]+)$`);
/** base64url characters of the digest kept: 132 bits, and the whole id fits Telegram's 64-byte callback_data. */
const DIGEST_CHARS = 22;

type ButtonDeps = Pick<CoreDeps, "digest" | "settings">;

/** The day number (days since 1970, UTC) of a time. */
export function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** How many days a reminder's button works: a week, or one reminder period if that is shorter. */
function validDays(deps: ButtonDeps): number {
  return Math.min(VALID_DAYS, deps.settings.practiceReminderDays);
}

function digestOf(deps: ButtonDeps, chat: ChatRef, day: number): string {
  return deps.digest.digest("practice-reminder", `${chatKey(chat)}\u0000${day}`).slice(0, DIGEST_CHARS);
}

/** The button id of a reminder sent to `chat` on `day`. */
export function reminderButton(deps: ButtonDeps, chat: ChatRef, day: number): string {
  return `${PREFIX}:${day}:${digestOf(deps, chat, day)}`;
}

/** Whether a start-menu choice is (or pretends to be) a practice reminder's button. */
export function isReminderButton(choice: string): boolean {
  return choice === PREFIX || choice.startsWith(`${PREFIX}:`);
}

/**
 * The day of the reminder this button came with, when the bot sent it to this chat and it is not yet old;
 * null for anything else (a forged button, another chat's, an old one, or one from before buttons said so).
 */
export function reminderDayOf(deps: ButtonDeps, chat: ChatRef, choice: string, now: number): number | null {
  const match = BUTTON.exec(choice);
  if (match === null) return null;
  const day = Number(match[1]);
  const age = dayOf(now) - day;
  if (age < 0 || age >= validDays(deps)) return null;
  return digestsEqual(match[2]!, digestOf(deps, chat, day)) ? day : null;
}

/** Whether a student set up at `enrolledAt` was due a reminder on `day` (a whole number of periods later). */
export function isDueOn(deps: ButtonDeps, enrolledAt: number, day: number): boolean {
  const days = deps.settings.practiceReminderDays;
  const age = day - dayOf(enrolledAt);
  return days > 0 && age > 0 && age % days === 0;
}

/**
 * The day of the student's latest reminder, while its button still works; null when none is open. A key
 * for "this child used it" that lasts as long as the button (`ttlSeconds`).
 */
export function openReminder(
  deps: ButtonDeps,
  chat: ChatRef,
  personId: string,
  enrolledAt: number,
  now: number,
): { day: number; usedKey: string; ttlSeconds: number } | null {
  const days = deps.settings.practiceReminderDays;
  if (days <= 0) return null;
  const today = dayOf(now);
  const age = today - dayOf(enrolledAt);
  if (age <= 0) return null;
  const day = today - (age % days);
  if (!isDueOn(deps, enrolledAt, day) || today - day >= validDays(deps)) return null;
  const endsAt = (day + validDays(deps)) * DAY_MS;
  return {
    day,
    usedKey: `practice-reminder-used:${chatKey(chat)}:${personId.toLowerCase()}:${day}`,
    ttlSeconds: Math.max(1, Math.ceil((endsAt - now) / 1000)),
  };
}
