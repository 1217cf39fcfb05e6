import type { types } from "@slack/bolt";
import type { MessageKey } from "../../core/i18n/en.js";
import { STAFF_TWINS } from "../../core/i18n/register.js";
import type { Outcome, Reply } from "../../core/messages.js";
import type { Logger } from "../../logging/create-logger.js";
import { pressNotTaken } from "../press-not-taken.js";
import { describeSlackError, type SlackApi } from "./slack-api.js";
import { clip } from "./slack-text.js";
import type { PressedMessage } from "./to-inbound.js";

/** "That button is old": the presser alone needs to hear it, and only now. */
const OLD_BUTTON_KEYS: ReadonlySet<MessageKey> = new Set(["button.expired", STAFF_TWINS["button.expired"]]);
/**
 * The press chose nothing: the button's dialog had stopped (the student was away too long), or the step did
 * not take it ("tap a button": its question is asked again, with new buttons).
 */
const CHOSE_NOTHING_KEYS: ReadonlySet<MessageKey> = new Set([
  "chat.timedOut",
  "chat.timedOutLinked",
  "chat.timedOutKept",
  "chat.timedOutSaved",
  "chat.timedOutLinkedShared",
  "chat.timedOutKeptShared",
  "chat.timedOutSavedShared",
  STAFF_TWINS["chat.timedOut"],
  "input.useButtons",
  STAFF_TWINS["input.useButtons"],
]);
/** A button label is at most 75 characters; the tick and a space come before it. */
const CHOSEN_MAX = 77;

/** A reply that says the pressed button was old: shown to the presser alone (ephemeral), never kept in the DM. */
export function saysOldButton(reply: Reply): boolean {
  return OLD_BUTTON_KEYS.has(reply.text.key);
}

/**
 * After a choice button in a DM message was pressed and answered: the message loses its buttons, so it
 * cannot be pressed again, and keeps its words. When the press chose something, "✓ <the button's words>"
 * goes under them (a choice's label is never a secret). A press that failed or came while the chat was busy
 * ("please try again") keeps them. A message without buttons any more (a Slack client
 * not caught up pressed it) is left alone, which saves a call against Slack's rate limit. A refused update
 * only leaves the old buttons (pressing one is answered as old): it is logged and the step goes on.
 */
export async function retirePressedMessage(
  api: SlackApi,
  pressed: PressedMessage,
  outcome: Outcome,
  log: Logger,
): Promise<void> {
  if (outcome.duplicate === true || !pressed.blocks.some(isActions)) return;
  if (pressNotTaken(outcome.replies)) return;
  const chose = outcome.replies.every(
    (reply) => !OLD_BUTTON_KEYS.has(reply.text.key) && !CHOSE_NOTHING_KEYS.has(reply.text.key),
  );
  // Slack's copy of blocks the bot posted, sent back unchanged.
  const kept = pressed.blocks.filter((block) => !isActions(block)) as unknown as types.KnownBlock[];
  const chosen: types.KnownBlock[] =
    chose && pressed.label !== undefined && pressed.label.trim() !== ""
      ? [
          {
            type: "context",
            elements: [{ type: "plain_text", text: clip(`✓ ${pressed.label}`, CHOSEN_MAX), emoji: true }],
          },
        ]
      : [];
  try {
    await api.updateMessage(pressed.channelId, pressed.ts, {
      text: pressed.text,
      blocks: [...kept, ...chosen],
    });
  } catch (error) {
    log.warn(describeSlackError(error), "could not take the buttons off a pressed Slack message");
  }
}

function isActions(block: Record<string, unknown>): boolean {
  return block.type === "actions";
}
