import { audit } from "../audit.js";
import type { ChatRef } from "../chat.js";
import type { CoreDeps } from "../core-deps.js";

/**
 * The note of a self-service reset whose generated password was set but never reached the student. Short:
 * with a Slack actor it must fit a trail entry (64 bytes) uncut; /audit shows it in words.
 */
export const PASSWORD_NOT_SHOWN = "set, not shown";

/**
 * A generated password the directory took (the reset is audited as done) that the channel could not show in
 * `chat` (the student blocked the bot, the platform refused every way to show it): the admins' /audit and
 * /export say so, as its own event after the reset's. The password is kept nowhere: she needs a new one.
 */
export async function recordPasswordNotShown(deps: CoreDeps, chat: ChatRef, personId: string): Promise<void> {
  const ctx = { chat, now: deps.clock(), deps, language: deps.settings.defaultLanguage };
  await audit(ctx, "reset", personId, "info", PASSWORD_NOT_SHOWN);
}
