import type { types } from "@slack/bolt";
import type { MessageKey } from "../../core/i18n/en.js";
import type { Register } from "../../core/i18n/register.js";
import type { Reply } from "../../core/messages.js";
import type { PressMark } from "./press-marks.js";
import { textSections } from "./render-blocks.js";
import { inSlackWords, slackText } from "./slack-text.js";
import { slackWord } from "./slack-words.js";

type ModalView = types.ModalView;

/** The callback_id of the box that collects typed input; its submissions are routed by it. */
export const INPUT_CALLBACK_ID = "sspr_input";
/** The callback_id of a box of words alone ("One moment…", "see your messages"): only its closing is heard. */
export const WORDS_CALLBACK_ID = "sspr_words";
/** Where the typed value sits in a submission's state: values[block_id][action_id].value. */
export const INPUT_BLOCK_ID = "sspr_input_block";
export const INPUT_ACTION_ID = "value";

/** No id, answer or password is longer; the core refuses anything over 512 characters anyway. */
const INPUT_MAX_LENGTH = 256;

/**
 * What a box's private_metadata holds: the dialog step it answers (a box with a field), and the mark of the
 * button press that opened it, if one did. Never a secret, nor anything typed: Slack sends private_metadata
 * back with every submission (and when the box is closed) and shows it to nobody, but it is not ours to
 * protect. A box whose step is no longer the dialog's changes nothing (the core answers "that box is old").
 */
interface BoxMetadata {
  step?: number;
  openedBy?: PressMark;
}

/**
 * What makes a box a press opened tell the bot when it is closed, with the press: every box that stands in
 * its place (its question, "One moment…", the next question, "see your messages") carries it, so that
 * whichever is closed, the button opens a box again at its next press (see readBoxOpener). Not a new
 * password's box: closing it would send Slack's copy of the password back to the bot.
 */
function closeHeard(metadata: BoxMetadata): Partial<ModalView> {
  return {
    private_metadata: JSON.stringify(metadata),
    ...(metadata.openedBy === undefined ? {} : { notify_on_close: true }),
  };
}

function frame(
  language: string | undefined,
  blocks: types.KnownBlock[],
  extra: Partial<ModalView> = {},
): ModalView {
  return {
    type: "modal",
    title: { type: "plain_text", text: slackWord("modalTitle", language) },
    close: { type: "plain_text", text: slackWord("cancel", language) },
    blocks,
    ...extra,
  };
}

/**
 * "That box (button) is old, use the newest message", said in the box that asks the open step's question:
 * this box is the newest, so in a box the words say to use it.
 */
const INPUT_BOX_WORDS: Partial<Record<MessageKey, MessageKey>> = {
  "form.expired": "slack.formExpiredBox",
  "form.staffExpired": "slack.staffFormExpiredBox",
  "button.expired": "slack.buttonExpiredBox",
  "button.staffExpired": "slack.staffButtonExpiredBox",
  // The box has no "Keep my old answer" button to tap: that one is in the DM.
  "practice.fix": "slack.practiceFixBox",
};

/**
 * The box that asks for typed input: the replies before the prompt (e.g. "that answer is too short"), the
 * prompt, and one text field. Use for every prompt of an open dialog that wants words, secret or not.
 * `openedBy`: the press that opened it, forgotten when the box is closed (Slack then says so, see
 * readBoxOpener), so that its button opens it again at once.
 */
export function inputModal(
  replies: readonly Reply[],
  step: number,
  locale?: string,
  openedBy?: PressMark,
): ModalView {
  const metadata: BoxMetadata = openedBy === undefined ? { step } : { step, openedBy };
  const language = replies[0]?.language ?? locale;
  return frame(
    language,
    [
      ...replies.flatMap((reply) =>
        textSections(slackText(inSlackWords(reply.text, INPUT_BOX_WORDS), reply.language ?? locale)),
      ),
      {
        type: "input",
        block_id: INPUT_BLOCK_ID,
        label: { type: "plain_text", text: slackWord("inputLabel", language) },
        element: {
          type: "plain_text_input",
          action_id: INPUT_ACTION_ID,
          max_length: INPUT_MAX_LENGTH,
          focus_on_load: true,
        },
      },
    ],
    {
      callback_id: INPUT_CALLBACK_ID,
      submit: { type: "plain_text", text: slackWord("send", language) },
      ...closeHeard(metadata),
    },
  );
}

/**
 * A new password in a box: the core's words say "this message will disappear in 5 minutes", which is true of
 * a chat message it deletes, and of the Home tab (cleared on time, see secret-home.ts), but a box stays open
 * until it is closed. So in a box, the words say that, and to close it. Same parameters; `slack.*` in every
 * catalogue.
 */
const BOX_WORDS: Partial<Record<MessageKey, MessageKey>> = {
  "reset.generated": "slack.resetGeneratedBox",
  "guided.shown": "slack.staffGuidedShownBox",
};

/**
 * The one place a generated password is ever shown in Slack: a modal only the student sees, gone when it is
 * closed. The replies' words (in a box's words, see BOX_WORDS), and a single "Done" button.
 */
export function protectedModal(replies: readonly Reply[], locale?: string): ModalView {
  const language = replies[0]?.language ?? locale;
  return frame(
    language,
    replies.flatMap((reply) =>
      textSections(slackText(inSlackWords(reply.text, BOX_WORDS), reply.language ?? locale)),
    ),
    { close: { type: "plain_text", text: slackWord("done", language) } },
  );
}

/** A box of words alone; `openedBy`: the press whose box it is (see closeHeard). */
function wordsModal(
  language: string | undefined,
  blocks: types.KnownBlock[],
  openedBy: PressMark | undefined,
  extra: Partial<ModalView> = {},
): ModalView {
  if (openedBy === undefined) return frame(language, blocks, extra);
  return frame(language, blocks, { ...extra, callback_id: WORDS_CALLBACK_ID, ...closeHeard({ openedBy }) });
}

/**
 * Shown at once when the work behind a click takes longer than Slack waits for a box to open. `openedBy`:
 * the press (or the box's, when a box's Send is slow) whose box it is: closed, its button answers at once.
 */
export function waitModal(language?: string, openedBy?: PressMark): ModalView {
  return wordsModal(language, textSections(slackWord("pleaseWait", language)), openedBy);
}

/**
 * Replaces a waiting box when the answer went to the DM instead; `register`: whom the answer spoke to;
 * `openedBy` as waitModal's.
 */
export function seeMessagesModal(language?: string, register?: Register, openedBy?: PressMark): ModalView {
  return wordsModal(
    language,
    textSections(slackWord("seeMessages", language, undefined, register)),
    openedBy,
    { close: { type: "plain_text", text: slackWord("done", language) } },
  );
}

/** The step a box answers, from its private_metadata; undefined when it is not one of ours. */
export function readBoxStep(privateMetadata: string | undefined): number | undefined {
  try {
    const parsed = JSON.parse(privateMetadata ?? "") as Partial<BoxMetadata> | null;
    return Number.isSafeInteger(parsed?.step) && (parsed?.step ?? 0) > 0 ? parsed?.step : undefined;
  } catch {
    return undefined;
  }
}

/** The press that opened a box, from its private_metadata; undefined when none did (or not one of ours). */
export function readBoxOpener(privateMetadata: string | undefined): PressMark | undefined {
  try {
    const parsed = JSON.parse(privateMetadata ?? "") as Partial<BoxMetadata> | null;
    const { key, token } = parsed?.openedBy ?? {};
    return typeof key === "string" && typeof token === "string" ? { key, token } : undefined;
  } catch {
    return undefined;
  }
}
