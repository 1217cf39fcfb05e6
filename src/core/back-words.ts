import { plainWord } from "./reserved-words.js";

/**
 * What a child types to go back a step, in the four languages: the plain command words (reserved-words.ts)
 * and her own ways of saying it ("go back", 上一步, *pergi balik*, பின்னால் போ). At "Type your new password" they
 * go back to the choice (new-password-wishes.ts); at a reset's question there is no going back (reset-flow.ts).
 */
export const GO_BACK_PHRASES: readonly string[] = [
  ...["back", "go back", "go back please", "back please", "i want to go back", "undo"],
  ...["返回", "回去", "上一步", "我要回去"],
  ...["kembali", "balik", "pergi balik", "nak balik", "undur"],
  ...["பின்", "பின்னால்", "திரும்பு", "பின்னால் போ"],
];

/** How a child at a reset's question asks for the one before ("previous question", 上一题, *soalan sebelum ini*). */
const EARLIER_QUESTION_PHRASES: readonly string[] = [
  ...["previous question", "the previous question", "go to the previous question", "previous one"],
  ...["go back to the previous question", "go back to the last question"],
  ...["返回上一步", "上一题", "上一个问题", "返回上一题", "回到上一题", "我要回到上一题"],
  ...["soalan sebelum", "soalan sebelum ini", "soalan sebelumnya", "kembali ke soalan sebelum ini"],
  ...["முந்தைய கேள்வி", "முந்தைய கேள்விக்குப் போ"],
];

const PLAIN: ReadonlySet<string> = new Set([...GO_BACK_PHRASES, ...EARLIER_QUESTION_PHRASES].map(plainWord));

/** Whether the typed text asks to go back (GO_BACK_PHRASES, EARLIER_QUESTION_PHRASES), in any case and punctuation. */
export function asksToGoBack(text: string): boolean {
  return PLAIN.has(plainWord(text));
}
