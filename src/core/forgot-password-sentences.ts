/**
 * "I forgot my password" and "I don't know my password" as a child says it in Chinese, Malay and Tamil, in
 * the order she puts the words: 我忘了我的密码, 我的密码忘了, 不记得; "saya lupa kata laluan saya", "password saya
 * tak ingat", "lupa"; என் கடவுச்சொல் தெரியாது, நான் என் கடவுச்சொல்லை மறந்துவிட்டேன், நினைவில் இல்லை. Matched against
 * the whole message as answers are compared (normaliseAnswer: lower case, no spaces or punctuation), so
 * other words around them ("lupa kata laluan Tiger") are no match. The particle a child ends with (la, 啦)
 * is taken off by the caller (withoutParticles).
 */

/** Chinese: forgot, don't remember, don't know, can't recall (simplified and traditional). */
const ZH_NOT_KNOWN =
  "(?:忘了|忘[记記]了?|忘掉了|不[记記]得了?|[记記]不得了?|[记記]不起来了?|想不起来了?|不知道|不晓得|不曉得)";
const ZH_PASSWORD = "(?:我的|我)?密[码碼]";
const ZH = new RegExp(
  `^(?:我?(?:真的)?${ZH_NOT_KNOWN}(?:${ZH_PASSWORD}(?:是什么|是什麼)?)?|${ZH_PASSWORD}我?(?:真的)?${ZH_NOT_KNOWN})$`,
  "u",
);

/** Malay: lupa, tak ingat, tak tahu (and the spellings children text: tau, x, tk). */
const MS_NOT_KNOWN = "(?:lupa|terlupa|(?:tak|tidak|tk|x)(?:ingat|tahu|tau))";
const MS_PASSWORD = "(?:katalaluan|password|pasword|passwd|pw)(?:saya|aku)?";
const MS = new RegExp(
  `^(?:(?:saya|aku)?(?:dah|sudah|telah|memang)?${MS_NOT_KNOWN}(?:${MS_PASSWORD})?|${MS_PASSWORD}(?:saya|aku)?(?:dah|sudah|memang)?${MS_NOT_KNOWN})$`,
  "u",
);

/** Tamil: don't know, forgot (said of the password, or of herself, and spoken), not remembered. */
const TA_NOT_KNOWN =
  "(?:தெரியாது|தெரியல|தெரியலை|மறந்துவிட்டது|மறந்துவிட்டேன்|மறந்துட்டேன்|மறந்துட்டது|மறந்துபோச்சு|மறந்துபோய்விட்டது|நினைவில்லை|நினைவில்இல்லை|ஞாபகமில்லை|ஞாபகம்இல்லை)";
const TA_PASSWORD =
  "(?:என்|எனது|என்னுடைய)?(?:கடவுச்சொல்|கடவுச்சொல்லை|கடவுச்சொல்லு|பாஸ்வேர்ட்|பாஸ்வேர்டு|பாஸ்வேர்டை|password)";
const TA_WHO = "(?:எனக்கு|எனக்குத்|நான்)";
const TA = new RegExp(`^${TA_WHO}?(?:${TA_PASSWORD})?${TA_WHO}?${TA_NOT_KNOWN}$`, "u");

const SENTENCES: readonly RegExp[] = [ZH, MS, TA];

/** Longer than any of these sentences: a longer form is never read (and never run through the patterns). */
const LONGEST = 60;

/** Whether `form` (an answer's normalised form, normaliseAnswer) says she forgot or does not know her password. */
export function saysPasswordNotKnown(form: string): boolean {
  return form.length <= LONGEST && SENTENCES.some((sentence) => sentence.test(form));
}
