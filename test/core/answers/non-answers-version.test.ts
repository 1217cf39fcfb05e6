import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  NINTH_LIST,
  NON_ANSWERS,
  NON_ANSWERS_VERSION,
  FOURTEENTH_LIST,
  FIFTEENTH_LIST,
  SMALL_TALK,
  THIRTEENTH_LIST,
  TWELFTH_LIST,
  isNonAnswer,
  nonAnswersVersionOf,
  refusedWhenSaved,
} from "../../../src/core/answers/non-answers.js";
import {
  ALPHABETIC_MIN_LENGTH,
  graphemeLength,
  SYLLABIC_MIN_LENGTH,
} from "../../../src/core/answers/answer-length.js";
import { HELP_PHRASES } from "../../../src/core/help-words.js";
import { RESERVED_WORDS } from "../../../src/core/reserved-words.js";

const savedNow = { normalisationVersion: 2, nonAnswersVersion: NON_ANSWERS_VERSION };
/** Saved before the version was recorded, with normalisation version 2: after the first list. */
const savedBeforeRecorded = { normalisationVersion: 2 };
/** Normalisation version 1: perhaps before set-up refused anything. */
const savedLongAgo = { normalisationVersion: 1 };

describe("which non-answers a reset need not check", () => {
  it("answers saved under today's list: none of today's non-answers, in any language", () => {
    for (const word of [...Object.values(NON_ANSWERS).flat(), ...RESERVED_WORDS])
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
    expect(refusedWhenSaved("Tiger", savedNow)).toBe(false);
  });

  it("a particle read off only thanks to a space leaves a right answer checked: 'No la' is 'Nola' saved", () => {
    // The answers' normalisation drops spaces, so "No la" typed at a reset is the saved answer "Nola".
    for (const word of ["No la", "Nah la", "Yes la"])
      expect(refusedWhenSaved(word, savedNow), word).toBe(false);
    for (const word of ["dunno la", "tak tau la", "不知道啦", "nothing lah"])
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
  });

  it("answers saved before the version was recorded: only the first list, however it is written", () => {
    for (const word of ["I don't know", "IDK!", " ??? ", "no idea", "yes", "help"])
      expect(refusedWhenSaved(word, savedBeforeRecorded), word).toBe(true);
    for (const word of ["okay", "OK", "sure", "no thanks", "好的", "不知道", "tak tahu", "சரி", "batal"])
      expect(refusedWhenSaved(word, savedBeforeRecorded), word).toBe(false);
  });

  it("answers saved under version 2: its words, but not what a child who forgot types, added in 3", () => {
    const savedUnderTwo = { normalisationVersion: 2, nonAnswersVersion: 2 };
    for (const word of ["okay", "好的", "batal", "I don't know", "help"])
      expect(refusedWhenSaved(word, savedUnderTwo), word).toBe(true);
    for (const word of ["I forgot", "forgot", "忘了", "lupa", "மறந்துவிட்டேன்"])
      expect(refusedWhenSaved(word, savedUnderTwo), word).toBe(false);
  });

  // What a Tamil child answers the prompt's தெரியவில்லையா? with, spaced words that the answers' normalisation
  // does not join into the listed ones, and Malay's "tak tau": added in 4.
  const ADDED_IN_FOUR = [
    ...["தெரியவில்லை", "எனக்குத் தெரியவில்லை", "எனக்கு தெரியவில்லை", "எனக்கு தெரியாது"],
    ...["நினைவில் இல்லை", "ஞாபகம் இல்லை", "tak tau", "tidak tau", "saya tak tau"],
  ];

  // What a child with no favourite (no movie, no book) types, and more ways of "not sure": added in 5.
  const ADDED_IN_FIVE = [
    ...["I have none", "have none", "I don't have one", "I dont have one", "I don't have any"],
    ...["I dont have any", "I don't have", "I dont have", "no favourite", "I have no favourite"],
    ...["I don't have a favourite", "I dont have a favourite", "not really sure", "I'm not really sure"],
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
    ...["saya tiada", "saya tak ada", "saya tidak ada", "tiada apa", "tiada apa-apa", "tak ada apa"],
    ...["entahlah", "saya tak pasti", "saya tidak pasti", "kurang pasti", "tiada idea", "tak ada idea"],
    ...["எதுவும் இல்லை", "எதுவுமில்லை", "ஒன்றும் இல்லை", "என்னிடம் இல்லை", "எனக்கு இல்லை"],
    ...["உறுதியாகத் தெரியவில்லை", "சரியாகத் தெரியவில்லை", "யோசனை இல்லை"],
  ];

  it("answers saved under version 3: its words, but not the Tamil and Malay ones added in 4", () => {
    const savedUnderThree = { normalisationVersion: 2, nonAnswersVersion: 3 };
    for (const word of ["I forgot", "忘了", "lupa", "மறந்துவிட்டேன்", "நினைவில்லை", "okay", "I don't know"])
      expect(refusedWhenSaved(word, savedUnderThree), word).toBe(true);
    for (const word of ADDED_IN_FOUR) {
      expect(refusedWhenSaved(word, savedUnderThree), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
    }
  });

  it("answers saved under version 3: every word of today's list but those added in 4", () => {
    const savedUnderThree = { normalisationVersion: 2, nonAnswersVersion: 3 };
    for (const word of [...Object.values(NON_ANSWERS).flat(), ...RESERVED_WORDS])
      expect(refusedWhenSaved(word, savedUnderThree), word).toBe(
        !ADDED_IN_FOUR.includes(word) &&
          !ADDED_IN_FIVE.includes(word) &&
          !NINTH_LIST.includes(word) &&
          !TWELFTH_LIST.includes(word) &&
          !THIRTEENTH_LIST.includes(word) &&
          !FOURTEENTH_LIST.includes(word) &&
          !FIFTEENTH_LIST.includes(word),
      );
  });

  it("answers saved under version 4: its words, but not what a child with no favourite types, added in 5", () => {
    const savedUnderFour = { normalisationVersion: 3, nonAnswersVersion: 4 };
    for (const word of ADDED_IN_FOUR) expect(refusedWhenSaved(word, savedUnderFour), word).toBe(true);
    for (const word of ADDED_IN_FIVE) {
      expect(refusedWhenSaved(word, savedUnderFour), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
    }
  });

  it("answers saved under version 5: its words, but not the words that ask for help, taken as help since 6", () => {
    const savedUnderFive = { normalisationVersion: 3, nonAnswersVersion: 5 };
    for (const word of [...ADDED_IN_FIVE, ...ADDED_IN_FOUR, "I forgot", "okay"])
      expect(refusedWhenSaved(word, savedUnderFive), word).toBe(true);
    for (const word of ["I need help", "Help me please!", "帮帮我", "tolong saya", "உதவி வேண்டும்"]) {
      expect(refusedWhenSaved(word, savedUnderFive), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
      expect(isNonAnswer(word), word).toBe(true);
    }
  });

  it("answers saved under version 6: its words, but not 'I don't understand', taken as help since 7", () => {
    const savedUnderSix = { normalisationVersion: 3, nonAnswersVersion: 6 };
    for (const word of ["I need help", "帮帮我", "tolong saya", ...ADDED_IN_FIVE, "I forgot", "okay"])
      expect(refusedWhenSaved(word, savedUnderSix), word).toBe(true);
    for (const word of ["I don't understand", "我不懂", "saya tak faham", "புரியவில்லை", "huh"]) {
      expect(refusedWhenSaved(word, savedUnderSix), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
      expect(isNonAnswer(word), word).toBe(true);
    }
  });

  it("answers saved under version 8: its words, but not yes, no and 'I forgot' as said, added in 9", () => {
    const savedUnderEight = { normalisationVersion: 3, nonAnswersVersion: 8 };
    for (const word of ["what is this", "这是什么", "I don't understand", "I forgot", "okay", "忘了", "lupa"])
      expect(refusedWhenSaved(word, savedUnderEight), word).toBe(true);
    for (const word of ["好啊", "ok la", "ஆமா", "terlupa", "想不起来", "மறந்துட்டேன்"]) {
      expect(refusedWhenSaved(word, savedUnderEight), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
      expect(isNonAnswer(word), word).toBe(true);
    }
  });

  it("answers saved under version 10: its words, but not hello and thank you, added in 11", () => {
    const savedUnderTen = { normalisationVersion: 3, nonAnswersVersion: 10 };
    for (const word of ["help pls", "救命", "tolonglah", "好啊", "terlupa", "okay", "no thanks"])
      expect(refusedWhenSaved(word, savedUnderTen), word).toBe(true);
    for (const word of [
      "hello",
      "good morning",
      "thank you",
      "你好",
      "谢谢",
      "terima kasih",
      "வணக்கம்",
      "நன்றி",
    ]) {
      expect(refusedWhenSaved(word, savedUnderTen), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
      expect(isNonAnswer(word), word).toBe(true);
    }
    // "Halo", a game a child may love, is still an answer.
    expect(isNonAnswer("Halo")).toBe(false);
  });

  it("answers saved under version 11: its words, but not the words as said ('dunno la', takde, 秘密), added in 12", () => {
    const savedUnderEleven = { normalisationVersion: 3, nonAnswersVersion: 11 };
    for (const word of ["hello", "谢谢", "dunno", "不知道", "tak tau", "ok la", "entahlah", "tolonglah"])
      expect(refusedWhenSaved(word, savedUnderEleven), word).toBe(true);
    for (const word of [
      ...["dunno la", "不知道啦", "tak tau lah", "nothing la!!", "我忘了啦", "lupalah", "hello la"],
      ...TWELFTH_LIST,
    ]) {
      expect(refusedWhenSaved(word, savedUnderEleven), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
      expect(isNonAnswer(word), word).toBe(true);
    }
  });

  it("answers saved under version 12: its words, but not asking for another question ('skip', 换一个问题), added in 13", () => {
    const savedUnderTwelve = { normalisationVersion: 3, nonAnswersVersion: 12 };
    for (const word of ["takde", "秘密", "dunno la", "不知道啦", "tak tau lah", "hello", "okay"])
      expect(refusedWhenSaved(word, savedUnderTwelve), word).toBe(true);
    // With a particle after it too: version 12 read particles only after its own words, so it saved "skip la".
    for (const word of [...THIRTEENTH_LIST, "skip la", "Skip lah!", "跳过吧", "换一个问题啦", "langkau la"]) {
      expect(refusedWhenSaved(word, savedUnderTwelve), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
      expect(isNonAnswer(word), word).toBe(true);
    }
  });

  it("answers saved under version 13: its words, but not a filler after a phrase ('I don't know yet'), added in 14", () => {
    const savedUnderThirteen = { normalisationVersion: 3, nonAnswersVersion: 13 };
    for (const word of ["skip", "skip la", "换一个问题", "takde", "dunno la", "不知道啦", "I forgot"])
      expect(refusedWhenSaved(word, savedUnderThirteen), word).toBe(true);
    const addedInFourteen = [
      ...FOURTEENTH_LIST,
      ...["I don't know yet la", "Skip please!", "不知道耶啦", "tak tahu lagi lah", "anything lah"],
    ];
    for (const word of addedInFourteen) {
      expect(refusedWhenSaved(word, savedUnderThirteen), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
      expect(isNonAnswer(word), word).toBe(true);
    }
  });

  it("answers saved under version 14: its words, but not asking to skip as a question ('boleh skip'), added in 15", () => {
    const savedUnderFourteen = { normalisationVersion: 3, nonAnswersVersion: 14 };
    for (const word of [
      "skip",
      "can I skip",
      "skip this one",
      "I don't know yet",
      "换一个问题",
      "boleh tukar soalan",
    ])
      expect(refusedWhenSaved(word, savedUnderFourteen), word).toBe(true);
    const addedInFifteen = [
      ...FIFTEENTH_LIST,
      ...["boleh skip lah", "Can I skip this one la!", "可以跳过吗啦"],
    ];
    for (const word of addedInFifteen) {
      expect(refusedWhenSaved(word, savedUnderFourteen), word).toBe(false);
      expect(refusedWhenSaved(word, savedNow), word).toBe(true);
      expect(isNonAnswer(word), word).toBe(true);
    }
  });

  it("version 14's list is as its set-ups refused it: a word added later is no part of it", () => {
    const fingerprint = createHash("sha256").update(FOURTEENTH_LIST.join("\n")).digest("hex");
    expect({ words: FOURTEENTH_LIST.length, fingerprint: fingerprint.slice(0, 16) }).toEqual({
      words: 120,
      fingerprint: "ef7642616ce9c57e",
    });
  });

  it("set-up refuses them in all four languages, with what the older lists had", () => {
    for (const word of [...ADDED_IN_FIVE, "not sure", "no idea", "none", "I'm not sure"])
      expect(isNonAnswer(word), word).toBe(true);
  });

  it("answers of normalisation version 1, which may be older than any list: every word is checked", () => {
    expect(nonAnswersVersionOf(savedLongAgo)).toBe(0);
    for (const word of ["I don't know", "?", "okay"])
      expect(refusedWhenSaved(word, savedLongAgo)).toBe(false);
  });

  it("a recorded version wins over what the normalisation version suggests", () => {
    expect(nonAnswersVersionOf({ normalisationVersion: 1, nonAnswersVersion: 2 })).toBe(2);
    expect(nonAnswersVersionOf({ normalisationVersion: 2, nonAnswersVersion: 0 })).toBe(0);
  });

  /**
   * Words shorter than any answer a set-up ever took (two Han characters now, three before normalisation
   * version 2): no child saved one, so adding one needs no new version.
   */
  const NEVER_AN_ANSWER = ["停"];

  it("a word added without a new version was never an answer: too short for any set-up", () => {
    for (const word of NEVER_AN_ANSWER) {
      expect(RESERVED_WORDS.includes(word) || Object.values(NON_ANSWERS).flat().includes(word)).toBe(true);
      expect(graphemeLength(word)).toBeLessThan(Math.min(SYLLABIC_MIN_LENGTH, ALPHABETIC_MIN_LENGTH));
    }
  });

  /*
   * A word added to the list (or to the reserved words) without raising NON_ANSWERS_VERSION would be skipped
   * at reset for a child who saved it as her answer the day before. This fingerprint changes with every
   * word added, removed or swapped: when it does, raise the version, list the words of the version before
   * under REFUSED_SINCE, and put the new fingerprint here.
   */
  it(`version ${NON_ANSWERS_VERSION} is this list, and no other`, () => {
    expect(NON_ANSWERS_VERSION).toBe(15);
    const listed = [...Object.values(NON_ANSWERS).flat(), ...RESERVED_WORDS, ...HELP_PHRASES, ...SMALL_TALK];
    const words = listed.filter((word) => !NEVER_AN_ANSWER.includes(word));
    const fingerprint = createHash("sha256")
      .update([...words].sort().join("\n"))
      .digest("hex");
    expect({ words: words.length, fingerprint: fingerprint.slice(0, 16) }).toEqual({
      words: 761,
      fingerprint: "0b9810fd5c59d2cf",
    });
  });
});
