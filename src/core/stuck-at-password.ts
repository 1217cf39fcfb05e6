import { NORMALISATION_VERSION, normaliseAnswer } from "./answers/normalise-answer.js";
import { saysPasswordForgotten } from "./forgot-words.js";
import { asksForHelp, HELP_PHRASES } from "./help-words.js";
import { reservedWord } from "./reserved-words.js";

/**
 * What a stuck child types at set-up's "Now type your password", beyond the help phrases: "what do i do now",
 * 我该怎么办, "saya nak buat apa".
 */
const STUCK_AT_PASSWORD: readonly string[] = [
  ...["what do I do now", "what now", "what should I do", "what should I do now", "what do I do here"],
  ...["我该怎么办", "怎么办", "现在怎么办", "我要做什么", "saya nak buat apa", "nak buat apa"],
  ...["apa saya perlu buat", "நான் என்ன செய்ய வேண்டும்", "என்ன செய்வது", "இப்போது என்ன செய்வது"],
];

/**
 * What a child who forgot her password, or never knew it, types there: "i forgot", "I don't know", 我忘了,
 * "saya lupa", "lupa", மறந்துவிட்டது, மறந்துவிட்டேன் (and the start menu's words for it, forgot-words.ts).
 */
const FORGOT_AT_PASSWORD: readonly string[] = [
  ...["I forgot", "I forgot it", "I forget", "I forgot my password", "forgot my password", "I dont remember"],
  ...["I don't remember", "I do not remember", "I can't remember", "I cant remember", "I don't know it"],
  ...["I dont know it", "I don't know my password", "I dont know my password", "I forgot the password"],
  ...["I don't know", "I dont know", "don't know", "dont know", "I do not know", "idk", "no idea"],
  ...[
    "我忘了",
    "我忘记了",
    "忘了",
    "忘记了",
    "我不记得了",
    "我不记得",
    "不记得了",
    "我忘了密码",
    "我不知道",
    "不知道",
    "忘记",
    "我忘记",
    "想不起来",
    "我想不起来",
  ],
  ...["lupa", "terlupa", "saya terlupa", "saya dah terlupa"],
  ...["saya lupa", "saya dah lupa", "saya sudah lupa", "tak ingat", "saya tak ingat", "saya tidak ingat"],
  ...[
    "tidak ingat",
    "saya lupa kata laluan",
    "saya lupa password",
    "saya tak tahu",
    "tak tahu",
    "tidak tahu",
  ],
  ...["மறந்துவிட்டது", "மறந்து விட்டது", "எனக்கு மறந்துவிட்டது", "நினைவில்லை", "எனக்கு நினைவில்லை"],
  ...["ஞாபகம் இல்லை", "என் கடவுச்சொல் மறந்துவிட்டது", "தெரியாது", "எனக்குத் தெரியாது", "எனக்கு தெரியாது"],
  // "I forgot" said of herself (-ேன்), as a child says it, and its spoken form (மறந்துட்டேன்).
  ...["மறந்துவிட்டேன்", "நான் மறந்துவிட்டேன்", "மறந்துட்டேன்", "நான் மறந்துட்டேன்", "மறந்துபோச்சு"],
];

/** Compared as answers are: case, spaces, punctuation and emoji do not count ("I Forgot!!! 😭"). */
const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);
const HELP_FORMS: ReadonlySet<string> = new Set([...HELP_PHRASES, ...STUCK_AT_PASSWORD].map(formOf));
const FORGOT_FORMS: ReadonlySet<string> = new Set(FORGOT_AT_PASSWORD.map(formOf));

/**
 * At set-up's password prompt, whether the whole message says she forgot her password ("i forgot", "I don't
 * know") or asks for help ("what do i do now", "help me", "?", or "stop", 取消, "batal": the help says how to
 * stop): read from the text alone, so every ID gets the same. A password may be any words, so the step only
 * asks first: the same words again are checked.
 */
export function stuckAtPassword(text: string): "help" | "forgot" | null {
  const form = formOf(text);
  if (FORGOT_FORMS.has(form) || saysPasswordForgotten(text)) return "forgot";
  return HELP_FORMS.has(form) || asksForHelp(text) || reservedWord(text) === "cancel" ? "help" : null;
}
