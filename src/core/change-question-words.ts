import { plainWord } from "./reserved-words.js";
import { asTypedOrWithoutParticles } from "./sentence-particles.js";
import { TAMIL_HESITATIONS, withFillers, withFillersBefore } from "./filler-words.js";

/**
 * What a child types at set-up's answer prompt when she wants another question: the help there says "Want
 * another question? Then type back.", and she puts it in her own words ("another question", "skip", 换一个问题,
 * *soalan lain*, வேறு கேள்வி). Keyed by language, as the non-answers are (these are non-answers since
 * version 13, those marked so since 14 or 15: answers/non-answers.ts); every language is read whatever the
 * chat's. At a reset's question they are told that a reset asks the questions she chose (reset.cannotSkip).
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
    // Non-answers version 15: more ways to ask it as a question, which she types at a reset too.
    ...["can I skip this one", "can I skip it", "can I skip this question", "can I skip the question"],
    ...["can we skip", "can we skip this", "can I get another question", "can I change my question"],
  ],
  zh: [
    ...["换一个问题", "换一个", "换个问题", "换个", "换问题", "换一题", "换别的", "另一个问题", "别的问题"],
    ...["其他问题", "下一个", "下一题", "下一个问题", "跳过", "跳过这题", "跳过这个问题", "上一步"],
    ...["返回上一步", "我想换一个问题", "我要换一个问题", "不要这个问题"],
    // Non-answers version 15: asked as a question ("can I skip?"), with 吗 or as 可不可以 and 能不能.
    ...["可以跳过吗", "能跳过吗", "我可以跳过吗", "可不可以跳过", "能不能跳过", "可以跳过这题吗"],
    ...["可以换一个问题吗", "可以换一个吗", "可以换问题吗", "能换一个问题吗", "我可以换一个问题吗"],
  ],
  ms: [
    ...["soalan lain", "soalan yang lain", "nak soalan lain", "saya nak soalan lain", "tukar soalan"],
    ...["tukar soalan lain", "tukar", "langkau", "langkau soalan", "langkau soalan ini", "seterusnya"],
    ...["soalan seterusnya", "soalan baru", "soalan baharu"],
    // Non-answers version 14: "can I change the question?".
    ...["boleh tukar soalan", "nak tukar soalan"],
    // Non-answers version 15: "can I skip?" as Malay children type it, "skip" among the Malay words.
    ...["boleh skip", "boleh skip tak", "nak skip", "saya nak skip", "boleh saya skip", "boleh langkau"],
    ...["boleh langkau tak", "boleh saya langkau", "boleh langkau soalan ini", "boleh tukar soalan lain"],
  ],
  ta: [
    ...["வேறு கேள்வி", "வேறு கேள்வி வேண்டும்", "கேள்வியை மாற்று", "கேள்வியை மாற்றவும்", "மாற்று"],
    ...["தவிர்", "தவிர்க்கவும்", "அடுத்த கேள்வி", "அடுத்தது", "புதிய கேள்வி"],
    // Non-answers version 15: "can I skip (this)?", "can I change the question?", "can I have another
    // question?", and "skip" as spoken Tamil borrows it (skip பண்ணலாமா).
    ...["தவிர்க்கலாமா", "இதைத் தவிர்க்கலாமா", "இதை தவிர்க்கலாமா", "கேள்வியை மாற்றலாமா"],
    ...["வேறு கேள்வி கிடைக்குமா", "skip பண்ணலாமா", "ஸ்கிப் பண்ணலாமா"],
    // Non-answers version 15: with a hesitation before it ("ம்ம் தவிர்", "அது வந்து, வேறு கேள்வி").
    ...withFillersBefore([{ before: ["தவிர்", "வேறு கேள்வி", "தவிர்க்கலாமா"], fillers: TAMIL_HESITATIONS }]),
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
