import { RESERVED_WORDS } from "../reserved-words.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "./normalise-answer.js";

/**
 * Replies that are not an answer at all ("I don't know", "yes", "?"): anyone could guess them, and the
 * student will not remember having "chosen" them. Keyed by language so each catalogue's translator adds
 * their own; a new answer is checked against every language, since a child may type in any of them.
 * Written as a child would type them; they are compared after the answers' normalisation.
 */
export const NON_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    "I don't know",
    "I dont know",
    "don't know",
    "I do not know",
    "idk",
    "dunno",
    "I dunno",
    "no idea",
    "I have no idea",
    "not sure",
    "I'm not sure",
    "nothing",
    "none",
    "no",
    "nope",
    "yes",
    "yeah",
    "ok",
    "okay",
    "sure",
    "yes please",
    "yep",
    "no thanks",
    "no thank you",
    "help",
    "?",
  ],
  zh: [
    "不知道",
    "我不知道",
    "不晓得",
    "不清楚",
    "没有",
    "没",
    "不是",
    "是的",
    "随便",
    "好",
    "好的",
    "可以",
    "不用",
    "不用了",
    "不要",
    "帮助",
  ],
  ms: [
    "tak tahu",
    "tidak tahu",
    "saya tak tahu",
    "saya tidak tahu",
    "entah",
    "tak pasti",
    "tidak pasti",
    "tiada",
    "tak ada",
    "tidak ada",
    "tidak",
    "tak",
    "ya",
    "ok",
    "boleh",
    "baiklah",
    "tak nak",
    "tidak mahu",
    "bantuan",
  ],
  ta: ["தெரியாது", "எனக்குத் தெரியாது", "இல்லை", "ஒன்றுமில்லை", "ஆம்", "ஆமாம்", "சரி", "வேண்டாம்", "உதவி"],
};

// The plain command words of every language (core/reserved-words) too: at a reset's answer prompt they are
// the commands, so an answer "batal" or 取消 could never be typed there (nor would the child have chosen it).
const known = new Set([...Object.values(NON_ANSWERS).flat(), ...RESERVED_WORDS].map(nonAnswerForm));

/** Whether `answer` (as typed) is one of the non-answers of any language. */
export function isNonAnswer(answer: string): boolean {
  return known.has(nonAnswerForm(answer));
}

/**
 * The answers' normalisation, except that a reply of nothing but question marks ("?", "??", "？") is kept
 * as "?": it means "I don't know", while other punctuation alone is simply too short.
 */
function nonAnswerForm(text: string): string {
  const normalised = normaliseAnswer(NORMALISATION_VERSION, text);
  if (normalised !== "") return normalised;
  return /^\s*(\?\s*)+$/u.test(text.normalize("NFKC")) ? "?" : "";
}
