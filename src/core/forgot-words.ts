import { normaliseAnswer, NORMALISATION_VERSION } from "./answers/normalise-answer.js";
import { saysPasswordForgottenInSentence } from "./forgot-password-sentences.js";
import { asTypedOrWithoutParticles } from "./sentence-particles.js";

/**
 * What a child types for "I forgot my password" beyond the button's words (which choiceByWords reads):
 * "forgot password", "reset password", 忘记密码, "lupa password", கடவுச்சொல் மறந்து விட்டது, or "I forgot"
 * alone (我忘了, "lupa", மறந்துவிட்டேன்). Compared without case, spaces or punctuation.
 */
const FORGOT_PASSWORD_WORDS: readonly string[] = [
  ...["forgot password", "forgot pw", "forget password", "i forgot password", "i forget password"],
  ...["reset password", "reset my password", "password reset", "new password", "i need a new password"],
  ...["I lost my password", "lost password", "I can't remember my password", "I cant log in"],
  ...[
    "忘记密码",
    "忘了密码",
    "我忘记密码了",
    "我忘了密码了",
    "我忘记了密码",
    "忘记了密码",
    "重设密码",
    "重置密码",
  ],
  ...["lupa password", "saya lupa password", "lupa katalaluan", "saya lupa katalaluan", "lupa kata laluan"],
  ...["tukar kata laluan", "kata laluan baru"],
  ...["கடவுச்சொல் மறந்து விட்டது", "கடவுச்சொல் மறந்துவிட்டது", "பாஸ்வேர்ட் மறந்துவிட்டது"],
  // "I forgot" alone: the menu's button says the rest (I forgot my password, 我忘了密码, Saya lupa kata laluan).
  ...["I forgot", "I forget", "我忘了", "我忘记了", "忘了", "忘记了", "lupa", "saya lupa", "terlupa"],
  ...["saya terlupa", "மறந்துவிட்டது", "மறந்துவிட்டேன்", "நான் மறந்துவிட்டேன்"],
];

const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);
const FORMS: ReadonlySet<string> = new Set(FORGOT_PASSWORD_WORDS.map(formOf));

/**
 * Whether the text says she forgot her password, in words other than the button's: FORGOT_PASSWORD_WORDS, or
 * a Chinese, Malay or Tamil sentence saying so (forgot-password-sentences.ts: 我密码忘了, "sy lupa password",
 * "password marandhuten"), with or without the particle a child ends with ("lupa kata laluan la", 忘记密码了).
 */
export function saysPasswordForgotten(text: string): boolean {
  if (FORMS.has(formOf(text))) return true;
  return asTypedOrWithoutParticles(text)
    .map(formOf)
    .some((form) => FORMS.has(form) || saysPasswordForgottenInSentence(form));
}
