import type { Text } from "../messages.js";
import type { Person } from "../ports/directory.js";
import { containsIdentity } from "../answers/answer-rules.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "../answers/normalise-answer.js";
import { builtOnTheExample } from "./built-on-the-example.js";
import { PASSWORD_EXAMPLE, tooEasyToGuess } from "./password-strength.js";

export interface PasswordRules {
  minLength: number;
  maxLength: number;
}

const normalise = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);

/**
 * Marks nobody sees and no login screen types: control characters (a NUL, a tab, a line break), format
 * characters (zero-width spaces and joiners, right-to-left marks, a byte-order mark) and line or paragraph
 * separators. Copied from a note or added by a phone, one is set in the directory as it is, and the child
 * cannot log in with the password she just chose.
 */
const HIDDEN_MARK = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * The joiners and tags that make several emoji one (a family, a flag of Scotland) are the emoji's, seen as
 * one picture, not hidden marks: such sequences are taken out before HIDDEN_MARK looks, and the child is told
 * emoji are not on the keyboard. A joiner anywhere else is a hidden mark.
 */
const JOINED_EMOJI =
  /\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)?(?:\u200D\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F)?)+|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;

/**
 * What the keyboard of a school computer types at its login screen: the letters A to Z, the digits, the
 * symbols printed on the keys and the space bar. Nothing else is there: no emoji, and the password box turns a
 * Chinese or Tamil keyboard off, so neither their letters nor full-width ones (Ｓ) nor an accented é, a
 * phone's curly quote (’) or a no-break space can be typed there.
 */
const KEYBOARD_ONLY = /^[\x20-\x7E]*$/;

/**
 * Full-width forms of what the keyboard types (Ｓ, １, －) and the ideographic space: a Chinese keyboard left in
 * full-width mode types them for the letters, numbers and symbols the child meant, which she sees as A to Z.
 */
const FULL_WIDTH = /[\uFF01-\uFF5E]/gu;

/**
 * What a Chinese keyboard's punctuation mode types for the keys of . $ _ ^ \ < > [ ] (and its wide space for
 * the space bar): the ellipsis and the dash come two at a time for one key. One dash or ellipsis alone, and
 * curly quotes, are left out: an English phone's smart punctuation types those for -- ... and ", and no
 * half-width switch helps her.
 */
const CHINESE_PUNCTUATION: Readonly<Record<string, string>> = {
  "\u3000": " ",
  "。": ".",
  "￥": "$",
  "——": "_",
  "……": "^",
  "、": "\\",
  "《": "<",
  "》": ">",
  "【": "[",
  "】": "]",
};
const CHINESE_PUNCTUATION_MARK = /——|……|[\u3000。￥、《》【】]/gu;

/** `password` as the keyboard would have typed it in half-width mode with English punctuation. */
function inHalfWidth(password: string): string {
  return password
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(CHINESE_PUNCTUATION_MARK, (c) => CHINESE_PUNCTUATION[c] ?? c);
}

/**
 * Whether `password` has full-width forms or a Chinese keyboard's punctuation and would be KEYBOARD_ONLY
 * typed in half-width with English punctuation: only that keyboard's mode stands in its way. No login screen
 * types such a password, so set-up tells her about the keyboard rather than asking the directory (and
 * counting a wrong password) for it.
 */
export function typedInFullWidth(password: string): boolean {
  const halfWidth = inHalfWidth(password);
  return halfWidth !== password && KEYBOARD_ONLY.test(halfWidth);
}

/**
 * Whether the only thing no login screen types is a wide space (U+3000) first or last: she sees no wide
 * letter there, so she is told about the space (a Chinese keyboard's space bar, or a word its suggestions
 * picked), not about wide letters.
 */
export function wideSpaceAtAnEnd(password: string): boolean {
  const inner = password.replace(/^\u3000+|\u3000+$/gu, "");
  return inner !== password && inner !== "" && KEYBOARD_ONLY.test(inner);
}

/**
 * A space first or last: a phone's keyboard puts one after a word picked from its suggestions, nobody sees
 * it, and the password she types at school without it is wrong. Spaces between words are fine.
 */
const SPACE_AT_AN_END = /^ | $/;

/**
 * A word in curly brackets at the start ("{SSHA}", "{CLEARTEXT}", "{CRYPT}", a module's "{ARGON2}"): how a
 * directory marks a userPassword value as hashed already. OpenLDAP's ppolicy (ppolicy_hash_cleartext) hashes
 * and checks only a value without one; with one it is stored as it is, so "{CLEARTEXT}ab" (13 characters,
 * long enough) set the password "ab" in clear where the server reads that scheme, and a locked-out account
 * where it does not, and "{SSHA}…" a password of the child's choosing that no policy checked (unless
 * pwdCheckQuality is 2). Refused for every directory: no child needs to start a password so.
 */
const HASH_SCHEME_AT_START = /^\{[^{}]+\}/;

/** Whether a space comes first or last (SPACE_AT_AN_END): the second entry of a new password is told so too. */
export function hasSpaceAtAnEnd(password: string): boolean {
  return SPACE_AT_AN_END.test(password);
}

/**
 * The runs of letters in a password, normalised: "Aisha-1234567" has the word "aisha", which is her
 * name, though the whole is not; "Dumpling-4" has "dumpling", which only holds "ling".
 */
function wordsOf(password: string): string[] {
  return password
    .split(/[^\p{L}\p{M}]+/u)
    .map(normalise)
    .filter((word) => word !== "");
}

/**
 * Whether `text` could be a password the school's rules take, by its letters and length alone: only what the
 * keyboard types (a phone's full-width forms counted as the keys she meant), and not too short. "what?" and
 * 什么？ cannot; "which one?" can.
 */
export function couldBeAPassword(text: string, rules: Pick<PasswordRules, "minLength">): boolean {
  const halfWidth = inHalfWidth(text);
  return KEYBOARD_ONLY.test(halfWidth) && [...halfWidth].length >= rules.minLength;
}

/**
 * Checks a password a student typed for themselves, before it goes to the directory (which may still
 * refuse it by its own policy). Returns what to tell the student, or null when it is fine.
 */
export function checkNewPassword(
  password: string,
  person: Pick<Person, "id" | "name">,
  rules: PasswordRules,
  schoolWords: readonly string[] = [],
): Text | null {
  const problem = checkPasswordRules(password, person, rules);
  if (problem !== null) return problem;
  // Before the score: the example copied as it is scores too low, and "too easy, like {example}" would
  // show her the very password she typed as the good kind.
  if (builtOnTheExample(password)) return { key: "password.likeExample" };
  const ownWords = [person.id, ...person.name.split(/\s+/u), ...schoolWords];
  if (tooEasyToGuess(password, ownWords))
    return { key: "password.tooCommon", params: { example: PASSWORD_EXAMPLE } };
  return null;
}

/**
 * The rules of checkNewPassword but how easy the password is to guess: a password the bot makes is three
 * random words and a number (passphrase.ts), not to be scored each time it makes one.
 */
export function checkPasswordRules(
  password: string,
  person: Pick<Person, "id" | "name">,
  rules: PasswordRules,
): Text | null {
  // Before the length: a child told "too short" after 3 emoji would add more emoji.
  if (HIDDEN_MARK.test(password.replace(JOINED_EMOJI, ""))) return { key: "password.hiddenMark" };
  if (wideSpaceAtAnEnd(password)) return { key: "password.spaceAtEnd" };
  if (!KEYBOARD_ONLY.test(password))
    return { key: typedInFullWidth(password) ? "password.fullWidth" : "password.notOnKeyboard" };
  if (hasSpaceAtAnEnd(password)) return { key: "password.spaceAtEnd" };
  if (HASH_SCHEME_AT_START.test(password)) return { key: "password.schemeAtStart" };
  const length = [...password].length;
  if (length < rules.minLength) return { key: "password.tooShort", params: { min: rules.minLength } };
  if (length > rules.maxLength) return { key: "password.tooLong", params: { max: rules.maxLength } };
  if (
    containsIdentity(normalise(password), person) ||
    wordsOf(password).some((w) => containsIdentity(w, person))
  )
    return { key: "password.hasName" };
  return null;
}
