import { ALL_COMMANDS } from "../../core/commands.js";
import { fitWholeCharacters } from "../split-long-text.js";
import type { MessageKey } from "../../core/i18n/en.js";
import { translate } from "../../core/i18n/translate.js";
import type { Text } from "../../core/messages.js";

/** The one slash command the Slack app registers (see slack/manifest.yml). */
export const SLASH_COMMAND = "/sspr";

/**
 * The core says "type /reset"; in Slack a message starting with "/" is taken by the client as a slash command
 * of its own, so the words must say "/sspr reset" instead. After a space, a bracket or any punctuation:
 * Chinese puts no space after its own ("用户名：/coverage", "。/audit", "（/export 30"). Not inside a word or
 * a path ("and/or", "docs/reset").
 */
const CORE_COMMAND_MENTION = new RegExp(`(^|[^\\p{L}\\p{N}\\p{M}_./])/(${ALL_COMMANDS.join("|")})\\b`, "gu");

/**
 * Prompts for a secret in Slack's own words: the core's say "I will delete your message", but in Slack a secret
 * is typed in a private box (a modal) and never posted, so there is nothing to delete. And the refusal in a
 * group names a channel. Same parameters;
 * `slack.*` in every catalogue, as the terminal's `console.*` (see render-console.ts).
 */
const SLACK_WORDS: Partial<Record<MessageKey, MessageKey>> = {
  "setup.askPassword": "slack.setupAskPassword",
  "practice.ask": "slack.practiceAsk",
  "practice.fix": "slack.practiceFix",
  "setup.askAnswer": "slack.setupAskAnswer",
  "reset.askAnswer": "slack.resetAskAnswer",
  "reset.askNewPassword": "slack.resetAskNewPassword",
  "guided.askAnswer": "slack.staffGuidedAskAnswer",
  "staff.stepUpAskPassword": "slack.staffStepUpAskPassword",
  "staff.againAskPassword": "slack.staffAgainAskPassword",
  // A report on a shared phone goes to the Home tab, not the DM, and goes away from there.
  "staff.reportDeletedLater": "slack.staffReportOnSharedPhone",
  // Slack has channels, not groups.
  "chat.privateOnly": "slack.privateOnly",
};

/** A core Text in Slack's own words where they differ (see SLACK_WORDS); other texts as they are. */
export function inSlackWords(text: Text, words: Partial<Record<MessageKey, MessageKey>> = SLACK_WORDS): Text {
  const key = words[text.key];
  return key === undefined ? text : { ...text, key };
}

/** A core Text in the user's language, in Slack's words, with command mentions spelled the Slack way. */
export function slackText(text: Text, locale?: string): string {
  return slackCommands(translate(inSlackWords(text), locale));
}

/** Words with every mention of a core command ("/guided") spelled as Slack needs it ("/sspr guided"). */
export function slackCommands(words: string): string {
  return words.replace(CORE_COMMAND_MENTION, `$1${SLASH_COMMAND} $2`);
}

/**
 * Escapes the three characters Slack's message `text` field reads as markup. Use only for a message's
 * top-level `text` (the notification fallback); block texts are sent as plain_text, which needs none.
 */
export function escapeForMessageText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Cuts a text to Slack's limit for a short field (a button's label), with an ellipsis; never inside an emoji
 * or a letter with its marks. Not for words that must be read whole: see textSections.
 */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${fitWholeCharacters(text, max - 1)}…`;
}
