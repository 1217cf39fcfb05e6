import { looksLikePassword } from "../../core/looks-like-password.js";
import type { Language } from "../../core/i18n/languages.js";
import { inRegister, type Register } from "../../core/i18n/register.js";
import type { MessageKey } from "../../core/i18n/en.js";
import type { Reply } from "../../core/messages.js";

/** What the bot knows when one of her DM messages was edited. */
export interface EditedMessage {
  /** The new text without Slack's markup. */
  ownWords: string;
  /** The open dialog's question (ChannelCore.openPrompt), or null when none is open. */
  prompt: Reply | null;
  language: Language;
  register: Register;
}

/**
 * What a student is told about an edit of her DM message. An edit is never read as an answer: the dialog
 * has moved on, and the bot cannot delete it. Made at a step that asks for a secret, it may be that secret
 * whatever it looks like: she is told to delete it, that only new messages are read, and the question is
 * asked again with the private box's button. Elsewhere, only new words that look like a password are
 * answered (how to delete them); any other edit gets no answer, as a link's preview or a typo fixed.
 */
export function editedMessageReplies({ ownWords, prompt, language, register }: EditedMessage): Reply[] {
  const say = (key: MessageKey): Reply => ({ ...inRegister({ text: { key } }, register), language });
  if (prompt?.expectsSecret === true) return [say("slack.deleteYourEdit"), say("slack.editNotRead"), prompt];
  return looksLikePassword(ownWords) ? [say("slack.deleteYourEdit")] : [];
}
