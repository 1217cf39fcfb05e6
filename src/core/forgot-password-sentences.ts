/**
 * "I forgot my password" and "I don't know my password" as a child says it in Chinese, Malay and Tamil, in
 * the order she puts the words: 我忘了我的密码, 我的密码忘了, 不记得; "saya lupa kata laluan saya", "password saya
 * tak ingat", "lupa"; என் கடவுச்சொல் தெரியாது, நான் என் கடவுச்சொல்லை மறந்துவிட்டேன், நினைவில் இல்லை. Matched against
 * the whole message as answers are compared (normaliseAnswer: lower case, no spaces or punctuation), so
 * other words around them ("lupa kata laluan Tiger") are no match. The particle a child ends with (la, 啦)
 * is taken off by the caller (withoutParticles).
 */

/** What each language's sentence says of the password: that she forgot it, or that she does not know it. */
interface Verbs {
  readonly forgot: string;
  readonly notKnown: string;
}

/** Chinese: forgot, don't remember, can't recall; don't know (simplified and traditional). */
const ZH: Verbs = {
  forgot: "(?:忘了|忘[记記]了?|忘掉了|不[记記]得了?|[记記]不得了?|[记記]不起来了?|想不起来了?)",
  notKnown: "(?:不知道|不晓得|不曉得)",
};
const ZH_PASSWORD = "(?:我的|我)?密[码碼]";
/** The sentence, with the password in it (`named` "") or maybe not ("?"). */
const zh = (verb: string, named: "" | "?") =>
  `^(?:我?(?:真的)?${verb}(?:${ZH_PASSWORD}(?:是什么|是什麼)?)${named}|${ZH_PASSWORD}我?(?:真的)?${verb})$`;

/** Malay: lupa (and "lupe", as it is said), tak ingat; tak tahu (and the spellings children text: tau, x, tk). */
const MS: Verbs = {
  forgot: "(?:lupa|lupe|terlupa|(?:tak|tidak|tk|x)ingat)",
  notKnown: "(?:(?:tak|tidak|tk|x)(?:tahu|tau))",
};
/** "saya", "aku", and "sy" as children text it. */
const MS_ME = "(?:saya|sy|aku)";
const MS_PASSWORD = `(?:katalaluan|password|pasword|passwd|pw)${MS_ME}?`;
const ms = (verb: string, named: "" | "?") =>
  `^(?:${MS_ME}?(?:dah|sudah|telah|memang)?${verb}(?:${MS_PASSWORD})${named}|${MS_PASSWORD}${MS_ME}?(?:dah|sudah|memang)?${verb})$`;

/**
 * Tamil: forgot (said of the password, or of herself, and spoken), not remembered; don't know. Forgot also
 * in the Latin letters a child texts Tamil in: "marandhuten", "maranthuten", "marandhu poachu".
 */
const TA: Verbs = {
  forgot:
    "(?:மறந்துவிட்டது|மறந்துவிட்டேன்|மறந்துட்டேன்|மறந்துட்டது|மறந்துபோச்சு|மறந்துபோய்விட்டது|நினைவில்லை|நினைவில்இல்லை|ஞாபகமில்லை|ஞாபகம்இல்லை|maran(?:dh|th|d|t)u(?:tt?en|vitt?en|vitt?adhu|po[ao]?ch(?:ch)?u))",
  notKnown: "(?:தெரியாது|தெரியல|தெரியலை)",
};
const TA_PASSWORD =
  "(?:என்|எனது|என்னுடைய|en|ennoda)?(?:கடவுச்சொல்|கடவுச்சொல்லை|கடவுச்சொல்லு|பாஸ்வேர்ட்|பாஸ்வேர்டு|பாஸ்வேர்டை|password)";
/** "to me", "I": in Tamil letters or Latin ("enakku", "naan"). */
const TA_WHO = "(?:எனக்கு|எனக்குத்|நான்|enakk?u|naan)";
const ta = (verb: string, named: "" | "?") => `^${TA_WHO}?(?:${TA_PASSWORD})${named}${TA_WHO}?${verb}$`;

const LANGUAGES = [
  [zh, ZH],
  [ms, MS],
  [ta, TA],
] as const;

/** Each language's sentence saying `verb` of the password, with the password named in it (`named` "") or maybe not. */
const sentences = (verb: keyof Verbs, named: "" | "?"): RegExp[] =>
  LANGUAGES.map(([sentence, verbs]) => new RegExp(sentence(verbs[verb], named), "u"));

/** "I forgot", "I don't know": said alone, or of the password. */
const NOT_KNOWN: readonly RegExp[] = [...sentences("forgot", "?"), ...sentences("notKnown", "?")];
/** "I forgot" alone or of the password; "I don't know" only of the password (alone it may be of anything). */
const FORGOTTEN: readonly RegExp[] = [...sentences("forgot", "?"), ...sentences("notKnown", "")];

/** Longer than any of these sentences: a longer form is never read (and never run through the patterns). */
const LONGEST = 60;

/** Whether `form` (an answer's normalised form, normaliseAnswer) says she forgot or does not know her password. */
export function saysPasswordNotKnown(form: string): boolean {
  return form.length <= LONGEST && NOT_KNOWN.some((sentence) => sentence.test(form));
}

/**
 * Whether `form` says she forgot her password ("我密码忘了", "sy lupa password", மறந்துவிட்டேன்), or that she
 * does not know it ("我不知道我的密码"): not "I don't know" alone, which may answer anything.
 */
export function saysPasswordForgottenInSentence(form: string): boolean {
  return form.length <= LONGEST && FORGOTTEN.some((sentence) => sentence.test(form));
}
