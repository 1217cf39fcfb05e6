import { isNonAnswer } from "../answers/non-answers.js";
import { looksLikePassword } from "../looks-like-password.js";
import type { Reply } from "../messages.js";
import { numberInWords } from "../number-words.js";
import { plainWord } from "../reserved-words.js";
import { asTypedOrWithoutParticles } from "../sentence-particles.js";
import { yesOrNo } from "../yes-or-no.js";
import { say, type Input } from "./flow.js";

/** Longer than any directory's user id: a longer typed id never reaches the directory. */
export const MAX_ID_LENGTH = 64;

/**
 * A typed user ID or class name as plain characters, trimmed: full-width Ｓ１００１ or ４Ａ from a Chinese keyboard
 * is S1001, 4A, and the invisible format characters that copy-paste and phone keyboards add (bidi marks,
 * zero-width spaces and joiners, a byte-order mark: Unicode's Cf) are dropped, since no ID or class has one.
 * So are control characters (Cc): a refused class or chat is audited as typed, and a terminal's escape codes
 * in it would move the cursor and wipe lines when an admin prints the audit with `npm run audit`.
 * Not for passwords, which reach the directory exactly as typed.
 */
export function typedText(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .normalize("NFKC")
    .trim();
}

/**
 * The accents and other marks over or under a letter that belong to no script of their own (é, ü, å, ǫ, ṅ:
 * Unicode's "Inherited" script), which Windows Active Directory does not look at in a logon name: "jösé"
 * logs on as jose there (Microsoft KB 938447), while OpenLDAP and the memory directory match only the same
 * marks. Not the vowel signs of Tamil and other scripts, which are letters of their own.
 */
const MARK_OVER_A_LETTER = /\p{Script=Inherited}/gu;

/**
 * Letters Windows Active Directory takes for others though Unicode gives them no mark to leave out: ø is o
 * there, and ß is ss (Microsoft KB 938447: Meißner is Meissner).
 */
const FOLDED_BY_WINDOWS: Readonly<Record<string, string>> = { ø: "o", Ø: "O", ß: "ss", ẞ: "SS" };

/**
 * The Turkish İ and ı as i, the letters of FOLDED_BY_WINDOWS as it has them, and `text` without marks over
 * or under its letters (see typedUserId).
 */
function asPlainLetters(text: string): string {
  return text
    .replace(/[\u0130\u0131]/gu, "i")
    .replace(/[øØßẞ]/gu, (c) => FOLDED_BY_WINDOWS[c] ?? c)
    .normalize("NFD")
    .replace(MARK_OVER_A_LETTER, "")
    .normalize("NFC");
}

/**
 * A typed user ID as plain characters (typedText), without the marks around it (withoutMarksAround): the
 * full stop a phone keyboard adds after a double space (S1001. or, on a Chinese keyboard, S1001。), a comma
 * or "!" after it, quotes, brackets or an emoji round it. A question mark after words stays, one, as the
 * question it is ("which questions did I pick?"); after an ID ("S1001?") it goes too. Spaces inside it are one space,
 * as OpenLDAP and Active Directory both match them. Some letters are matched more loosely by one directory
 * than by the others: the Turkish capital İ is i to OpenLDAP ("gİna" finds gina), the dotless ı is i to
 * Active Directory (it compares capitals: both are I), and Windows Active Directory does not look at
 * accents ("gína" finds gina) and takes ø for o and ß for ss. So each is written as the plain letter before any directory sees the ID,
 * the spelling a made-up ID is keyed by (idMatchKey): "mİa", "mıa" and "mía" are the real mia wherever
 * "qİa", "qıa" and "qía" count with "qia", and neither a pause nor the questions tell a real ID from a
 * made-up one. (An ID stored with such a letter, unusual for a logon name, is then found only by a
 * directory that matches it loosely.)
 */
export function typedUserId(text: string): string {
  const plain = typedText(text);
  const marks = marksAround(plain);
  const { name, after } = marks;
  const asked = name !== "" && after.includes("?") && !ID_SHAPED.test(name);
  return asPlainLetters(passwordKept(plain, marks, asked ? `${name}?` : name).replace(/\s+/gu, " "));
}

/** Emoji and the parts they are made of that typedText leaves (variation selectors, skin tones, keycaps). */
const EMOJI = String.raw`\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\uFE0E|\uFE0F|\u20E3`;
/** Before a name: a space, an emoji, or an opening quote or bracket (“ ‘ " ' ( [ 「 『 【 《). */
const MARK_BEFORE = new RegExp(String.raw`^(?:\s|${EMOJI}|[\p{Ps}\p{Pi}\p{Pf}"'])$`, "u");
/**
 * After a name: a space, an emoji, a closing quote or bracket, or a sentence's mark (. , ; : ! ? … and a
 * Chinese keyboard's 。、; typedText has made ，！；：？ these already).
 */
const MARK_AFTER = new RegExp(String.raw`^(?:\s|${EMOJI}|[\p{Pe}\p{Pf}\p{Pi}"'.,;:!?…。、])$`, "u");

/** `typed` split into the marks before a name, the name, and the marks after it (see withoutMarksAround). */
function marksAround(typed: string): { before: string; name: string; after: string } {
  const chars = [...typed];
  let last = chars.length;
  while (last > 0 && MARK_AFTER.test(chars[last - 1] ?? "")) last -= 1;
  let first = 0;
  while (first < last && MARK_BEFORE.test(chars[first] ?? "")) first += 1;
  const [before, name, after] = [chars.slice(0, first), chars.slice(first, last), chars.slice(last)];
  return { before: before.join(""), name: name.join(""), after: after.join("") };
}

/** The marks a school computer's keyboard types that a password may start or end with (not a full stop). */
const KEYBOARD_MARKS = /[^!-\-/:-@[-`{-~]/gu;

/**
 * `unmarked`, or `typed` when the name looks like a password with the keyboard's marks it had around it and
 * not without them ("Tiger12!" is 8 characters, "Tiger12" 7): what is taken for a password is then the same
 * with or without them, and never looked up. Emoji, curly quotes and a Chinese keyboard's marks are in no
 * password (set-up refuses them), and a full stop after an ID was always dropped.
 */
function passwordKept(
  typed: string,
  { before, name, after }: ReturnType<typeof marksAround>,
  unmarked: string,
): string {
  const keyboardTyped = before.replace(KEYBOARD_MARKS, "") + name + after.replace(KEYBOARD_MARKS, "");
  return looksLikePassword(keyboardTyped) && !looksLikePassword(unmarked) ? typed : unmarked;
}

/**
 * A typed user ID or class name (already plain characters: typedText) without what a child or a phone
 * puts around it: quotes and brackets ("'S1001'", “S1001”, (S1001), 「4A」), emoji ("S1001 🙂") and a
 * sentence's marks after it ("S1001,", "S1001!", "4A.", "4A?"). No logon name starts or ends with one
 * (Active Directory refuses " , ; : ? [ ] in one, and a full stop at its end) and none has emoji or curly
 * quotes; nothing inside it is touched (tan.weiling, o'neil, wl_tan). Text that looks like a password only
 * with its marks is left as typed (passwordKept).
 */
export function withoutMarksAround(typed: string): string {
  const marks = marksAround(typed);
  return passwordKept(typed, marks, marks.name);
}

/**
 * A typed user ID (typedUserId) as the directories match it, for keying what a made-up ID counts and gets
 * shown: each character in lower case on its own, with the plain letters typedUserId already has (an id
 * that did not come through typedUserId, a stored one, gets the same key; JavaScript's lower case would
 * make İ "i" and a dot). A real ID's spellings all count as the one person the directory finds; a made-up
 * ID's spellings must count together in the same way, or a pause (or the decoy questions) would tell which
 * IDs are real.
 */
export function idMatchKey(id: string): string {
  return [...asPlainLetters(id.trim())].map((c) => c.toLowerCase()).join("");
}

/**
 * Letters, digits and the marks of a logon name (tan.weiling, wl_tan, s1001@school): "I don't know", 不知道
 * or "tak tahu" is none. Such a non-answer at a user-ID prompt is told who can give her the ID, rather than
 * taken as one and asked for its password (each wrong password a try against the chat).
 */
const ID_SHAPED = /^[A-Za-z0-9._@-]+$/;

/** A word for the user ID itself, in the four languages ("user ID", 用户名, "ID pengguna", ஐடி). */
const ID_WORD = /(?<![a-z0-9])(user ?id|user ?name|login|id)(?![a-z0-9])|用户名|账号|帐号|学号|ஐடி|பயனர்/u;

/** Not knowing it, or asking it: "don't know", "what is", 不知道, 什么, "tak tahu", "apa", தெரியாது, என்ன. */
const NOT_KNOWN =
  /(?<![a-z0-9])(don'?t|do not|idk|forgot|forget|lost|what'?s?|where|which|tahu|lupa|ingat|apa|mana)(?![a-z0-9])|不知道|不晓得|不记得|忘|什么|啥|哪|தெரியாது|தெரியல|மறந்து|நினைவில்லை|என்ன|எது/u;

/**
 * "I forgot" or "don't know" in one word shaped like a logon name (ID_SHAPED), which no school's ID is: the
 * Malay prompt's "Tidak tahu?" invites *lupa*. Not "idk", which may be a child's initials (Ian D. King).
 */
const NOT_KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...["forgot", "forget", "dunno"],
  ...["lupa", "terlupa", "entah", "entahlah", "xtahu", "xtau"],
]);

/**
 * "I don't know my user ID", "what is my user id", 我不知道我的用户名, "saya tak tahu ID saya": a sentence
 * about her ID, not one (an ID has no such words and spaces, see ID_SHAPED, which the caller checks first).
 */
function saysIdNotKnown(typed: string): boolean {
  const text = typed.toLowerCase().replace(/[’‘`]/gu, "'");
  return ID_WORD.test(text) && NOT_KNOWN.test(text);
}

/**
 * At set-up's password prompt, "I forgot my ID", "what is my user id", 我忘了我的用户名, "saya lupa ID saya": a
 * sentence saying she does not know her ID, so the one just taken was a guess. Never one ID-shaped word
 * ("My-ID-Is-Lost" may be a password). From the text alone, the same for every ID.
 */
export function saysIdNotKnownAtPassword(text: string): boolean {
  const typed = typedText(text);
  return !ID_SHAPED.test(typed) && saysIdNotKnown(typed);
}

/**
 * A user id as typed at an id prompt, trimmed, or what to tell the user. No user id is only spaces, emoji
 * or punctuation; the check is on the input alone, the same for everyone.
 */
export function readTypedId(input: Input): { ok: true; id: string } | { ok: false; problem: Reply } {
  if (input.kind !== "text") return { ok: false, problem: say("input.notText") };
  const asTyped = typedUserId(input.text);
  if (!/[\p{L}\p{N}]/u.test(asTyped)) return { ok: false, problem: say("input.emptyId") };
  const typed = idInASentence(asTyped) ?? asTyped;
  // With a particle after it too, as a child says it: "lupa la", "lupalah", "tak tahu la" (isNonAnswer reads those).
  if (asTypedOrWithoutParticles(typed).some((word) => NOT_KNOWN_WORDS.has(word.toLowerCase())))
    return { ok: false, problem: say("input.idNotKnown") };
  if ((!ID_SHAPED.test(typed) || saidWithMarks(input.text)) && (isNonAnswer(typed) || saysIdNotKnown(typed)))
    return { ok: false, problem: say("input.idNotKnown") };
  const id = withoutQuestionMark(typed);
  if (id === null) return { ok: false, problem: say("input.idIsQuestion") };
  if (id.length > MAX_ID_LENGTH) return { ok: false, problem: say("input.tooLong") };
  return { ok: true, id };
}

/**
 * Whether marks stood around what was typed ("idk?", "'idk'", "idk 😢"), beyond the full stop a phone adds
 * after a double space, which an ID always lost. "idk" alone may be initials and is taken as an ID; with a
 * question mark, quotes or an emoji it is the phrase, as "none!" or "nothing?" are no ID either.
 */
function saidWithMarks(text: string): boolean {
  const { before, after } = marksAround(typedText(text));
  return before !== "" || !/^[\s.。]*$/u.test(after);
}

/**
 * The words around a user ID in a sentence: "my user id is", "id:", 我的学号是, "ID saya ialah", என் ஐடி, and
 * the prompts' own words for it ("ID pengguna", "பயனர் ID").
 */
const ID_WORDS = String.raw`(?:user ?id|user ?name|login|id pengguna|id|用户名|账号|帐号|学号|பயனர் ?(?:id|ஐடி)|ஐடி)`;
/** "is" between the words and the ID: "is", "=", ":", "-", 是, "ialah", "adalah". */
const IS = String.raw`(?:is|=|:|-|是|ialah|adalah)`;
const ID_IN_A_SENTENCE = [
  new RegExp(String.raw`^(?:my |the )?${ID_WORDS} ?${IS}? ?(\S+)$`, "u"),
  new RegExp(String.raw`^(\S+) is my ${ID_WORDS}$`, "u"),
  new RegExp(String.raw`^我的 ?${ID_WORDS} ?(?:是|:)? ?(\S+)$`, "u"),
  new RegExp(String.raw`^${ID_WORDS} (?:saya|aku) ?(?:ialah|adalah|:)? ?(\S+)$`, "u"),
  new RegExp(String.raw`^(?:என்|என்னுடைய) ?${ID_WORDS} ?:? ?(\S+)$`, "u"),
  // "I am S1001": 我是S1001, "saya S1001", "I'm S1001", நான் S1001.
  new RegExp(String.raw`^(?:i ?['’]?m|i am|我是|saya|aku|நான்) ?(\S+)$`, "u"),
];

/**
 * The user ID in "my id is S1001", "S1001 is my id", 我的学号是S1001, "ID pengguna: S1001", என் பயனர் ID S1001 or
 * 我是S1001: a child answering the prompt in a sentence, also with a particle after it ("S1001 lah", "ID saya
 * S1001 la"). Only an ID-shaped word with a digit or a logon name's mark (S1001, tan.weiling) is taken, so
 * "my id is" alone is no ID "is"; else null, and the text is read as typed. From the text alone, the same for
 * real and made-up IDs.
 */
function idInASentence(typed: string): string | null {
  if (ID_SHAPED.test(typed)) return null;
  for (const reading of asTypedOrWithoutParticles(typed)) {
    const text = reading.toLowerCase();
    const word = isAnId(text)
      ? text
      : ID_IN_A_SENTENCE.map((sentence) => sentence.exec(text)?.[1]).find(isAnId);
    if (word === undefined) continue;
    // As she typed it: the directory matches capitals as it always does.
    const at = text.lastIndexOf(word);
    return reading.slice(at, at + word.length);
  }
  return null;
}

/** An ID-shaped word with a digit or a logon name's mark (S1001, tan.weiling): no word of a sentence. */
function isAnId(word: string | undefined): word is string {
  return word !== undefined && ID_SHAPED.test(word) && /[0-9._@]/u.test(word);
}

/** Question marks at the end ("?", and "？" from a Chinese keyboard), with any spaces before them. */
const QUESTION_AT_END = /\s*[?？]+$/u;

/**
 * A typed user ID without the question mark of a child unsure of it ("S1001?" is S1001), or null for a
 * question asked back at the prompt ("which questions did I pick?", 我的用户名是什么？): no logon name has a
 * question mark (Active Directory refuses one), so what ends with one and is not shaped like an ID
 * (ID_SHAPED) is a question, told so from the text alone rather than taken as an ID and asked its password
 * (each refusal a try against the chat's set-up).
 */
function withoutQuestionMark(typed: string): string | null {
  if (!QUESTION_AT_END.test(typed)) return typed;
  const id = typed.replace(QUESTION_AT_END, "");
  return ID_SHAPED.test(id) ? id : null;
}

/**
 * The user ID of "S1001 Garden-Lamp-21": a user ID and a password typed on one line at a user-ID prompt, as
 * on a login screen. Its first word, when there are two and only the second looks like a password; else
 * null. Read from the text alone, the same for real and made-up IDs. The password is never taken from it:
 * the message is deleted, and the password asked for as always.
 */
export function idBeforePassword(text: string): string | null {
  const words = text.trim().split(/\s+/u);
  if (words.length !== 2) return null;
  const [id, password] = words as [string, string];
  if (looksLikePassword(id) || !looksLikePassword(password)) return null;
  return typedUserId(id);
}

/** "Start" in the four languages, as a child told to start types it where her user ID goes. */
const START_WORDS: ReadonlySet<string> = new Set(
  ["start", "begin", "let's start", "开始", "mula", "mulakan", "தொடங்கு"].map(plainWord),
);

/**
 * Everyday words a child types at "Type your user ID" that no school's user ID is: yes and no ("ok", 好的,
 * "ya", சரி), "start" (开始, "mula", தொடங்கு), a number in words ("one", 一, "satu", "first") and one or two
 * digits alone (a button's number; full-width ２ too). Taken as her ID, such a word was asked its password,
 * and her next word counted as a wrong one against the chat. Only whole words: "ok1" or "S1" is an ID.
 * Told from the text alone, before any lookup, so the reply is the same for every school and says nothing
 * about who has which ID.
 */
export function isPlainlyNoId(text: string): boolean {
  const word = plainWord(text);
  return (
    START_WORDS.has(word) ||
    /^\d{1,2}$/u.test(word) ||
    yesOrNo(text) !== null ||
    (numberInWords(text) !== undefined && !LETTERS_THEN_DIGITS.test(text.trim()))
  );
}

/** KE2, no3: an ID's shape, though read without the mark as "ke-2" or "no. 3" would be (the 2nd, number 3). */
const LETTERS_THEN_DIGITS = /^\p{L}+\p{Nd}+$/u;
