import type { types } from "@slack/bolt";
import type { Reply, Text } from "../../core/messages.js";
import { splitLongText } from "../split-long-text.js";
import { clip, escapeForMessageText, slackText } from "./slack-text.js";
import { slackWord } from "./slack-words.js";

type KnownBlock = types.KnownBlock;
type Button = types.Button;

/** Action ids of the buttons the adapter posts; the channel routes presses by them. */
export const ACTION = {
  /** A core choice; the button's value is the choice id ("3:animal", "m:setup"). */
  choice: "sspr_choice",
  /** Opens the private box for the secret the core asked for; the value is a `SecretBoxRequest`. */
  secretBox: "sspr_secret_box",
  /** On the Home tab while it shows a secret: puts the normal Home back now. No value. */
  hideSecret: "sspr_hide_secret",
} as const;

/** Slack's limits: plain_text in a section 3000, a button label 75, a button value 2000 characters. */
const SECTION_MAX = 3000;
const BUTTON_LABEL_MAX = 75;
const BUTTON_VALUE_MAX = 2000;
/** An actions block holds at most 25 elements. */
const BUTTONS_PER_BLOCK = 25;
/**
 * The words of one message at most. Slack documents 50 blocks a message, but refuses one whose blocks hold
 * about 13,000 characters in all ("msg_blocks_too_long", slackapi/bolt-js#2509): a longer reply goes out as
 * several messages. Four full sections fit, well under 50 blocks with the buttons.
 */
const MESSAGE_WORDS_MAX = 12_000;

/** A message for chat.postMessage, minus the channel. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/**
 * What a "Type it privately" button carries: the prompt to show in the box, in which language, and the step
 * it answers.
 */
export interface SecretBoxRequest {
  step: number;
  prompt: Text;
  language?: string;
}

/**
 * Plain text in sections: nothing in it (a name from the directory, a question) is read as markup. A text
 * past a section's limit is split at line breaks over several sections, so nothing is cut off.
 */
export function textSections(text: string): KnownBlock[] {
  return splitLongText(text, SECTION_MAX).map((piece) => ({
    type: "section",
    text: { type: "plain_text", text: piece, emoji: true },
  }));
}

/** The core's choices as buttons; a choice id that does not fit a button value is left out. */
export function choiceButtons(reply: Reply, locale?: string): KnownBlock[] {
  const buttons: Button[] = (reply.choices ?? [])
    .filter((choice) => choice.id !== "" && choice.id.length <= BUTTON_VALUE_MAX)
    .map((choice, index) => ({
      type: "button",
      action_id: `${ACTION.choice}:${index}`,
      text: {
        type: "plain_text",
        text: clip(slackText(choice.label, reply.language ?? locale), BUTTON_LABEL_MAX),
        emoji: true,
      },
      value: choice.id,
    }));
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_BLOCK) {
    blocks.push({ type: "actions", elements: buttons.slice(i, i + BUTTONS_PER_BLOCK) });
  }
  return blocks;
}

/**
 * A reply as DM messages, posted in order: its words as plain_text sections and its choices as buttons
 * under the last. Usually one message; a long staff report is split at line breaks into several, each
 * with its own words as the notification text. Never use for a reply with `protect` (a generated
 * password): Slack keeps messages and the bot cannot remove them for the student, so such a reply is shown
 * only in a modal (see modals.ts).
 */
export function renderMessages(reply: Reply, locale?: string): SlackMessage[] {
  if (reply.protect !== undefined) throw new Error("a protected reply must not become a Slack message");
  const messages = splitLongText(slackText(reply.text, reply.language ?? locale), MESSAGE_WORDS_MAX).map(
    renderWords,
  );
  messages.at(-1)!.blocks.push(...choiceButtons(reply, locale));
  return messages;
}

/** Words of the adapter's own (not a core reply) as a DM message. */
export function renderWords(words: string): SlackMessage {
  return { text: escapeForMessageText(words), blocks: textSections(words) };
}

/**
 * The core asked for a secret but there is no trigger to open a box with (the student typed in the DM):
 * the prompt as a message with one button that opens the box (on the last, if the prompt is long).
 * `withChoices`: the prompt's own buttons too (the practice round's "keep my old answer"), before it.
 */
export function renderSecretPrompt(
  reply: Reply,
  step: number,
  locale?: string,
  options: { withChoices?: boolean } = {},
): SlackMessage[] {
  const messages = renderMessages(
    options.withChoices === true && reply.choices !== undefined
      ? { text: reply.text, choices: reply.choices }
      : { text: reply.text },
    reply.language ?? locale,
  );
  const language = reply.language ?? locale;
  const request: SecretBoxRequest = {
    step,
    prompt: reply.text,
    ...(language === undefined ? {} : { language }),
  };
  const value = JSON.stringify(request);
  if (value.length <= BUTTON_VALUE_MAX) {
    messages.at(-1)!.blocks.push({
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: ACTION.secretBox,
          style: "primary",
          text: {
            type: "plain_text",
            text: slackWord("typePrivately", reply.language ?? locale),
            emoji: true,
          },
          value,
        },
      ],
    });
  }
  return messages;
}
