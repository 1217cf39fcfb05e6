import { plainWord } from "./reserved-words.js";

/** "Hello" as children type it, in the four languages: compared without case, spaces or marks. */
export const GREETINGS: readonly string[] = [
  ...["hello", "hi", "hey", "hiya", "helo", "hallo", "good morning", "good afternoon", "morning"],
  ...["hai", "halo", "selamat pagi", "selamat petang", "selamat tengah hari", "assalamualaikum"],
  ...["你好", "您好", "嗨", "哈喽", "早上好", "வணக்கம்", "ஹலோ", "ஹாய்"],
  // Drawn out, with a particle, or to the teacher a child thinks is writing.
  ...["hii", "hiii", "hi hi", "hello teacher", "hai cikgu", "hello cikgu", "salam", "你好呀", "你好啊"],
  ...["老师好", "老师你好", "வணக்கம் டீச்சர்"],
];

const FORMS: ReadonlySet<string> = new Set(GREETINGS.map(plainWord));

/** Whether the message says hello and nothing else ("Hi!", "hai", 你好, வணக்கம்). */
export function saysHello(text: string): boolean {
  return FORMS.has(plainWord(text));
}
