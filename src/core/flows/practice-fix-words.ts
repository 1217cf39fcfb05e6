import { buttonNumberNamed, numberWithin } from "../button-named-by-number.js";
import { choiceByLabel } from "../button-words.js";
import type { Language } from "../i18n/languages.js";
import { buttonNumberIn, saysNoToANumber, type Choice } from "../messages.js";
import { numberInWords } from "../number-words.js";
import { plainWord } from "../reserved-words.js";

/**
 * What a child types at the practice round's "Type the answer you want to keep. Or tap the button to keep the
 * old one." that is no new answer: saved, any of it would replace her real answer, and her next reset would
 * fail. "keep": the one button, "Keep my old answer", meant in words. "noAnswer": words that pick nothing
 * there; she is told how to keep the old answer or change it.
 */
export type PracticeFixWords = "keep" | "noAnswer";

/**
 * The old answer, the one she gave first ("the old one", 原来的, "yang lama", பழையது): the button's meaning.
 * Compared as one plain word (spaces and punctuation do not count).
 */
const KEEP_WORDS: ReadonlySet<string> = new Set(
  [
    ...["keep", "keep it", "keep old", "keep the old one", "keep the old answer", "keep my answer", "old"],
    ...[
      "old one",
      "the old one",
      "my old one",
      "old answer",
      "the old answer",
      "my old answer",
      "same as before",
    ],
    ...[
      "保留",
      "保留原来的",
      "保留旧的",
      "原来的",
      "原来的答案",
      "旧的",
      "旧答案",
      "旧的答案",
      "以前的",
      "以前的答案",
    ],
    ...["之前的", "之前的答案", "不改", "不用改"],
    ...[
      "simpan",
      "simpan yang lama",
      "simpan jawapan lama",
      "yang lama",
      "jawapan lama",
      "jawapan yang lama",
    ],
    ...["tak payah tukar", "tak nak tukar", "tak tukar"],
    ...["பழையது", "பழையதே", "பழையதை வை", "பழைய பதில்", "பழைய பதிலை வை", "மாற்ற வேண்டாம்"],
  ].map(plainWord),
);

/**
 * The answer she typed in the practice round ("the new one", 刚才的答案, "yang baru", புதியது), which the bot
 * never kept (only that it was different), or "change it" with no answer: no answer to save.
 */
const NEW_ONE_WORDS: ReadonlySet<string> = new Set(
  [
    ...["new", "new one", "the new one", "my new one", "new answer", "the new answer", "my new answer"],
    ...[
      "the last one",
      "the one i just typed",
      "what i just typed",
      "the one i typed",
      "change",
      "change it",
    ],
    ...["新的", "新答案", "新的答案", "刚才的", "刚才的答案", "刚刚的", "刚刚那个", "改", "改掉", "我要改"],
    ...["yang baru", "yang baharu", "jawapan baru", "jawapan baharu", "yang tadi", "jawapan tadi"],
    ...["tukar", "nak tukar"],
    ...["புதியது", "புதிய பதில்", "இப்போது சொன்னது", "மாற்று"],
  ].map(plainWord),
);

/**
 * What a child says on seeing her slip ("oops", 哎呀, "alamak", ஐயோ) when told an answer was not the same:
 * no answer to keep.
 */
const SLIP_WORDS: ReadonlySet<string> = new Set(
  [
    ...["oops", "oopsie", "opps", "oop", "whoops", "oh no", "ohno", "uh oh", "sorry", "sry", "my bad"],
    ...["哎呀", "哎哟", "糟了", "对不起", "alamak", "aduh", "adoi", "alamak salah", "maaf"],
    ...["ஐயோ", "அச்சச்சோ", "மன்னிக்கவும்"],
  ].map(plainWord),
);

/**
 * A number or ordinal with the word a child puts around an answer: "my first answer", 第一个答案, "jawapan
 * kedua", முதல் பதில். The captured part is the number. Around a button ("button 2"): buttonNumberNamed.
 */
const AROUND_AN_ANSWER_NUMBER: readonly RegExp[] = [
  /^(?:(?:the|my)\s+)?(.+?)\s+answer$/u,
  /^(.+?)答案$/u,
  /^jawapan\s+(?:yang\s+)?(.+)$/u,
  /^(.+?)\s*பதில்$/u,
];

/** The button number or ordinal typed, in digits or words, alone or with its word around it; or undefined. */
function numberTyped(text: string): number | undefined {
  return (
    buttonNumberIn(text) ??
    numberInWords(text) ??
    buttonNumberNamed(text) ??
    numberWithin(AROUND_AN_ANSWER_NUMBER, text)
  );
}

/**
 * How the words typed at "Keep my old answer" (`keep`, in any offered language) read, or undefined when they
 * may be her new answer. A typed 1 is read as the button before the step sees it; "one", "first" (the one
 * button, or her first answer: the old one either way), "button 1" and "my first answer" keep it here. Any
 * other number is no button; "no 1" may be "not the old one".
 */
export function practiceFixWords(
  text: string,
  keep: Choice,
  languages: readonly Language[],
): PracticeFixWords | undefined {
  if (saysNoToANumber(text)) return "noAnswer";
  const number = numberTyped(text);
  if (number !== undefined) return number === 1 ? "keep" : "noAnswer";
  if (choiceByLabel([keep], text, languages) === keep) return "keep";
  const plain = plainWord(text);
  if (KEEP_WORDS.has(plain)) return "keep";
  if (NEW_ONE_WORDS.has(plain) || SLIP_WORDS.has(plain)) return "noAnswer";
  return undefined;
}
