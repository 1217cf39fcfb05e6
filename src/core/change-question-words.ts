import { plainWord } from "./reserved-words.js";
import { asTypedOrWithoutParticles } from "./sentence-particles.js";
import { withFillers } from "./filler-words.js";

/**
 * What a child types at set-up's answer prompt when she wants another question: the help there says "Want
 * another question? Then type back.", and she puts it in her own words ("another question", "skip", 换一个问题,
 * *soalan lain*, வேறு கேள்வி). Keyed by language, as the non-answers are (these are non-answers since
 * version 13, those marked so since 14: answers/non-answers.ts); every language is read whatever the chat's.
 */
export const CHANGE_QUESTION_PHRASES: Readonly<Record<"en" | "zh" | "ms" | "ta", readonly string[]>> = {
  en: [
    ...["another question", "another one", "a different question", "different question", "different one"],
    ...["other question", "change question", "change the question", "change my question", "change"],
    ...["new question", "next question", "next", "skip", "skip this", "skip it", "skip question"],
    ...["skip this question", "pass", "go back", "I want another question"],
    // Non-answers version 14: asked as a question, and with "please" or "one" after it.
    ...["can I choose another question", "can I have another question", "can I change the question"],
    ...["can I skip", "can I skip this"],
    ...withFillers([
      {
        after: ["skip", "skip this", "skip it", "skip question", "next", "pass", "change"],
        fillers: ["please"],
      },
      { after: ["another question", "another one", "next question", "change question"], fillers: ["please"] },
      { after: ["skip", "next", "pass"], fillers: ["one", "this one", "one please", "this one please"] },
    ]),
  ],
  zh: [
    ...["换一个问题", "换一个", "换个问题", "换个", "换问题", "换一题", "换别的", "另一个问题", "别的问题"],
    ...["其他问题", "下一个", "下一题", "下一个问题", "跳过", "跳过这题", "跳过这个问题", "上一步"],
    ...["返回上一步", "我想换一个问题", "我要换一个问题", "不要这个问题"],
  ],
  ms: [
    ...["soalan lain", "soalan yang lain", "nak soalan lain", "saya nak soalan lain", "tukar soalan"],
    ...["tukar soalan lain", "tukar", "langkau", "langkau soalan", "langkau soalan ini", "seterusnya"],
    ...["soalan seterusnya", "soalan baru", "soalan baharu"],
    // Non-answers version 14: "can I change the question?".
    ...["boleh tukar soalan", "nak tukar soalan"],
  ],
  ta: [
    ...["வேறு கேள்வி", "வேறு கேள்வி வேண்டும்", "கேள்வியை மாற்று", "கேள்வியை மாற்றவும்", "மாற்று"],
    ...["தவிர்", "தவிர்க்கவும்", "அடுத்த கேள்வி", "அடுத்தது", "புதிய கேள்வி"],
  ],
};

const FORMS: ReadonlySet<string> = new Set(Object.values(CHANGE_QUESTION_PHRASES).flat().map(plainWord));

/**
 * Whether the message asks for another question and says nothing else, in any case, with or without a
 * question mark, and with a particle after it ("skip la", 换一个吧, *tukar soalan lah*).
 */
export function asksForAnotherQuestion(text: string): boolean {
  return asTypedOrWithoutParticles(text).some((reading) => FORMS.has(plainWord(reading)));
}
