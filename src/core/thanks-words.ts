import { plainWord } from "./reserved-words.js";

/** "Thank you" as children type it, in the four languages: compared without case, spaces or marks. */
export const THANKS: readonly string[] = [
  ...["thank you", "thank you so much", "thank you very much", "thanks", "thanks a lot", "thank u", "thx"],
  ...[
    "ty",
    "tq",
    "tqvm",
    "ok thanks",
    "ok thank you",
    "terima kasih",
    "terima kasih banyak",
    "ok terima kasih",
  ],
  ...["谢谢", "谢谢你", "多谢", "谢啦", "நன்றி", "மிக்க நன்றி", "ரொம்ப நன்றி"],
  // As it is spoken, and to the teacher a child thinks is writing.
  ...["谢谢啦", "谢谢老师", "makasih", "terima kasih cikgu", "thank you teacher", "நன்றி டீச்சர்"],
];

const FORMS: ReadonlySet<string> = new Set(THANKS.map(plainWord));

/** Whether the message says thank you and nothing else ("Thanks!", "tq", 谢谢, நன்றி). */
export function saysThanks(text: string): boolean {
  return FORMS.has(plainWord(text));
}
