import type { Enrolment } from "../ports/enrolments.js";
import {
  CHILDREN_HELP_PHRASES,
  FIRST_HELP_PHRASES,
  HELP_PHRASES,
  NOT_UNDERSTOOD_PHRASES,
  WHAT_IS_THIS_PHRASES,
} from "../help-words.js";
import { CHANGE_QUESTION_PHRASES } from "../change-question-words.js";
import { GREETINGS } from "../greeting-words.js";
import { RESERVED_WORDS } from "../reserved-words.js";
import { THANKS } from "../thanks-words.js";
import { TAMIL_HESITATIONS, withFillers, withFillersBefore } from "../filler-words.js";
import { CHINESE_PARTICLES, SPOKEN_PARTICLES, withoutParticles } from "../sentence-particles.js";
import { normaliseAnswer } from "./normalise-answer.js";

/**
 * The lists are read in answer normalisation version 3's form, whatever the current version. Version 4 reads
 * "No la" as "no" and the Traditional 沒有 (listed since 14) as the Simplified 没有 (listed long before), so
 * in its form a reset would take a right answer that an older set-up saved ("Nola", 沒有) for a word that
 * set-up refused, and not check it. Particles and Traditional characters are read here as they always were:
 * withoutParticles and the Traditional words listed.
 */
const LIST_FORM_VERSION = 3;

/**
 * Which list of non-answers a set-up refuses, saved with every enrolment: a word added later may be a
 * student's real answer, saved while it was still allowed, so a reset checks it for her. Raise it whenever
 * a word is added here, to the reserved words or to the help words (core/help-words), and list the words of
 * the version before under REFUSED_SINCE (a word listed nowhere counts as this version's, which is only less
 * kind, never unsafe).
 */
export const NON_ANSWERS_VERSION = 15;

/** The first version whose set-ups took the words that ask for help ("I need help") as help, never an answer. */
export const HELP_WORDS_REFUSED_SINCE = 6;

/** The first version whose set-ups took "I don't understand" (NOT_UNDERSTOOD_PHRASES) as help, never an answer. */
export const NOT_UNDERSTOOD_REFUSED_SINCE = 7;

/** The first version whose set-ups took "what is this" (WHAT_IS_THIS_PHRASES) as help, never an answer. */
export const WHAT_IS_THIS_REFUSED_SINCE = 8;

/** The first version whose set-ups refused NINTH_LIST: yes, no and "I forgot" as they are said. */
export const NINTH_LIST_REFUSED_SINCE = 9;

/**
 * The first version whose set-ups took help as children ask for it (CHILDREN_HELP_PHRASES: 我不会, 救命,
 * *tolonglah*) as help, never an answer.
 */
export const CHILDREN_HELP_REFUSED_SINCE = 10;

/** The first version whose set-ups refused hello and thank you (SMALL_TALK: "hi", 你好, "terima kasih", நன்றி). */
export const SMALL_TALK_REFUSED_SINCE = 11;

/**
 * The first version whose set-ups refused TWELFTH_LIST ("takde", "xtau", "whatever", "secret", 秘密, *rahsia*)
 * and read a non-answer with a particle after it ("dunno la", 不知道啦, "tak tau lah": core/sentence-particles)
 * as that non-answer.
 */
export const PARTICLES_REFUSED_SINCE = 12;

/**
 * The first version whose set-ups took asking for another question (THIRTEENTH_LIST: "skip", "another
 * question", 换一个问题, *langkau*, தவிர்) as "back" at an answer prompt, never an answer.
 */
export const CHANGE_QUESTION_REFUSED_SINCE = 13;

/**
 * Non-answers version 13: what it refused beyond the first twelve lists, asking for another question
 * (core/change-question-words: "skip", 换一个问题, *langkau*, தவிர்). Never change it: it is what those set-ups
 * refused.
 */
export const THIRTEENTH_LIST: readonly string[] = [
  ...["another question", "another one", "a different question", "different question", "different one"],
  ...["other question", "change question", "change the question", "change my question", "change"],
  ...["new question", "next question", "next", "skip", "skip this", "skip it", "skip question"],
  ...["skip this question", "pass", "go back", "I want another question"],
  ...["换一个问题", "换一个", "换个问题", "换个", "换问题", "换一题", "换别的", "另一个问题", "别的问题"],
  ...["其他问题", "下一个", "下一题", "下一个问题", "跳过", "跳过这题", "跳过这个问题", "上一步"],
  ...["返回上一步", "我想换一个问题", "我要换一个问题", "不要这个问题"],
  ...["soalan lain", "soalan yang lain", "nak soalan lain", "saya nak soalan lain", "tukar soalan"],
  ...["tukar soalan lain", "tukar", "langkau", "langkau soalan", "langkau soalan ini", "seterusnya"],
  ...["soalan seterusnya", "soalan baru", "soalan baharu"],
  ...["வேறு கேள்வி", "வேறு கேள்வி வேண்டும்", "கேள்வியை மாற்று", "கேள்வியை மாற்றவும்", "மாற்று"],
  ...["தவிர்", "தவிர்க்கவும்", "அடுத்த கேள்வி", "அடுத்தது", "புதிய கேள்வி"],
];

/**
 * The first version whose set-ups refused FOURTEENTH_LIST: a listed phrase with a short filler after it ("I
 * don't know yet", "skip please", 我忘了答案, *tak tahu lagi*: core/filler-words), "anything", "later", the
 * Traditional 沒有 and 不記得, *apa-apa*, தெரியல, and asking for another question as a question ("can I choose
 * another question").
 */
export const FILLERS_REFUSED_SINCE = 14;

/**
 * What version 14 added, by language, besides the words for another question: each phrase with a filler
 * is written out (withFillers), so the list stays finite. Never change it: it is what those set-ups refused.
 */
const FOURTEENTH_WORDS: Readonly<Record<"en" | "zh" | "ms" | "ta", readonly string[]>> = {
  en: [
    ...["anything", "later", "none of these", "none of them"],
    ...withFillers([
      {
        after: ["I don't know", "I dont know", "don't know", "idk", "dunno", "I dunno"],
        fillers: ["yet"],
      },
      { after: ["not sure", "I'm not sure", "no idea"], fillers: ["yet"] },
      {
        after: ["I forgot", "forgot", "I forget", "I can't remember", "can't remember", "I don't remember"],
        fillers: ["my answer", "the answer"],
      },
      {
        after: ["I cant remember", "I dont remember", "don't remember"],
        fillers: ["my answer", "the answer"],
      },
    ]),
  ],
  zh: [
    // Traditional, as a child with a Traditional keyboard types them: 没有 and 不记得 were refused already.
    ...["沒有", "沒", "不記得", "不記得了", "我不記得", "我不記得了", "忘記了", "我忘記了", "隨便", "不曉得"],
    "我不记得",
    ...withFillers([
      { after: ["不知道", "我不知道", "不晓得", "不曉得", "不清楚", "不确定"], fillers: ["耶"] },
      {
        after: ["忘了", "我忘了", "忘记了", "我忘记了", "忘記了", "我忘記了", "不记得", "我不记得"],
        fillers: ["答案"],
      },
      { after: ["不記得", "我不記得"], fillers: ["答案"] },
    ]),
  ],
  ms: [
    ...["apa-apa", "apa2", "belum tahu", "belum pasti"],
    ...withFillers([
      {
        after: ["tak tahu", "tidak tahu", "saya tak tahu", "tak tau", "saya tak tau", "tak pasti", "tatau"],
        fillers: ["lagi"],
      },
      { after: ["xtau", "belum tahu"], fillers: ["lagi"] },
      {
        after: ["lupa", "saya lupa", "tak ingat", "tidak ingat", "saya tak ingat", "terlupa", "saya terlupa"],
        fillers: ["jawapan", "jawapan saya"],
      },
    ]),
  ],
  ta: ["தெரியல", "தெரியலை", "எனக்குத் தெரியல", "எனக்கு தெரியல", "ஏதாவது"],
};

/**
 * The words for another question version 14 added beyond THIRTEENTH_LIST (core/change-question-words), as
 * they were. Never change it.
 */
const FOURTEENTH_CHANGE_QUESTION: readonly string[] = [
  ...["can I choose another question", "can I have another question", "can I change the question"],
  ...["can I skip", "can I skip this", "skip please", "skip this please", "skip it please"],
  ...["skip question please", "next please", "pass please", "change please", "another question please"],
  ...["another one please", "next question please", "change question please", "skip one", "skip this one"],
  ...["skip one please", "skip this one please", "next one", "next this one", "next one please"],
  ...["next this one please", "pass one", "pass this one", "pass one please", "pass this one please"],
  ...["boleh tukar soalan", "nak tukar soalan"],
];

/**
 * Non-answers version 14: what it refused beyond the first thirteen lists (FOURTEENTH_WORDS, and the words
 * for another question added since THIRTEENTH_LIST). Never change it: it is what those set-ups refused.
 */
export const FOURTEENTH_LIST: readonly string[] = [
  ...Object.values(FOURTEENTH_WORDS).flat(),
  ...FOURTEENTH_CHANGE_QUESTION,
];

/**
 * The first version whose set-ups refused FIFTEENTH_LIST: asking to skip a question as a question ("can I
 * skip this one", "boleh skip", 可以跳过吗, தவிர்க்கலாமா), which a child types at a reset too, and Tamil's
 * hesitations before "I don't know" and "I forgot" (ம்ம் தெரியல, அது வந்து மறந்துட்டேன்).
 */
export const SKIP_ASKED_REFUSED_SINCE = 15;

/**
 * What version 15 added, by language, besides the words for another question: Tamil's fillers, which go
 * before the phrase (core/filler-words): a hesitation (ம்ம் தெரியல, "hmm, don't know"), இன்னும் ("yet":
 * இன்னும் தெரியல) and பதில் ("the answer": பதில் மறந்துட்டேன், "I forgot the answer"). Each written out.
 */
const FIFTEENTH_WORDS: Readonly<Record<"ta", readonly string[]>> = {
  ta: withFillersBefore([
    {
      before: ["தெரியாது", "தெரியல", "தெரியலை", "தெரியவில்லை", "எனக்குத் தெரியாது", "எனக்கு தெரியாது"],
      fillers: [...TAMIL_HESITATIONS, "இன்னும்"],
    },
    { before: ["எனக்கு தெரியல", "எனக்குத் தெரியல"], fillers: [...TAMIL_HESITATIONS, "இன்னும்"] },
    {
      before: ["மறந்துட்டேன்", "மறந்துவிட்டேன்", "மறந்துபோச்சு", "நினைவில்லை", "ஞாபகமில்லை"],
      fillers: [...TAMIL_HESITATIONS, "பதில்", "என் பதில்"],
    },
    { before: ["நினைவில் இல்லை", "ஞாபகம் இல்லை"], fillers: [...TAMIL_HESITATIONS, "பதில்", "என் பதில்"] },
  ]),
};

/**
 * Non-answers version 15: what it refused beyond the first fourteen lists (FIFTEENTH_WORDS, and the words
 * for another question added since FOURTEENTH_LIST). It is what those set-ups refused: a phrase added later
 * belongs to a later version, so write this list out as it is now before adding one.
 */
export const FIFTEENTH_LIST: readonly string[] = [
  ...Object.values(FIFTEENTH_WORDS).flat(),
  ...Object.values(CHANGE_QUESTION_PHRASES)
    .flat()
    .filter((word) => !THIRTEENTH_LIST.includes(word) && !FOURTEENTH_CHANGE_QUESTION.includes(word)),
];

/**
 * Hello and thank you as children type them (core/greeting-words, core/thanks-words): no answer, so at the
 * question list they are small talk, never the answer she is about to save. Not "halo", a game a child may
 * love.
 */
export const SMALL_TALK: readonly string[] = [...GREETINGS, ...THANKS].filter((word) => word !== "halo");

/**
 * Non-answers version 9: what it refused beyond the first eight lists, yes and no as they are said (好啊, "ok
 * la", ஆமா, "tak mahu") and "I forgot" as said in Malay, Chinese and spoken Tamil (terlupa, 想不起来,
 * மறந்துட்டேன்). Never change it: it is what those set-ups refused.
 */
export const NINTH_LIST: readonly string[] = [
  ...["好啊", "好吧", "忘记", "我忘记", "想不起来", "我想不起来"],
  ...["ok la", "okla", "tak mahu", "terlupa", "saya terlupa", "saya dah terlupa"],
  ...["ஆமா", "ஓகே", "மறந்துட்டேன்", "நான் மறந்துட்டேன்", "நான் மறந்துவிட்டேன்"],
];

/**
 * Non-answers version 12: what it refused beyond the first eleven lists, "don't know" and "none" as Malay and
 * Singapore children type them ("takde", "xde", "tatau", "xtau"), "none" and "I don't care" in other words
 * ("nil", "don't have", "whatever", 无所谓), and "it's a secret" (秘密, *rahsia*, ரகசியம்): the first words a
 * sibling would guess. "Secret" alone could name a film or a band, but a child who means one can type its
 * full name; "private" stays an answer. Never change it: it is what those set-ups refused.
 */
export const TWELFTH_LIST: readonly string[] = [
  ...["nil", "nah", "no have", "don't have", "dont have", "do not have", "whatever", "whatevs"],
  ...["I don't care", "I dont care", "don't care", "dont care", "idc"],
  ...["secret", "a secret", "it's a secret", "its a secret", "it is a secret", "top secret"],
  ...["not telling", "I'm not telling", "I won't tell", "I wont tell"],
  ...["无所谓", "秘密", "是秘密", "这是秘密", "保密", "不告诉你"],
  ...["takde", "tak de", "xde", "takda", "xda", "tatau", "xtau", "xtahu", "ntah"],
  ...["rahsia", "ini rahsia", "itu rahsia"],
  ...["ரகசியம்", "இது ரகசியம்"],
];

/**
 * The first version whose set-ups all refused a question's key word ("colour", 颜色) as any answer: set-up
 * refused them late in version 5, so only version 6 tells for sure.
 */
export const QUESTION_WORDS_REFUSED_SINCE = 6;

/**
 * Non-answers version 1, the first list (English only): every set-up that saved answers with normalisation
 * version 2 refused it, since that version came later. Never change it: it is what those set-ups refused.
 */
const FIRST_LIST: readonly string[] = [
  "I don't know",
  "I dont know",
  "don't know",
  "I do not know",
  "idk",
  "dunno",
  "I dunno",
  "no idea",
  "I have no idea",
  "not sure",
  "I'm not sure",
  "nothing",
  "none",
  "no",
  "nope",
  "yes",
  "yeah",
  "help",
  "?",
];

/**
 * Non-answers version 2: what it refused beyond the first list (the plain command words of every language
 * among them). Never change it: it is what those set-ups refused.
 */
const SECOND_LIST: readonly string[] = [
  "ok",
  "okay",
  "sure",
  "yes please",
  "yep",
  "no thanks",
  "no thank you",
  "不知道",
  "我不知道",
  "不晓得",
  "不清楚",
  "没有",
  "没",
  "不是",
  "是的",
  "随便",
  "好",
  "好的",
  "可以",
  "不用",
  "不用了",
  "不要",
  "帮助",
  "tak tahu",
  "tidak tahu",
  "saya tak tahu",
  "saya tidak tahu",
  "entah",
  "tak pasti",
  "tidak pasti",
  "tiada",
  "tak ada",
  "tidak ada",
  "tidak",
  "tak",
  "ya",
  "boleh",
  "baiklah",
  "tak nak",
  "tidak mahu",
  "bantuan",
  "தெரியாது",
  "எனக்குத் தெரியாது",
  "இல்லை",
  "ஒன்றுமில்லை",
  "ஆம்",
  "ஆமாம்",
  "சரி",
  "வேண்டாம்",
  "உதவி",
  "cancel",
  "stop",
  "quit",
  "menu",
  "back",
  "取消",
  "停止",
  "菜单",
  "返回",
  "tolong",
  "batal",
  "berhenti",
  "kembali",
  "ரத்து",
  "நிறுத்து",
  "பட்டியல்",
  "பின்",
];

/**
 * Non-answers version 3: what it refused beyond the first two lists, what a child who has forgotten types
 * (and 停, which no set-up ever took as an answer). Never change it: it is what those set-ups refused.
 */
const THIRD_LIST: readonly string[] = [
  "I forgot",
  "forgot",
  "I forget",
  "forget",
  "I can't remember",
  "I cant remember",
  "can't remember",
  "I don't remember",
  "I dont remember",
  "don't remember",
  "忘了",
  "我忘了",
  "忘记了",
  "我忘记了",
  "不记得",
  "不记得了",
  "我不记得了",
  "lupa",
  "saya lupa",
  "tak ingat",
  "tidak ingat",
  "saya tak ingat",
  "saya tidak ingat",
  "மறந்துவிட்டேன்",
  "மறந்துபோச்சு",
  "நினைவில்லை",
  "ஞாபகமில்லை",
  "停",
];

/**
 * Non-answers version 4: what it refused beyond the first three lists: the Tamil answers to the ID prompt's
 * தெரியவில்லையா?, spaced words the normalisation does not join, and Malay "tak tau". Never change it: it is
 * what those set-ups refused.
 */
const FOURTH_LIST: readonly string[] = [
  "tak tau",
  "tidak tau",
  "saya tak tau",
  "தெரியவில்லை",
  "எனக்குத் தெரியவில்லை",
  "எனக்கு தெரியவில்லை",
  "எனக்கு தெரியாது",
  "நினைவில் இல்லை",
  "ஞாபகம் இல்லை",
];

/**
 * Non-answers version 5: what it refused beyond the first four lists, what a child with no favourite (no
 * movie, no book) types, and "not sure" said otherwise. Never change it: it is what those set-ups refused.
 */
const FIFTH_LIST: readonly string[] = [
  ...["I have none", "have none", "I don't have one", "I dont have one", "I don't have any"],
  ...["I dont have any", "I don't have", "I dont have", "no favourite", "I have no favourite"],
  ...["I don't have a favourite", "I dont have a favourite", "not really sure", "I'm not really sure"],
  ...["我没有", "没有喜欢的", "我没有喜欢的", "没有最喜欢的", "不确定", "我不确定", "不太确定", "我不太确定"],
  ...["saya tiada", "saya tak ada", "saya tidak ada", "tiada apa", "tiada apa-apa", "tak ada apa"],
  ...["entahlah", "saya tak pasti", "saya tidak pasti", "kurang pasti", "tiada idea", "tak ada idea"],
  ...["எதுவும் இல்லை", "எதுவுமில்லை", "ஒன்றும் இல்லை", "என்னிடம் இல்லை", "எனக்கு இல்லை"],
  ...["உறுதியாகத் தெரியவில்லை", "சரியாகத் தெரியவில்லை", "யோசனை இல்லை"],
];

/**
 * Replies that are not an answer at all ("I don't know", "yes", "?"): anyone could guess them, and the
 * student will not remember having "chosen" them. Keyed by language so each catalogue's translator adds
 * their own; a new answer is checked against every language, since a child may type in any of them.
 * Written as a child would type them; they are compared after the answers' normalisation.
 */
export const NON_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    ...FIRST_LIST,
    ...["ok", "okay", "sure", "yes please", "yep", "no thanks", "no thank you"],
    // Version 3: what a child who has forgotten types.
    ...["I forgot", "forgot", "I forget", "forget", "I can't remember", "I cant remember", "can't remember"],
    ...["I don't remember", "I dont remember", "don't remember"],
    // Version 5: what a child with no favourite (no movie, no book) types, and "not sure" said otherwise.
    ...["I have none", "have none", "I don't have one", "I dont have one", "I don't have any"],
    ...["I dont have any", "I don't have", "I dont have", "no favourite", "I have no favourite"],
    ...["I don't have a favourite", "I dont have a favourite", "not really sure", "I'm not really sure"],
    // Version 12: "none" and "I don't care" in other words, and "it's a secret".
    ...["nil", "nah", "no have", "don't have", "dont have", "do not have", "whatever", "whatevs"],
    ...["I don't care", "I dont care", "don't care", "dont care", "idc"],
    ...["secret", "a secret", "it's a secret", "its a secret", "it is a secret", "top secret"],
    ...["not telling", "I'm not telling", "I won't tell", "I wont tell"],
    // Version 13: asking for another question ("skip", "another question"); since 14, "skip please"; since
    // 15, "can I skip this one".
    ...CHANGE_QUESTION_PHRASES.en,
    // Version 14: "anything", "later", and a filler after a phrase ("I don't know yet", "I forgot my answer").
    ...FOURTEENTH_WORDS.en,
  ],
  zh: [
    "不知道",
    "我不知道",
    "不晓得",
    "不清楚",
    "没有",
    "没",
    "不是",
    "是的",
    "随便",
    "好",
    "好的",
    "可以",
    "不用",
    "不用了",
    "不要",
    "帮助",
    "忘了",
    "我忘了",
    "忘记了",
    "我忘记了",
    "不记得",
    "不记得了",
    "我不记得了",
    // Version 5: "I have none" and "not sure".
    ...[
      "我没有",
      "没有喜欢的",
      "我没有喜欢的",
      "没有最喜欢的",
      "不确定",
      "我不确定",
      "不太确定",
      "我不太确定",
    ],
    // Version 9: yes, no and "I forgot" as they are said.
    ...["好啊", "好吧", "忘记", "我忘记", "想不起来", "我想不起来"],
    // Version 12: "I don't care" and "it's a secret".
    ...["无所谓", "秘密", "是秘密", "这是秘密", "保密", "不告诉你"],
    // Version 13: asking for another question (换一个问题, 跳过).
    ...CHANGE_QUESTION_PHRASES.zh,
    // Version 14: the Traditional 沒有 and 不記得, and a filler after a phrase (不知道耶, 我忘了答案).
    ...FOURTEENTH_WORDS.zh,
  ],
  ms: [
    "tak tahu",
    "tidak tahu",
    "saya tak tahu",
    "saya tidak tahu",
    "entah",
    "tak pasti",
    "tidak pasti",
    "tiada",
    "tak ada",
    "tidak ada",
    "tidak",
    "tak",
    "ya",
    "ok",
    "boleh",
    "baiklah",
    "tak nak",
    "tidak mahu",
    "bantuan",
    "lupa",
    "saya lupa",
    "tak ingat",
    "tidak ingat",
    "saya tak ingat",
    "saya tidak ingat",
    // Version 4: "tahu" as it is said and often typed.
    "tak tau",
    "tidak tau",
    "saya tak tau",
    // Version 5: "I have none", "not sure" and "no idea".
    ...["saya tiada", "saya tak ada", "saya tidak ada", "tiada apa", "tiada apa-apa", "tak ada apa"],
    ...["entahlah", "saya tak pasti", "saya tidak pasti", "kurang pasti", "tiada idea", "tak ada idea"],
    // Version 9: yes, no and "I forgot" as they are said.
    ...["ok la", "okla", "tak mahu", "terlupa", "saya terlupa", "saya dah terlupa"],
    // Version 12: "none" and "don't know" as they are typed, and "it's a secret".
    ...["takde", "tak de", "xde", "takda", "xda", "tatau", "xtau", "xtahu", "ntah"],
    ...["rahsia", "ini rahsia", "itu rahsia"],
    // Version 13: asking for another question (*soalan lain*, *langkau*).
    ...CHANGE_QUESTION_PHRASES.ms,
    // Version 14: *apa-apa*, and a filler after a phrase (*tak tahu lagi*, *tak ingat jawapan*).
    ...FOURTEENTH_WORDS.ms,
  ],
  ta: [
    ...["தெரியாது", "எனக்குத் தெரியாது", "இல்லை", "ஒன்றுமில்லை", "ஆம்", "ஆமாம்", "சரி", "வேண்டாம்", "உதவி"],
    ...["மறந்துவிட்டேன்", "மறந்துபோச்சு", "நினைவில்லை", "ஞாபகமில்லை"],
    // Version 4: the answer to the ID prompt's தெரியவில்லையா? ("Don't know?"), "எனக்கு" without its த் as a
    // child often types it, and words spaced apart: the normalisation drops the space but does not join
    // நினைவில் இல்லை into நினைவில்லை.
    ...["தெரியவில்லை", "எனக்குத் தெரியவில்லை", "எனக்கு தெரியவில்லை", "எனக்கு தெரியாது"],
    ...["நினைவில் இல்லை", "ஞாபகம் இல்லை"],
    // Version 5: "none" and "I have none" ("nothing", spaced or not), "not sure" and "no idea".
    ...["எதுவும் இல்லை", "எதுவுமில்லை", "ஒன்றும் இல்லை", "என்னிடம் இல்லை", "எனக்கு இல்லை"],
    ...["உறுதியாகத் தெரியவில்லை", "சரியாகத் தெரியவில்லை", "யோசனை இல்லை"],
    // Version 9: yes, no and "I forgot" as they are said.
    ...["ஆமா", "ஓகே", "மறந்துட்டேன்", "நான் மறந்துட்டேன்", "நான் மறந்துவிட்டேன்"],
    // Version 12: "it's a secret".
    ...["ரகசியம்", "இது ரகசியம்"],
    // Version 13: asking for another question (வேறு கேள்வி, தவிர்).
    ...CHANGE_QUESTION_PHRASES.ta,
    // Version 14: "don't know" as it is said (தெரியல), and "anything" (ஏதாவது).
    ...FOURTEENTH_WORDS.ta,
    // Version 15: a filler before "don't know" or "I forgot" (ம்ம் தெரியல, பதில் மறந்துட்டேன்).
    ...FIFTEENTH_WORDS.ta,
  ],
};

/** The words of an older list, by its version (see FIRST_LIST). */
const REFUSED_SINCE: Readonly<Record<number, readonly string[]>> = {
  1: FIRST_LIST,
  2: SECOND_LIST,
  3: THIRD_LIST,
  4: FOURTH_LIST,
  5: FIFTH_LIST,
  // Version 6 refused the words that ask for help ("I need help"), beyond the first five lists.
  6: FIRST_HELP_PHRASES,
  // Version 7, "I don't understand" (我不懂).
  7: NOT_UNDERSTOOD_PHRASES,
  // Version 8, "what is this" (这是什么).
  8: WHAT_IS_THIS_PHRASES,
  // Version 9, yes, no and "I forgot" as they are said (好啊, terlupa).
  9: NINTH_LIST,
  // Version 10, help as children ask for it (我不会, 救命, *tolonglah*).
  10: CHILDREN_HELP_PHRASES,
  // Version 11, hello and thank you ("hello", 你好, "terima kasih").
  11: SMALL_TALK,
  // Version 12, "none", "don't know" and "it's a secret" as children type them (takde, 秘密).
  12: TWELFTH_LIST,
  // Version 13, asking for another question ("skip", 换一个问题).
  13: THIRTEENTH_LIST,
  // Version 14, a filler after a phrase ("I don't know yet", "skip please"), "anything", "later".
  14: FOURTEENTH_LIST,
};

// The plain command words of every language (core/reserved-words) too: at a reset's answer prompt they are
// the commands, so an answer "batal" or 取消 could never be typed there (nor would the child have chosen it).
// And since version 6 the words that ask for help ("I need help", 帮帮我): set-up takes them as that; since
// version 7, "I don't understand" (我不懂, "tak faham", புரியவில்லை) too; since 8, "what is this" (这是什么).
// Since 9, NINTH_LIST; since 10, help as children ask for it (我不会, 救命, *tolonglah*); since 11, hello and
// thank you (SMALL_TALK); since 12, TWELFTH_LIST and any of these with a particle after it; since 13, asking
// for another question (THIRTEENTH_LIST); since 14, FOURTEENTH_LIST ("I don't know yet", "skip please");
// since 15, FIFTEENTH_LIST ("can I skip this one", "boleh skip", 可以跳过吗).
const known = new Map<string, number>(
  [...Object.values(NON_ANSWERS).flat(), ...RESERVED_WORDS, ...HELP_PHRASES, ...SMALL_TALK].map((word) => [
    nonAnswerForm(word),
    NON_ANSWERS_VERSION,
  ]),
);
for (const [version, words] of Object.entries(REFUSED_SINCE)) {
  for (const word of words) {
    const form = nonAnswerForm(word);
    known.set(form, Math.min(Number(version), known.get(form) ?? Number(version)));
  }
}

/** Each of `words` with one particle after it ("dunno la", 不知道啦). */
function withAParticle(words: readonly string[]): string[] {
  return words.flatMap((word) =>
    /\p{Script=Han}$/u.test(word)
      ? CHINESE_PARTICLES.map((particle) => word + particle)
      : SPOKEN_PARTICLES.map((particle) => `${word} ${particle}`),
  );
}

/**
 * Every non-answer of version 12 with one particle after it ("dunno la", 不知道啦), as older set-ups took them:
 * a set-up that such code began is saved as of the list before (see setup-flow's nonAnswersVersionOfSetUp).
 */
export const WITH_A_PARTICLE: readonly string[] = withAParticle(
  [...Object.values(NON_ANSWERS).flat(), ...RESERVED_WORDS, ...HELP_PHRASES, ...SMALL_TALK].filter(
    (word) =>
      !THIRTEENTH_LIST.includes(word) && !FOURTEENTH_LIST.includes(word) && !FIFTEENTH_LIST.includes(word),
  ),
);

/** THIRTEENTH_LIST with a particle after each ("skip la", 跳过吧), which version 12's set-ups took as answers. */
export const THIRTEENTH_WITH_A_PARTICLE: readonly string[] = withAParticle(THIRTEENTH_LIST);

/** FOURTEENTH_LIST with a particle after each ("I don't know yet la", 不知道耶啦), which version 13 took. */
export const FOURTEENTH_WITH_A_PARTICLE: readonly string[] = withAParticle(FOURTEENTH_LIST);

/** FIFTEENTH_LIST with a particle after each ("boleh skip lah", 可以跳过吗啦), which version 14 took. */
export const FIFTEENTH_WITH_A_PARTICLE: readonly string[] = withAParticle(FIFTEENTH_LIST);

/**
 * Whether `answer` (as typed) is one of the non-answers of any language, or one with a particle after it
 * ("dunno la", 不知道啦): set-up refuses it.
 */
export function isNonAnswer(answer: string): boolean {
  return refusedSince(answer) !== undefined;
}

/**
 * The first list that refused `typed`, as typed or with the particles at its end left out (not before
 * version 12, which first read particles, nor before the list of the word it leaves); undefined if none.
 */
function refusedSince(typed: string): number | undefined {
  const since = known.get(nonAnswerForm(typed));
  if (since !== undefined) return since;
  const readings = withoutParticles(typed).flatMap((reading) => known.get(nonAnswerForm(reading)) ?? []);
  return readings.length === 0 ? undefined : Math.max(PARTICLES_REFUSED_SINCE, Math.min(...readings));
}

/**
 * Whether `typed`, a right answer to an enrolment of `normalisationVersion`, may be a non-answer saved as
 * it: the enrolment's own normalisation may fold a word into one (version 1 made சரி and சர the same).
 */
export function mayBeNonAnswerUnder(typed: string, normalisationVersion: number): boolean {
  if (isNonAnswer(typed)) return true;
  return knownFormsUnder(normalisationVersion).has(normaliseAnswer(normalisationVersion, typed));
}

const knownForms = new Map<number, ReadonlySet<string>>();

/** The non-answers as an older normalisation folds them, made once per version. */
function knownFormsUnder(normalisationVersion: number): ReadonlySet<string> {
  let forms = knownForms.get(normalisationVersion);
  if (forms === undefined) {
    forms = new Set([...known.keys()].map((form) => normaliseAnswer(normalisationVersion, form)));
    knownForms.set(normalisationVersion, forms);
  }
  return forms;
}

/**
 * Whether `typed` is a word the set-up of `enrolment` refused, so that it cannot be one of its answers: a
 * reset need not check it. A word refused only since then is checked like any answer.
 */
export function refusedWhenSaved(
  typed: string,
  enrolment: Pick<Enrolment, "nonAnswersVersion" | "normalisationVersion">,
): boolean {
  const since = refusedSince(typed);
  if (since === undefined || since > nonAnswersVersionOf(enrolment)) return false;
  // The answers' normalisation drops spaces: "No la" typed at a reset is the saved answer "Nola", so a
  // particle read off only thanks to a space must not leave a right answer unchecked.
  return isListedNonAnswer(typed) || refusedSince(typed.replace(/\s+/gu, "")) !== undefined;
}

/**
 * Whether `text` is one of the listed non-answers as it stands, with no particle read off its end: at the
 * new-password prompt "dunno" is no password she chose, but "Secretlah!" is.
 */
export function isListedNonAnswer(text: string): boolean {
  return known.has(nonAnswerForm(text));
}

/**
 * The list of non-answers an enrolment's set-up refused. Recorded since version 2; before that, an
 * enrolment of normalisation version 2 was saved after the first list, one of version 1 perhaps before any.
 */
export function nonAnswersVersionOf(
  enrolment: Pick<Enrolment, "nonAnswersVersion" | "normalisationVersion">,
): number {
  if (enrolment.nonAnswersVersion !== undefined) return enrolment.nonAnswersVersion;
  return enrolment.normalisationVersion >= 2 ? 1 : 0;
}

/**
 * The answers' normalisation (version 3's: LIST_FORM_VERSION), except that a reply of nothing but question marks ("?", "??", "？") is kept
 * as "?": it means "I don't know", while other punctuation alone is simply too short.
 */
function nonAnswerForm(text: string): string {
  const normalised = normaliseAnswer(LIST_FORM_VERSION, text);
  if (normalised !== "") return normalised;
  return /^\s*(\?\s*)+$/u.test(text.normalize("NFKC")) ? "?" : "";
}
