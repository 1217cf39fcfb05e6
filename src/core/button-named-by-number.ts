import { buttonNumberIn } from "./messages.js";
import { numberInWords } from "./number-words.js";

/**
 * A number or ordinal with the word a child puts around it for a button: "button 2", "option 1", "first
 * button", 按钮2, 选项1, "butang 1", "pilihan 2", பொத்தான் 2, "number one", "nombor dua". The captured part is
 * the number. "no one" is not "number one".
 */
const AROUND_A_BUTTON_NUMBER: readonly RegExp[] = [
  /^(?:the\s+)?(?:button|option)\s*(.+)$/u,
  /^(?:the\s+)?(.+?)\s+(?:button|option)$/u,
  /^(?:butang|pilihan)\s*(.+)$/u,
  /^(?:按钮|按鈕|选项|選項)\s*(.+)$/u,
  /^(.+?)(?:按钮|按鈕)$/u,
  /^(?:பொத்தான்|தேர்வு)\s*(.+)$/u,
  /^(.+?)\s*பொத்தான்$/u,
  /^(?:number|nombor|no\.|எண்)\s*(.+)$/u,
];

/** The number in "button 2", "option one" and the like (AROUND_A_BUTTON_NUMBER), or undefined. */
export function buttonNumberNamed(text: string): number | undefined {
  return numberWithin(AROUND_A_BUTTON_NUMBER, text);
}

/** The number, in digits or words, that one of `patterns` captures around it in `text`; or undefined. */
export function numberWithin(patterns: readonly RegExp[], text: string): number | undefined {
  const words = text.normalize("NFKC").trim().toLowerCase();
  for (const around of patterns) {
    const inner = around.exec(words)?.[1];
    const number = inner === undefined ? undefined : (buttonNumberIn(inner) ?? numberInWords(inner));
    if (number !== undefined) return number;
  }
  return undefined;
}
