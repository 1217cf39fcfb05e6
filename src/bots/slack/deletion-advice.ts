import { parseCommand } from "../../core/commands.js";
import { looksLikePassword } from "../../core/looks-like-password.js";
import type { MessageKey } from "../../core/i18n/en.js";
import { inRegister, STAFF_TWINS } from "../../core/i18n/register.js";
import type { Outcome, Reply } from "../../core/messages.js";
import type { SharedFile } from "./to-inbound.js";

/** Where the words the core read were typed: a DM message, or the text after `/sspr`. */
export type TypedIn = "message" | "command";

/**
 * What the student is told, by where they typed and whether the core refused it as a secret typed outside a
 * box ("input.useSecureForm", whose words it then replaces, so that nothing is said twice).
 *
 * - A DM message stays in the chat, and a bot token cannot delete a user's message (chat.delete deletes the
 *   bot's own only): the student is told how to delete it themselves.
 * - The text of a slash command is posted nowhere (the bot acknowledges it with no response), so there is
 *   nothing to delete: the student is told that, and to type secrets in the box only.
 */
const ADVICE: Record<TypedIn, { alone: MessageKey; refused: MessageKey }> = {
  message: { alone: "slack.deleteYourMessage", refused: "slack.useSecureFormDelete" },
  command: { alone: "slack.secretAfterCommand", refused: "slack.useSecureFormCommand" },
};

/** The core's refusal of a secret typed outside a box, as a child or as staff gets it. */
const REFUSALS: ReadonlySet<MessageKey> = new Set([
  "input.useSecureForm",
  STAFF_TWINS["input.useSecureForm"],
]);

/** The core's "I deleted that message", untrue on Slack. */
const DELETION_NOTES: ReadonlySet<MessageKey> = new Set([
  "input.deletedLikePassword",
  "input.deletedMaybeSecret",
  STAFF_TWINS["input.deletedMaybeSecret"],
]);

/**
 * The outcome with what Slack's student must know about the words they just typed, when the core says they
 * may be a secret (`deleteInbound`: Telegram deletes such a message, Slack cannot), or about a file they
 * shared (`file`; the core never reads it or its words) where the core asks for a secret (a photo of the
 * password's sticker, of the cat for "favourite animal?"), or whose words look like a password anywhere:
 * Telegram deletes both. Once per input: a redelivery (`duplicate`) says nothing. The text itself is never
 * repeated. A known command ("/reset") is no secret: the core flags one when it could not read it (busy, an
 * outage), or for a password after its word, so nothing is said then (and not the core's "I deleted"). Use on the outcome of every typed input that is not a box's (a
 * box's words are posted nowhere); `text` is what the core read (for a command, "/<word> <rest>").
 */
export function withDeletionAdvice(
  outcome: Outcome,
  typedIn: TypedIn,
  text: string | undefined,
  file?: SharedFile,
): Outcome {
  const fileMayBeSecret =
    file !== undefined &&
    (outcome.replies.at(-1)?.expectsSecret === true || looksLikePassword(file.captionWords));
  if (!(outcome.deleteInbound || fileMayBeSecret) || outcome.duplicate === true) return outcome;
  const command = parseCommand(text);
  // The core's "I deleted that message" after a command with a password ("/sspr start <password>") is
  // untrue here too: the words after /sspr are posted nowhere.
  if (command !== null && command !== "unknown") return withoutDeletionNotes(outcome);
  const { alone, refused } = ADVICE[typedIn];
  const language = outcome.replies.find((reply) => reply.language !== undefined)?.language;
  // To a teacher or admin (a guided reset's answers or code typed in the chat) in the adult register.
  const advice = (key: MessageKey): Reply =>
    inRegister(
      { text: { key }, ...(language === undefined ? {} : { language }) },
      outcome.register ?? "child",
    );
  // The core's "I deleted that message" is untrue here: the advice says what to do instead.
  const told = outcome.replies.filter((reply) => !DELETION_NOTES.has(reply.text.key));
  const refusal = told.findIndex((reply) => REFUSALS.has(reply.text.key));
  const replies =
    refusal === -1
      ? [advice(alone), ...told]
      : told.map((reply, index) => (index === refusal ? { ...reply, ...advice(refused) } : reply));
  return { ...outcome, replies };
}

/**
 * The outcome of a submitted box without the core's "I deleted that message": a box's words are posted
 * nowhere, so there is nothing to delete and nothing to say about it. Use on every box submission's outcome.
 */
export function withoutDeletionNotes(outcome: Outcome): Outcome {
  const replies = outcome.replies.filter((reply) => !DELETION_NOTES.has(reply.text.key));
  return replies.length === outcome.replies.length ? outcome : { ...outcome, replies };
}
