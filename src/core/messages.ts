import type { LogContext } from "../logging/log-context.js";
import type { ChatRef } from "./chat.js";
import type { MessageKey } from "./i18n/en.js";
import type { Language } from "./i18n/languages.js";
import type { Register } from "./i18n/register.js";

/**
 * What a platform adapter hands to the core: one message, button press or command from one chat.
 * Adapters fill it from the platform's update and nothing else; the core decides what it means.
 */
export interface Inbound extends ChatRef {
  /** False for groups and channels: the bot works only in private chats. */
  isPrivate: boolean;
  /** Typed text, commands included ("/reset"). */
  text?: string;
  /**
   * The text without what the platform marked as a link, an address, a mention, a command or a tag (Telegram's
   * entities, Slack's `<…>` markup; on Telegram a mention or tag that is the only word stays, as a password
   * typed alone may be marked so): where a password typed there would be. Read, instead of `text`, to decide
   * whether a message sent with no conversation open holds a password to delete.
   */
  ownWords?: string;
  /** The id of a choice the core offered earlier (a button press, or a number in the terminal). */
  choice?: string;
  /** The platform's id of the inbound message, so the adapter can delete it when the core says so. */
  messageId?: string;
  /** The platform's delivery id; a second delivery of the same id is ignored. */
  updateId?: string;
  /**
   * The user's language as the platform reports it (Telegram's language_code, Slack's user locale), used
   * until the chat chooses one with /language; the school's default otherwise.
   */
  locale?: string;
  /**
   * The dialog step the user was answering (Outcome.step of the reply they saw), for inputs that arrive
   * through a form rather than the chat (a Slack modal). A form of an older step changes nothing.
   */
  atStep?: number;
  /**
   * False where a message cannot be deleted once sent (a Slack DM): the core then refuses a password or
   * an answer typed there and asks for the private form instead. Default true.
   */
  secretsAllowed?: boolean;
  /**
   * An email address the platform vouches for (Slack's confirmed workspace email, when the school turns
   * SLACK_TRUST_WORKSPACE_EMAIL on). Set-up links a student without the password when it equals their
   * directory email. Leave unset unless the platform really verified it.
   */
  verifiedEmail?: string;
  /**
   * The ids of the work this input arrived with (the update's, the HTTP request's, Slack's event or trigger
   * id, the terminal's line number): every log line the core writes for it carries them. Ids only, never
   * text or a secret.
   */
  logContext?: LogContext;
}

/** A piece of text to show, as a catalogue key and its parameters; adapters render it. */
export interface Text {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** A button the user can press. `id` is opaque and short enough for Telegram's callback_data. */
export interface Choice {
  id: string;
  label: Text;
}

const BUTTON_NUMBER =
  /^\s*(?:(?:no\s*\.|#|第)\s*|(?:number|nombor|எண்)(?:\s*[.:]\s*|\s+))?(\d{1,2})\s*(?:个|個)?\s*[.。)]?\s*$/iu;

/**
 * A button's number with "no" or "not" before it, as a child writes it in each language ("no 1", "not 2",
 * "no, 1", "bukan 1", 不是1, இல்லை 1): it may mean "not that one" as much as "number 1", so it is no button.
 * "No." with its full stop is the number's own mark ("No.1"), read by BUTTON_NUMBER.
 */
const NO_BEFORE_NUMBER =
  /^\s*(?:no|not|nope|nah|don'?t|bukan|tak|tidak|jangan|不是|不要|不|இல்லை|வேண்டாம்)\s*[,!]?\s*#?\s*\d{1,2}\s*[.。)!]?\s*$/iu;

/** Whether the text is a button's number with "no" or "not" before it (see NO_BEFORE_NUMBER): no choice. */
export function saysNoToANumber(text: string): boolean {
  return NO_BEFORE_NUMBER.test(asPlainDigits(text));
}

/** Tamil digits (௧ ௨ ௩, U+0BE6–U+0BEF, which NFKC keeps) as 0–9. */
const TAMIL_DIGIT = /[\u0BE6-\u0BEF]/gu;
const withTamilDigitsAsAscii = (text: string) =>
  text.replace(TAMIL_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0be6));

/**
 * The keycap emoji a child taps on the emoji keyboard for a number: 2️⃣ is the digit, U+FE0F (often left out)
 * and U+20E3, and 🔟 (U+1F51F) is ten. A keycap is its digit.
 */
const KEYCAP = /([0-9])\uFE0F?\u20E3|\u{1F51F}/gu;
const withKeycapsAsDigits = (text: string) =>
  text.replace(KEYCAP, (_keycap, digit?: string) => digit ?? "10");

/** The text as a button's number is read: NFKC (full-width ２ is 2), Tamil digits and keycaps as 0–9. */
const asPlainDigits = (text: string) => withKeycapsAsDigits(withTamilDigitsAsAscii(text.normalize("NFKC")));

/**
 * The choice a typed number picks ("2" is the second button), or undefined. One or two digits only, so it is
 * never a password, an answer or a code; full-width digits (２, from a Chinese keyboard), Tamil ones (௨) and
 * keycap emoji (2️⃣) count too, and so does a full stop or bracket after them ("2.", "2)", "２。"), which phones
 * and numbered lists add, and the word or mark a class writes before a number ("No.2", "nombor 2", "#2", 第2个,
 * எண் 2).
 * A long word needs a space or mark before the digits: "nombor12" may be a password. "no 2" is none (see
 * saysNoToANumber).
 */
export function choiceByNumber<C extends Choice>(choices: readonly C[], text: string): C | undefined {
  const number = buttonNumberIn(text);
  return number === undefined ? undefined : choices[number - 1];
}

/** The button's number typed, as choiceByNumber reads it, whether or not such a button is shown; or undefined. */
export function buttonNumberIn(text: string): number | undefined {
  const number = BUTTON_NUMBER.exec(asPlainDigits(text))?.[1];
  return number === undefined ? undefined : Number(number);
}

/** One message for the chat. */
export interface Reply {
  text: Text;
  choices?: Choice[];
  /**
   * The answer to this message is a secret (a password or an answer to a question):
   * the terminal hides what is typed, Telegram deletes the message, Slack collects it in a modal.
   */
  expectsSecret?: boolean;
  /** This message carries a secret: show it protected (no forwarding) and delete it after this long. */
  protect?: {
    deleteAfterSeconds: number;
    /**
     * The person whose new password this is, already set in the directory: a channel that cannot show it
     * tells the core (ChannelCore.passwordNotShown), so the audit does not say only "done".
     */
    setFor?: string;
  };
  /** The language to show it in (the core sets it for every reply; adapters translate with it). */
  language?: Language;
  /** A file sent with this message (the text is its caption), e.g. an admin's audit export. Never a secret. */
  file?: ReplyFile;
}

/** A small text file a reply carries. */
export interface ReplyFile {
  name: string;
  mimeType: "text/csv";
  content: string;
}

/** What the core wants done after one inbound. */
export interface Outcome {
  replies: Reply[];
  /** The inbound message carried a secret: delete it from the chat history now. */
  deleteInbound: boolean;
  /** The update was a redelivery and was not processed: send nothing. */
  duplicate?: boolean;
  /**
   * The inbound started something new in the chat (a command, a start-menu button; see moves-on.ts): the
   * secrets the bot showed there before are no longer needed, and a channel that deletes them later deletes
   * them now, before this outcome's replies (which may show a new one) go out.
   */
  movesOn?: true;
  /** The step of the dialog left open, if any; adapters echo it back as Inbound.atStep from forms. */
  step?: number;
  /**
   * Whom the replies speak to, when the core knows: a teacher or admin ("staff") or a child. An adapter that
   * adds words of its own says their staff twin to staff (see i18n/register.ts); unknown is the children's.
   */
  register?: Register;
}

/**
 * Sends a message to a chat other than the one being answered (e.g. "your account was linked elsewhere").
 * Rejects when the message did not arrive, so that a caller that depends on it (a guided reset) can say so.
 */
export interface ChatNotifier {
  notify(chat: ChatRef, reply: Reply): Promise<void>;
}
