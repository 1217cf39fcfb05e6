import { z } from "zod";
import { nearestCommand, triesCommand } from "../../core/command-suggestion.js";
import { ALL_COMMANDS, parseCommand } from "../../core/commands.js";
import { en } from "../../core/i18n/en.js";
import { looksLikePassword } from "../../core/looks-like-password.js";
import { saysHello } from "../../core/greeting-words.js";
import { isKnownPhrase } from "../../core/known-words.js";
import type { Inbound } from "../../core/messages.js";
import { safeJson } from "../safe-json.js";
import { INPUT_ACTION_ID, INPUT_BLOCK_ID, INPUT_CALLBACK_ID, readBoxOpener, readBoxStep } from "./modals.js";
import type { PressMark } from "./press-marks.js";
import { ACTION, type SecretBoxRequest } from "./render-blocks.js";

/*
 * Who is talking: the Slack user id alone ("U123..."), not team + user. The app is installed in one
 * workspace with one bot token, where user ids are unique; on Enterprise Grid a person keeps the same id in
 * every workspace of the org, so their link follows them. Only the fields the adapter reads are checked; a
 * payload that does not fit is dropped rather than half-understood.
 */

const user = z.object({ id: z.string().min(1) });

/**
 * The DM message whose choice button was pressed, as Slack sent it with the press: the adapter takes its
 * buttons away once the press is handled. The bot's own words, never a secret (secrets are shown in boxes).
 */
export interface PressedMessage {
  channelId: string;
  ts: string;
  text: string;
  blocks: Record<string, unknown>[];
  /** The pressed button's words (a choice's label: never a secret). */
  label?: string;
}

/**
 * The view (the App Home tab) whose choice button was pressed: its id, and the hash of the version shown
 * (Slack's stamp, no secret), so that the same button of the same view pressed twice is known as one press.
 */
export interface PressedView {
  viewId: string;
  hash?: string;
}

/** What the adapter does with one Slack request. */
export type SlackInput =
  /**
   * Something for the core, with the trigger that may open a box for the answer (commands, buttons); a
   * button pressed in a DM message comes with that message, one pressed on the Home tab with its view.
   */
  | {
      kind: "interaction";
      inbound: Inbound;
      triggerId: string;
      pressed?: PressedMessage;
      pressedView?: PressedView;
      /**
       * "/sspr hello": a greeting alone, as typed in the DM (the menu). In an open dialog it asks for help
       * instead: the step would read it as its answer (a user ID "hello").
       */
      greeting?: true;
    }
  /**
   * A DM message: no trigger, so a secret prompt gets a button that opens the box. `file`: a file was
   * shared, with the words typed with it (Slack's markup left out; "" for none), which the core is not
   * given: the file or its words may be a secret all the same.
   */
  | { kind: "message"; inbound: Inbound; channelId: string; file?: SharedFile }
  /**
   * A box was submitted; the answer goes back in the HTTP response (response_action). `openedBy`: the button
   * press that opened the box, carried on by the boxes that take its place (see readBoxOpener).
   */
  | { kind: "submission"; inbound: Inbound; viewId: string; openedBy?: PressMark }
  /** "Done, hide it" on the Home tab: put the normal Home back over that version of the view. */
  | { kind: "hideSecret"; userId: string; hash?: string }
  /**
   * "Type it privately" was pressed: open the box, the core has nothing to do. `message`: the DM message
   * whose button it is (Slack always says), so that the same button pressed twice is known as one press.
   */
  | {
      kind: "secretBox";
      userId: string;
      triggerId: string;
      request: SecretBoxRequest;
      message?: { channelId: string; ts: string };
    }
  /**
   * One of her DM messages edited (Slack's message_changed, not a link's preview added): never read, the
   * dialog has moved on, but the new words may be a secret (see edited-message.ts). `ownWords`: the new text
   * without Slack's markup. `eventId`: so that a redelivery is answered once.
   */
  | { kind: "edited"; userId: string; channelId: string; eventId: string; ownWords: string }
  /** Typed outside a DM: the bot says it works in DMs only, and reads nothing. */
  | { kind: "notPrivate"; userId: string; channelId: string }
  | { kind: "ignored"; reason: string };

/** A file shared in a DM: the words typed with it, Slack's markup left out ("" for none). */
export interface SharedFile {
  captionWords: string;
}

const base = (userId: string): Pick<Inbound, "channel" | "chatUserId"> => ({
  channel: "slack",
  chatUserId: userId,
});

/** Direct-message conversation ids start with D; channels with C, private channels and group DMs with G. */
function isDirectMessage(channelId: string | undefined): boolean {
  return channelId?.startsWith("D") === true;
}

const slashCommand = z.object({
  user_id: z.string().min(1),
  channel_id: z.string(),
  trigger_id: z.string().min(1),
  text: z.string().default(""),
});

/** A choice's number alone, as a menu or a list offers them (1–12; a phone's full-width １ too). */
const CHOICE_NUMBER = /^\p{Nd}{1,2}$/u;

/**
 * `/sspr <word> <rest>` is the core's "/<word> <rest>", so new core commands (the teachers') work without
 * changing the adapter; a bare `/sspr` is "/start". A child reads no "unknown command" here: every word she
 * types after /sspr is a "/word", and a word alone that is none is answered as said at isSentence. The
 * command's words are seen by the bot only, never posted in the conversation, but they are still no place
 * for a secret: the core refuses one there.
 */
export function fromSlashCommand(raw: unknown): SlackInput {
  const parsed = slashCommand.safeParse(raw);
  if (!parsed.success) return { kind: "ignored", reason: "malformed command" };
  const c = parsed.data;
  if (!isDirectMessage(c.channel_id))
    return { kind: "notPrivate", userId: c.user_id, channelId: c.channel_id };
  const [word = "start", ...rest] = c.text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  // "/sspr 1" is the choice of that number, as "1" typed in the DM: the menu says to type its number. And
  // "/sspr ?" is the "?" that asks for help there: no command word is only marks.
  const asCommand = `/${word}${rest.length > 0 ? ` ${rest.join(" ")}` : ""}`;
  const alone = rest.length === 0;
  // A word that looks like a password ("/sspr P@ssw0rd") stays "/word": the core refuses it as a secret and
  // the child is told to type secrets in the box only, not shown the help as if it were any word.
  const unknownWord = alone && parseCommand(asCommand) === "unknown" && !looksLikePassword(word);
  const asTypedInDm =
    ((CHOICE_NUMBER.test(word) || !/[\p{L}\p{N}]/u.test(word)) && alone) ||
    isSentence(asCommand, word, rest) ||
    (unknownWord && isKnownPhrase(word));
  // Any other word alone that is no command nor a try at one ("/sspr bonjour"): what she can type.
  const text = asTypedInDm
    ? [word, ...rest].join(" ")
    : unknownWord && !triesCommand(word, ALL_COMMANDS)
      ? "/help"
      : asCommand;
  return {
    kind: "interaction",
    triggerId: c.trigger_id,
    ...(unknownWord && saysHello(word) ? { greeting: true as const } : {}),
    inbound: {
      ...base(c.user_id),
      isPrivate: true,
      text,
      // The words as she typed them, without the slash the bot put in front: a password by its own letters
      // ("/english" is none, as Telegram marks a command's word and leaves it out).
      ownWords: [word, ...rest].join(" "),
      updateId: `trigger:${c.trigger_id}`,
      secretsAllowed: false,
    },
  };
}

/**
 * Words after /sspr that start with no command word, nor a typo of one: a sentence, as typed in the DM ("I
 * forgot my password"), not a command called "I". A word alone is read in fromSlashCommand: one the chat
 * knows as words ("hello", "thanks") as typed in the DM; a typo of a command stays "/word", for the core to
 * suggest the command it meant; any other is "/help".
 */
function isSentence(asCommand: string, word: string, rest: string[]): boolean {
  return (
    rest.length > 0 && parseCommand(asCommand) === "unknown" && nearestCommand(word, ALL_COMMANDS) === null
  );
}

const blockAction = z.object({
  type: z.literal("block_actions"),
  user,
  trigger_id: z.string().min(1),
  container: z.object({
    type: z.string(),
    view_id: z.string().optional(),
    channel_id: z.string().optional(),
    message_ts: z.string().optional(),
    is_ephemeral: z.boolean().optional(),
  }),
  view: z.object({ hash: z.string().optional() }).optional(),
  message: z
    .object({ text: z.string().optional(), blocks: z.array(z.record(z.string(), z.unknown())).optional() })
    .optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string(),
        value: z.string().optional(),
        text: z.object({ text: z.string() }).optional(),
      }),
    )
    .min(1),
});

const secretBoxRequest = z.object({
  step: z.number().int().positive(),
  prompt: z.object({
    key: z.string().refine((key) => Object.hasOwn(en, key)),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
  language: z.string().max(35).optional(),
});

/**
 * A button press. Our buttons live in the bot's DM, the App Home or our own boxes, which only the user sees;
 * a press from anywhere else is treated as not private.
 */
export function fromBlockAction(raw: unknown): SlackInput {
  const parsed = blockAction.safeParse(raw);
  if (!parsed.success) return { kind: "ignored", reason: "malformed block action" };
  const a = parsed.data;
  const action = a.actions[0]!;
  const inView = a.container.type === "view";
  const channelId = a.container.channel_id ?? "";
  if (!inView && !isDirectMessage(channelId)) return { kind: "notPrivate", userId: a.user.id, channelId };

  if (action.action_id === ACTION.hideSecret) {
    if (!inView) return { kind: "ignored", reason: "hide button outside a view" };
    const hash = a.view?.hash;
    return { kind: "hideSecret", userId: a.user.id, ...(hash === undefined ? {} : { hash }) };
  }
  if (action.action_id === ACTION.secretBox) {
    const request = secretBoxRequest.safeParse(safeJson(action.value));
    if (!request.success) return { kind: "ignored", reason: "malformed secret box button" };
    const ts = a.container.message_ts;
    return {
      kind: "secretBox",
      userId: a.user.id,
      triggerId: a.trigger_id,
      request: request.data as SecretBoxRequest,
      ...(inView || ts === undefined ? {} : { message: { channelId, ts } }),
    };
  }
  if (!action.action_id.startsWith(ACTION.choice)) return { kind: "ignored", reason: "not our button" };
  const { message_ts: ts, is_ephemeral: ephemeral } = a.container;
  const pressed: PressedMessage | undefined =
    a.container.type === "message" &&
    ts !== undefined &&
    ephemeral !== true &&
    a.message?.blocks !== undefined
      ? {
          channelId,
          ts,
          text: a.message.text ?? "",
          blocks: a.message.blocks,
          ...(action.text === undefined ? {} : { label: action.text.text }),
        }
      : undefined;
  const viewId = a.container.view_id;
  const hash = a.view?.hash;
  const pressedView: PressedView | undefined =
    inView && viewId !== undefined ? { viewId, ...(hash === undefined ? {} : { hash }) } : undefined;
  return {
    kind: "interaction",
    triggerId: a.trigger_id,
    ...(pressed === undefined ? {} : { pressed }),
    ...(pressedView === undefined ? {} : { pressedView }),
    inbound: {
      ...base(a.user.id),
      isPrivate: true,
      // An empty choice is never offered, so a missing one is answered as an old button.
      choice: action.value ?? "",
      updateId: `trigger:${a.trigger_id}`,
    },
  };
}

const viewSubmission = z.object({
  type: z.literal("view_submission"),
  user,
  trigger_id: z.string().min(1),
  view: z.object({
    id: z.string().min(1),
    callback_id: z.string(),
    private_metadata: z.string().optional(),
    state: z.object({
      values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }))),
    }),
  }),
});

/** A submitted box: its one field is the answer to the step in its private_metadata. Secrets belong here. */
export function fromViewSubmission(raw: unknown): SlackInput {
  const parsed = viewSubmission.safeParse(raw);
  if (!parsed.success) return { kind: "ignored", reason: "malformed view submission" };
  const { user: who, trigger_id: triggerId, view } = parsed.data;
  if (view.callback_id !== INPUT_CALLBACK_ID) return { kind: "ignored", reason: "not our box" };
  const step = readBoxStep(view.private_metadata);
  if (step === undefined) return { kind: "ignored", reason: "box without a step" };
  const typed = view.state.values[INPUT_BLOCK_ID]?.[INPUT_ACTION_ID]?.value ?? "";
  const openedBy = readBoxOpener(view.private_metadata);
  return {
    kind: "submission",
    viewId: view.id,
    ...(openedBy === undefined ? {} : { openedBy }),
    inbound: {
      ...base(who.id),
      isPrivate: true,
      text: typed,
      atStep: step,
      updateId: `trigger:${triggerId}`,
      secretsAllowed: true,
    },
  };
}

const messageEvent = z.object({
  event_id: z.string().min(1),
  event: z.object({
    type: z.literal("message"),
    channel: z.string(),
    channel_type: z.string().optional(),
    user: z.string().optional(),
    bot_id: z.string().optional(),
    subtype: z.string().optional(),
    text: z.string().optional(),
    ts: z.string(),
    files: z
      .array(z.object({ initial_comment: z.object({ comment: z.string().optional() }).optional() }))
      .optional(),
    /** message_changed: the message as it is now, and as it was. */
    message: z
      .object({ user: z.string().optional(), bot_id: z.string().optional(), text: z.string().optional() })
      .optional(),
    previous_message: z.object({ text: z.string().optional() }).optional(),
  }),
});

/**
 * The subtypes of a message a person sent: a file shared, a reply in a thread that she also sent to the DM
 * ("Also send to direct message"), which is in the DM as any message and waits for an answer, and "/me …"
 * (its text without the "/me"), typed words as any.
 */
const PERSONS_MESSAGES: ReadonlySet<string> = new Set(["file_share", "thread_broadcast", "me_message"]);

/**
 * A message event. In a DM, typed words go to the core with `secretsAllowed: false`: a DM stays in Slack's
 * history and the bot cannot delete the student's message, so the core refuses a password or answer there
 * and asks for the box. Edits are not input (see fromEdit), nor are deletions and bots' messages, nor a DM
 * event (channel_type "im") whose channel is not a DM (D…).
 */
export function fromMessageEvent(raw: unknown): SlackInput {
  const parsed = messageEvent.safeParse(raw);
  if (!parsed.success) return { kind: "ignored", reason: "malformed message event" };
  const { event_id: eventId, event } = parsed.data;
  if (event.subtype === "message_changed") return fromEdit(eventId, event);
  if (event.bot_id !== undefined || event.user === undefined)
    return { kind: "ignored", reason: "not a person" };
  if (event.subtype !== undefined && !PERSONS_MESSAGES.has(event.subtype)) {
    // message_deleted, bot_message, channel_join…: nothing she typed for the bot.
    return { kind: "ignored", reason: `message subtype ${event.subtype}` };
  }
  if (event.channel_type !== "im")
    return { kind: "notPrivate", userId: event.user, channelId: event.channel };
  // Slack sends message.im only with a DM's id. Any other id is forged or broken: answering there would post
  // in that channel, and the channel would be remembered as the user's DM (see SlackApi.rememberDm).
  if (!isDirectMessage(event.channel))
    return { kind: "ignored", reason: "a DM event from a conversation that is not a DM" };
  // The words typed with a file are the message's text (older clients: the file's initial comment).
  const isFile = event.subtype === "file_share" || (event.files ?? []).length > 0;
  const caption = [event.text, ...(event.files ?? []).map((file) => file.initial_comment?.comment)]
    .map((words) => unescaped(withoutMarkup(words ?? "")).trim())
    .filter((words) => words !== "")
    .join(" ");
  return {
    kind: "message",
    channelId: event.channel,
    ...(isFile ? { file: { captionWords: caption } } : {}),
    inbound: {
      ...base(event.user),
      isPrivate: true,
      // A file's caption is not read: the core then says it reads only typed words.
      ...(!isFile && event.text !== undefined
        ? {
            text: unformatted(asTyped(event.text)),
            // Judged with the marks: what may be a secret is never made smaller.
            ownWords: unescaped(withoutMarkup(event.text)),
          }
        : {}),
      messageId: event.ts,
      updateId: `event:${eventId}`,
      secretsAllowed: false,
    },
  };
}

/**
 * An edit of her own DM message, whose text changed: Slack sends message_changed also when it adds a link's
 * preview (the text unchanged) and when the bot takes its own message's buttons away (a bot's message).
 */
function fromEdit(eventId: string, event: z.infer<typeof messageEvent>["event"]): SlackInput {
  const now = event.message;
  if (now === undefined || now.bot_id !== undefined || now.user === undefined)
    return { kind: "ignored", reason: "not a person's edit" };
  if (now.text === event.previous_message?.text) return { kind: "ignored", reason: "text unchanged" };
  if (event.channel_type !== "im" || !isDirectMessage(event.channel))
    return { kind: "ignored", reason: "an edit outside a DM" };
  return {
    kind: "edited",
    userId: now.user,
    channelId: event.channel,
    eventId,
    ownWords: unescaped(withoutMarkup(now.text ?? "")).trim(),
  };
}

/**
 * `text` with Slack's markup blanked: the links, addresses, mentions and channels Slack wrote as
 * `<https://…|…>`, `<mailto:…>`, `<@U…>`, `<#C…|…>`. A "<" the user typed arrives as "&lt;", so every `<…>` is
 * Slack's.
 */
function withoutMarkup(text: string): string {
  return text.replace(/<[^<>]*>/g, " ");
}

/**
 * `text` as the user typed it and sees it: Slack's `<mailto:s1001@school.example|s1001@school.example>` or
 * `<http://abc.com|abc.com>` is its label (a user ID that is an email address), "&lt;3" is "<3".
 */
function asTyped(text: string): string {
  return unescaped(
    text.replace(
      /<([^<>|]*)(?:\|([^<>]*))?>/g,
      (_, target: string, label?: string) => label ?? target.replace(/^mailto:/, ""),
    ),
  );
}

/** Slack writes the "&", "<" and ">" a user types as "&amp;", "&lt;" and "&gt;" (and nothing else). */
function unescaped(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Slack's marks of bold, italics, strike-through and code around the whole text, with its words inside. */
const WRAPPED = /^([*_~`])(\S(?:.*\S)?)\1$/su;

/**
 * `text` without the formatting marks Slack wraps the whole message in ("*S1001*" typed in bold, "_S1001_",
 * "`S1001`", "~S1001~", "```S1001```", "*_S1001_*"): a user ID is read without them. Marks inside the words are
 * hers and stay. A box's words are plain text, never formatted: they are read as typed.
 */
function unformatted(text: string): string {
  let words = text.trim();
  for (let inside = WRAPPED.exec(words); inside !== null; inside = WRAPPED.exec(words)) {
    words = inside[2]!.trim();
  }
  return words;
}
