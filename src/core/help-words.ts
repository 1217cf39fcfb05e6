import { reservedWord } from "./reserved-words.js";

/**
 * What a stuck child types to ask for help in words, beyond the plain word "help" (reserved-words.ts):
 * "I need help", 帮帮我, "tolong saya", உதவி வேண்டும், or a lone "?". Compared without case, spaces or marks.
 */
export const HELP_PHRASES: readonly string[] = [
  ...["I need help", "need help", "I need some help", "help me", "help me please", "help please"],
  ...["please help", "please help me", "pls help", "pls help me", "can you help me", "what do I do"],
  ...["我需要帮助", "需要帮助", "帮帮我", "帮我", "请帮我", "请帮帮我"],
  ...[
    "saya perlu bantuan",
    "perlu bantuan",
    "tolong saya",
    "tolong bantu",
    "tolong bantu saya",
    "bantu saya",
  ],
  ...["எனக்கு உதவி வேண்டும்", "உதவி வேண்டும்", "உதவி செய்யுங்கள்", "உதவுங்கள்"],
];

const formOf = (text: string): string =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]+/gu, "");

const FORMS: ReadonlySet<string> = new Set(HELP_PHRASES.map(formOf));

/**
 * Whether the text asks for help: a plain help word, one of the phrases, or question marks alone ("?",
 * "??", "？"). Not at a password prompt, where any words may be the password; nor where a saved answer is
 * checked, where set-up once took such words as an answer (the plain help words it never took): there
 * the answer step asks whether the answers were saved after set-up refused them (non-answers version 6).
 */
export function asksForHelp(text: string): boolean {
  if (reservedWord(text) === "help") return true;
  if (/^\s*([?？]\s*)+$/u.test(text.normalize("NFKC"))) return true;
  return FORMS.has(formOf(text));
}
