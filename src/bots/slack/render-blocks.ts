import type { types } from "@slack/bolt";
import type { Reply, Text } from "../../core/messages.js";
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

/** Plain text in a section: nothing in it (a name from the directory, a question) is read as markup. */
export function textSection(text: string): KnownBlock {
  return { type: "section", text: { type: "plain_text", text: clip(text, SECTION_MAX), emoji: true } };
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
 * A reply as a DM message: its words as a plain_text section and its choices as buttons. Never use for a
 * reply with `protect` (a generated password): Slack keeps messages and the bot cannot remove them for the
 * student, so such a reply is shown only in a modal (see modals.ts).
 */
export function renderMessage(reply: Reply, locale?: string): SlackMessage {
  if (reply.protect !== undefined) throw new Error("a protected reply must not become a Slack message");
  const words = slackText(reply.text, reply.language ?? locale);
  return { text: escapeForMessageText(words), blocks: [textSection(words), ...choiceButtons(reply, locale)] };
}

/** Words of the adapter's own (not a core reply) as a DM message. */
export function renderWords(words: string): SlackMessage {
  return { text: escapeForMessageText(words), blocks: [textSection(words)] };
}

/**
 * The core asked for a secret but there is no trigger to open a box with (the student typed in the DM):
 * the prompt as a message with one button that opens the box.
 */
export function renderSecretPrompt(reply: Reply, step: number, locale?: string): SlackMessage {
  const message = renderMessage({ text: reply.text }, reply.language ?? locale);
  const language = reply.language ?? locale;
  const request: SecretBoxRequest = {
    step,
    prompt: reply.text,
    ...(language === undefined ? {} : { language }),
  };
  const value = JSON.stringify(request);
  if (value.length <= BUTTON_VALUE_MAX) {
    message.blocks.push({
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
  return message;
}
