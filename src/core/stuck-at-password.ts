import { NORMALISATION_VERSION, normaliseAnswer } from "./answers/normalise-answer.js";
import { saysPasswordNotKnown } from "./forgot-password-sentences.js";
import { saysPasswordForgotten } from "./forgot-words.js";
import { asksForHelp, HELP_PHRASES } from "./help-words.js";
import { looksLikePassword } from "./looks-like-password.js";
import { reservedWord } from "./reserved-words.js";
import { asTypedOrWithoutParticles } from "./sentence-particles.js";

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
 * What a child who forgot her password, or never knew it, types there in English: "i forgot", "I don't know"
 * (and the start menu's words for it, forgot-words.ts). In Chinese, Malay and Tamil the sentences are read by
 * pattern (forgot-password-sentences.ts): 我忘了我的密码, "saya lupa kata laluan saya", மறந்துவிட்டேன்.
 */
const FORGOT_AT_PASSWORD: readonly string[] = [
  ...["I forgot", "I forgot it", "I forget", "I forgot my password", "forgot my password", "I dont remember"],
  ...["I don't remember", "I do not remember", "I can't remember", "I cant remember", "I don't know it"],
  ...["I dont know it", "I don't know my password", "I dont know my password", "I forgot the password"],
  ...["I don't know", "I dont know", "don't know", "dont know", "I do not know", "idk", "no idea"],
  ...["forgot", "forget", "forgotten", "dunno", "I dunno", "can't remember", "cant remember"],
  ...["don't remember", "dont remember", "not sure", "I'm not sure", "Im not sure"],
];

/** Compared as answers are: case, spaces, punctuation and emoji do not count ("I Forgot!!! 😭"). */
const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);
const HELP_FORMS: ReadonlySet<string> = new Set([...HELP_PHRASES, ...STUCK_AT_PASSWORD].map(formOf));
const FORGOT_FORMS: ReadonlySet<string> = new Set(FORGOT_AT_PASSWORD.map(formOf));

/**
 * At set-up's password prompt, whether the whole message says she forgot her password ("i forgot", "I don't
 * know", 我忘了我的密码, "lupa la") or asks for help ("what do i do now", "help me", "?", or "stop", 取消,
 * "batal": the help says how to stop): read from the text alone, so every ID gets the same, with or without
 * the particle a child ends with (la, lah, 啦). A password may be any words, so the step only asks first: the
 * same words again are checked. Words shaped like a password ("Lupa-Kata-Laluan!") are one to check at once.
 */
export function stuckAtPassword(text: string): "help" | "forgot" | null {
  if (looksLikePassword(text)) return null;
  const readings = asTypedOrWithoutParticles(text);
  const forms = readings.map(formOf);
  if (
    forms.some((form) => FORGOT_FORMS.has(form) || saysPasswordNotKnown(form)) ||
    readings.some(saysPasswordForgotten)
  )
    return "forgot";
  const asksHelp = (reading: string) => asksForHelp(reading) || reservedWord(reading) === "cancel";
  return forms.some((form) => HELP_FORMS.has(form)) || readings.some(asksHelp) ? "help" : null;
}
