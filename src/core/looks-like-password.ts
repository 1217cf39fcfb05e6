import { parseChatKey } from "./chat.js";
import { withoutEmoji } from "./emoji.js";

/** Chinese, Japanese and Korean are written without spaces: a word of another script inside them is a word. */
const CJK = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]`;
const CJK_EDGE = new RegExp(`(?<=${CJK})(?!${CJK})|(?<!${CJK})(?=${CJK})`, "u");

/** Quotes and brackets before a word, sentence punctuation after it ("hello!!!", "password?", "(this)"). */
const AROUND_WORD = /^[\p{Ps}\p{Pi}"'¿¡]+|[\p{Pe}\p{Pf}"'’.,!?;:…。，！？、；：]+$/gu;

/**
 * Ordinary punctuation between letters, typed without a space: one word ("couldn't", "ice-cream", "Mr.Tan's",
 * "e.g.something") or two ("ok,thanks", "hello...how"). A hyphen joins only small letters ("Garden-Lamp").
 */
const WORD_JOINER = /(?<=\p{L})[.,'’…]+(?=\p{L})|(?<=\p{Ll})-(?=\p{Ll})/gu;

/** An email address ("tan@school.edu"); "Tan@school.1" or "Garden@Lamp21" is not one. */
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;

/** A time or a time span ("10am-11am", "10:30am", "3.30pm–4pm"). */
const TIME =
  /^(?:\d{1,2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?)(?:[-–—~](?:\d{1,2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?))?$/iu;

/**
 * Text that holds something that looks like a password: a word of 8 to 64 characters with a letter and a
 * digit or symbol ("Garden-Lamp-21", "tan.wl2015"), alone or in a sentence ("my password is Garden-Lamp-21").
 * Typed where no password is asked (no dialog open, after a pause or time-out ended set-up; or a user-ID
 * prompt, by a child who mixed up the boxes), it is deleted from the chat like one typed at the password
 * prompt. It reads the text alone, never the accounts: a user ID that looks like this ("tan.wl2015") is
 * deleted too, harmlessly, whether or not anyone has it. Ordinary messages stay, so that the deletion is
 * rare enough to notice: sentence punctuation ("hello!!!", "hello...how are you"), emoji, apostrophes, dots and
 * hyphens between letters ("couldn't", "ice-cream", "Mr.Tan's") and short user IDs ("S1001") count for nothing,
 * nor do links, email addresses, times ("10am-11am") and a chat's key. A password typed with spaces
 * ("Garden Lamp 21") is words and a number, like "I am 9 years old": it stays.
 */
export function looksLikePassword(text: string): boolean {
  return wordsOf(text).some(wordLooksLikePassword);
}

/** The words of `text` that look like a password (looksLikePassword), as typed with the marks around them. */
export function passwordLikeWords(text: string): string[] {
  return wordsOf(text).filter(wordLooksLikePassword);
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/u).flatMap((word) => word.split(CJK_EDGE));
}

function wordLooksLikePassword(word: string): boolean {
  // A chat's key ("telegram:201"), as alerts and /audit name chats: an admin types one at "Which student?".
  if (word.length < 8 || word.length > 64 || parseChatKey(word) !== null) return false;
  const bare = withoutEmoji(word).replace(AROUND_WORD, "");
  if (bare.includes("://") || EMAIL.test(bare) || TIME.test(bare)) return false;
  const core = bare.replace(WORD_JOINER, "");
  return /\p{L}/u.test(core) && /[\p{N}\p{P}\p{S}]/u.test(core);
}
