import { audit } from "../audit.js";
import type { Channel, ChatRef } from "../chat.js";
import type { CoreDeps } from "../core-deps.js";

/**
 * The note of a self-service reset whose generated password was set but never reached the student. Short:
 * with a Slack actor it must fit a trail entry (64 bytes) uncut; /audit shows it in words.
 */
export const PASSWORD_NOT_SHOWN = "set, not shown";

/**
 * How long the chat keeps the mark that tells the student at her next message (see notePasswordNotShown):
 * a school holiday, and the 30 days the reset cap counts. Later, a teacher or a new reset has long told her.
 */
export const NOT_SHOWN_NOTICE_DAYS = 30;

/** How each channel is named in the admins' alert (a proper name, the same in every language). */
const CHANNEL_NAMES: Record<Channel, string> = { telegram: "Telegram", slack: "Slack", console: "console" };

/**
 * A generated password the directory took (the reset is audited as done) that the channel could not show in
 * `chat` (the student blocked the bot, the platform refused every way to show it): the admins' /audit and
 * /export say so, as its own event after the reset's, and an alert tells them whose it was. The chat's next
 * turn tells the student (a mark with the time and her ID). The password is kept nowhere: she needs a new one.
 */
export async function recordPasswordNotShown(deps: CoreDeps, chat: ChatRef, personId: string): Promise<void> {
  const now = deps.clock();
  const ctx = { chat, now, deps, language: deps.settings.defaultLanguage };
  deps.alerts.raise({
    kind: "password-not-shown",
    subject: personId,
    details: { channel: CHANNEL_NAMES[chat.channel] },
  });
  const marking = deps.store
    .notePasswordNotShown(chat, personId, now, NOT_SHOWN_NOTICE_DAYS * 24 * 3600_000)
    .catch((error: unknown) => {
      deps.logger.warn({ err: error }, "could not note a password not shown for the chat's next message");
    });
  await Promise.all([audit(ctx, "reset", personId, "info", PASSWORD_NOT_SHOWN), marking]);
}
