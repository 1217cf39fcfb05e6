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

/** The command a typed message means ("Help!", " STOP ", "返回", "help" pasted with a zero-width space), or null. */
export function reservedWord(text: string): ReservedCommand | null {
  const word = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]+/gu, "");
  return ALL.get(word) ?? null;
}

/**
 * Whether the text is a word for "back" and nothing else (" Back ", "kembali", 返回, "/back"), in any case.
 * At "Type your new password" it goes back whatever the minimum length: with PASSWORD_MIN_LENGTH at 4,
 * "back" would otherwise be long enough to become her password.
 */
export function isBackWord(text: string): boolean {
  const word = text.normalize("NFKC").trim().toLowerCase().replace(/^\//u, "");
  return ALL.get(word) === "back";
}
