/**
 * Plain words that act like commands, without the slash, wherever the bot waits for typed text other than
 * a password (answers and codes included): children type "help" or "stop", not "/help". In every language
 * the bot speaks, whatever the chat's language, so a word from a parent's language works too. A school id
 * equal to one of these words cannot be typed at an id prompt, nor such an answer at reset (set-up refuses
 * them as answers).
 */
export type ReservedCommand = "help" | "cancel" | "start" | "back";

const WORDS: Record<string, Record<string, ReservedCommand>> = {
  en: { help: "help", cancel: "cancel", stop: "cancel", quit: "cancel", menu: "start", back: "back" },
  // 停 alone: the messages say 想停下 ("to stop"), and a child types the one character. Shorter than any Han
  // answer may be (2), so no saved answer was ever 停 (NON_ANSWERS_VERSION need not rise for it).
  zh: { 帮助: "help", 取消: "cancel", 停止: "cancel", 停: "cancel", 菜单: "start", 返回: "back" },
  ms: {
    bantuan: "help",
    tolong: "help",
    batal: "cancel",
    berhenti: "cancel",
    menu: "start",
    kembali: "back",
  },
  ta: { உதவி: "help", ரத்து: "cancel", நிறுத்து: "cancel", பட்டியல்: "start", பின்: "back" },
};

/** Every plain command word, of every language (set-up refuses each of them as an answer). */
export const RESERVED_WORDS: readonly string[] = Object.values(WORDS).flatMap((words) => Object.keys(words));

const ALL: ReadonlyMap<string, ReservedCommand> = new Map(
  Object.values(WORDS).flatMap((words) => Object.entries(words)),
);

/**
 * Words for "back" that are no reserved word: set-up never refused them as answers, so a reset's question
 * still checks them as answers (a saved answer may be one). They go back only where a step goes back: at
 * set-up's questions and answers (dialog-routing.ts) and at a reset's new password (isBackWord).
 */
const BACK_ONLY: ReadonlySet<string> = new Set(["balik"]);

/**
 * What an emoji leaves behind once its symbol (\p{S}) is gone: the variation selectors (U+FE0F after ❤️ or ☺️,
 * U+FE0E, the ideographic ones) and the keycap's enclosing mark. Skin tones are symbols and the joiner of
 * 👨‍👩‍👧 a format mark already. Every answer normalisation drops all of these too (normalise-answer.ts), so
 * words read as a command word here are that word to every saved answer's normalisation too: no answer they
 * could match was ever anything else.
 */
const EMOJI_REMAINS = /[\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]/gu;

/**
 * A typed message as one plain word: NFKC, small letters, no spaces, punctuation, symbols (emoji with what
 * they leave, EMOJI_REMAINS) or format marks. Help, thanks and greeting phrases are compared in this form too
 * (help-words.ts, thanks-words.ts, greeting-words.ts).
 */
export function plainWord(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]+/gu, "")
    .replace(EMOJI_REMAINS, "");
}

/** The command a typed message means ("Help!", " STOP ", "返回", "help" pasted with a zero-width space), or null. */
export function reservedWord(text: string): ReservedCommand | null {
  return ALL.get(plainWord(text)) ?? null;
}

/** Whether a typed message is a word for "back" that is no reserved word ("Balik!"): see BACK_ONLY. */
export function isBackOnlyWord(text: string): boolean {
  return BACK_ONLY.has(plainWord(text));
}

/**
 * Whether the text is a word for "back" and nothing else (" Back ", "kembali", "balik", 返回, "/back"), in any case.
 * At "Type your new password" it goes back before any password rule reads it: it is never her password,
 * whatever the rules would say of it.
 */
export function isBackWord(text: string): boolean {
  const word = text.normalize("NFKC").trim().toLowerCase().replace(/^\//u, "");
  return ALL.get(word) === "back" || BACK_ONLY.has(word);
}
