import type { Language } from "./i18n/languages.js";
import { languageNamed } from "./i18n/language-named.js";
import { GO_BACK_PHRASES } from "./back-words.js";
import { plainWord } from "./reserved-words.js";
import { asksToStartAgain } from "./restart-words.js";

/**
 * What a child wants when she types one of the bot's own words at "Type your new password" (or "Type the
 * same password again") instead of a password: to stop, the menu, another language (its list, or one she
 * names), or to go back to the choice. A word for "start again" (restart-words.ts: "start", 重新开始, "mula
 * semula") goes back to the choice too: she stays verified, and chooses again how to get her password.
 * Only whole messages that are one of these phrases (case, spaces and punctuation do not count): a real
 * passphrase ("i like big red buses", "Purple-Tiger-47") never is one, and none of them is a password worth
 * having, so none is ever taken as her new password (typed twice, it used to be set, and she would not know
 * her password).
 */
export type NewPasswordWish =
  { command: "cancel" | "start" | "language" } | { back: true } | { language: Language };

const PHRASES: Readonly<Record<"cancel" | "start" | "language" | "back", readonly string[]>> = {
  cancel: [
    ...["stop", "cancel", "quit", "i want to stop", "stop please", "please stop", "cancel please"],
    ...["i want to cancel", "i want to quit", "never mind", "stop it", "exit"],
    ...["取消", "停止", "停", "我要停", "我想停", "我想停下", "我不做了", "不做了", "退出"],
    ...["batal", "berhenti", "saya mahu berhenti", "saya nak berhenti", "nak berhenti", "keluar"],
    ...["ரத்து", "நிறுத்து", "நிறுத்த வேண்டும்", "நான் நிறுத்த வேண்டும்", "வெளியேறு"],
  ],
  start: [
    ...["menu", "main menu", "go to menu", "the menu", "menu please"],
    ...["菜单", "主菜单"],
    ...["menu utama"],
    ...["பட்டியல்"],
  ],
  language: [
    ...["language", "languages", "change language", "change the language", "other language"],
    ...["another language", "language please", "choose language", "switch language"],
    ...["语言", "换语言", "改语言", "换个语言", "选语言"],
    ...["bahasa", "tukar bahasa", "bahasa lain", "pilih bahasa"],
    ...["மொழி", "மொழியை மாற்று", "வேறு மொழி"],
  ],
  back: GO_BACK_PHRASES,
};

const BY_PLAIN: ReadonlyMap<string, keyof typeof PHRASES> = new Map(
  (Object.entries(PHRASES) as [keyof typeof PHRASES, readonly string[]][]).flatMap(([wish, phrases]) =>
    phrases.map((phrase) => [plainWord(phrase), wish] as const),
  ),
);

/** "please" around a language's name ("English please", "in Chinese please", 请用中文): left out to read it. */
const AROUND_A_LANGUAGE = /^(?:in\s+|请用|用|dalam\s+)?(.+?)(?:\s*(?:please|pls|plz|lah|tolong|请))?$/iu;

/** The wish that the typed text is (see NewPasswordWish), or null when it may be a password. */
export function wishAtNewPassword(text: string, offered: readonly Language[]): NewPasswordWish | null {
  const wish = BY_PLAIN.get(plainWord(text));
  if (wish === "back" || asksToStartAgain(text)) return { back: true };
  if (wish !== undefined) return { command: wish };
  const name = AROUND_A_LANGUAGE.exec(text.normalize("NFKC").trim())?.[1];
  const language = name === undefined ? null : languageNamed(name, offered);
  return language === null ? null : { language };
}
