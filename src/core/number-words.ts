import { NORMALISATION_VERSION, normaliseAnswer } from "./answers/normalise-answer.js";

/**
 * The numbers one to ten as a child writes them in words, in each of the bot's languages: asked to "type its
 * number", she may write "two", 二, "dua" or இரண்டு. Asked to "choose question 1 of 3" (请选第 1 个问题), she
 * may write the ordinal instead: "first", 第一个, "pertama", முதல்.
 */
const NUMBER_WORDS: readonly (readonly string[])[] = [
  ["one", "一", "satu", "ஒன்று"],
  ["two", "二", "两", "dua", "இரண்டு"],
  ["three", "三", "tiga", "மூன்று"],
  ["four", "四", "empat", "நான்கு"],
  ["five", "五", "lima", "ஐந்து"],
  ["six", "六", "enam", "ஆறு"],
  ["seven", "七", "tujuh", "ஏழு"],
  ["eight", "八", "lapan", "எட்டு"],
  ["nine", "九", "sembilan", "ஒன்பது"],
  ["ten", "十", "sepuluh", "பத்து"],
];

/** "first" to "tenth" in each language: 第二 or 第二个 ("the second one"), never 第两. */
const ORDINALS: readonly (readonly string[])[] = [
  ["first", "第一", "第一个", "pertama", "முதல்", "முதலாவது"],
  ["second", "第二", "第二个", "kedua", "இரண்டாவது"],
  ["third", "第三", "第三个", "ketiga", "மூன்றாவது"],
  ["fourth", "第四", "第四个", "keempat", "நான்காவது"],
  ["fifth", "第五", "第五个", "kelima", "ஐந்தாவது"],
  ["sixth", "第六", "第六个", "keenam", "ஆறாவது"],
  ["seventh", "第七", "第七个", "ketujuh", "ஏழாவது"],
  ["eighth", "第八", "第八个", "kelapan", "எட்டாவது"],
  ["ninth", "第九", "第九个", "kesembilan", "ஒன்பதாவது"],
  ["tenth", "第十", "第十个", "kesepuluh", "பத்தாவது"],
];

/** "first" to "tenth" in Tamil as written before a word: மூன்றாம் கேள்வி ("the third question"). */
const TAMIL_ORDINALS_BEFORE_A_WORD: readonly string[] = [
  ...["முதலாம்", "இரண்டாம்", "மூன்றாம்", "நான்காம்", "ஐந்தாம்"],
  ...["ஆறாம்", "ஏழாம்", "எட்டாம்", "ஒன்பதாம்", "பத்தாம்"],
];

/** "first" to "tenth" as a child writes them with digits. */
const DIGIT_ORDINALS: readonly string[] = [
  ...["1st", "2nd", "3rd", "4th", "5th"],
  ...["6th", "7th", "8th", "9th", "10th"],
];

/**
 * The ordinal of row `i` with the words a child puts around it: "the first one", "the 2nd question",
 * 第二个问题 or 第二题 ("the second question"), 二号 or 2号问题 ("number two"), 第二個 (Traditional), 我选2
 * ("I choose 2"), "question two", "yang pertama" ("the first one"), "soalan kedua" ("the second question"),
 * "soalan 2", இரண்டாவது கேள்வி, கேள்வி 2 ("question 2"), and 2-வது, the bot's own way of writing "2nd" in
 * Tamil ("3 கேள்விகளில் 2-வது"). A row of ORDINALS is English, Chinese twice, Malay, then Tamil; one of
 * NUMBER_WORDS ends with Malay, then Tamil.
 */
function ordinalsAsWritten(i: number): string[] {
  const [english, , , malay, ...tamil] = ORDINALS[i]!;
  const numberWords = NUMBER_WORDS[i]!;
  const digits = String(i + 1);
  return [
    ...[english!, DIGIT_ORDINALS[i]!].flatMap((word) =>
      [word, `${word} one`, `${word} question`].flatMap((words) => [words, `the ${words}`]),
    ),
    ...[numberWords[1]!, digits].flatMap((number) => [
      ...[`第${number}个问题`, `第${number}题`, `第${number}個`, `第${number}個問題`, `第${number}題`],
      ...[`${number}号`, `${number}号问题`, `${number}號`, `${number}號問題`],
      ...[`选${number}`, `我选${number}`, `我选第${number}个`, `選${number}`, `我選${number}`],
    ]),
    ...[numberWords[0]!, digits].map((number) => `question ${number}`),
    ...[`yang ${malay!}`, `soalan ${malay!}`, `soalan ${numberWords.at(-2)!}`, `soalan ${digits}`],
    ...tamil.map((word) => `${word} கேள்வி`),
    ...[`${digits}-வது`, `${digits}-வது கேள்வி`, `கேள்வி ${digits}`, `கேள்வி ${numberWords.at(-1)!}`],
  ];
}

/**
 * More ways of writing number `i + 1` as a choice, read since version 2: 我要第二个 or 要二 ("I want the second
 * one", "want two"), 二個 ("two of them"), "number two", "question number 2", "nombor dua", "soalan nombor 2"
 * ("question number 2"), இரண்டாம் alone or before கேள்வி ("the second question"), 2-ஆம், எண் இரண்டு ("number
 * two") and கேள்வி எண் 2. Compared as answers are (formOf), so "no 2" is never one: "No. 2" would read as it,
 * and "no 2" may mean "not 2" (saysNoToANumber).
 */
function moreWaysWritten(i: number): string[] {
  const numberWords = NUMBER_WORDS[i]!;
  const [english, chinese, malay, tamil] = [
    numberWords[0]!,
    numberWords[1]!,
    numberWords.at(-2)!,
    numberWords.at(-1)!,
  ];
  const tamilOrdinal = TAMIL_ORDINALS_BEFORE_A_WORD[i]!;
  const digits = String(i + 1);
  return [
    ...[chinese, digits].flatMap((number) => [
      ...[`要${number}`, `我要${number}`, `要第${number}个`, `我要第${number}个`, `我要第${number}個`],
      ...[`${number}个`, `${number}個`],
    ]),
    ...[`number ${english}`, `question number ${english}`, `question number ${digits}`],
    ...[`nombor ${malay}`, `soalan nombor ${malay}`, `soalan nombor ${digits}`],
    ...[tamilOrdinal, `${tamilOrdinal} கேள்வி`, `${digits}-ஆம்`, `${digits}-ஆம் கேள்வி`],
    ...[`எண் ${tamil}`, `கேள்வி எண் ${digits}`],
  ];
}

/**
 * One to ten in spoken Tamil where it is written differently (ரெண்டு for இரண்டு, "two"); undefined where it is
 * not. Its ordinal adds ஆவது as the written one does: ரெண்டாவது ("second").
 */
const TAMIL_SPOKEN: readonly (readonly [number: string, ordinal: string | undefined] | undefined)[] = [
  ["ஒண்ணு", undefined],
  ["ரெண்டு", "ரெண்டாவது"],
  ["மூணு", "மூணாவது"],
  ["நாலு", "நாலாவது"],
  ["அஞ்சு", "அஞ்சாவது"],
  undefined,
  undefined,
  undefined,
  ["ஒம்பது", "ஒம்பதாவது"],
  undefined,
];

/**
 * More ways of writing number `i + 1` as a choice, read since version 3: ke-2, Malay's usual way of writing
 * "2nd", alone or as "yang ke-2" ("the 2nd one") and "soalan ke-2" ("the 2nd question"); and spoken Tamil's
 * ரெண்டு ("two") and ரெண்டாவது ("second"), alone or with கேள்வி ("question") or எண் ("number").
 */
function spokenAndMalayOrdinals(i: number): string[] {
  const digits = String(i + 1);
  const [spoken, spokenOrdinal] = TAMIL_SPOKEN[i] ?? [];
  return [
    ...[`ke-${digits}`, `yang ke-${digits}`, `soalan ke-${digits}`, `soalan yang ke-${digits}`],
    ...(spoken === undefined ? [] : [spoken, `கேள்வி ${spoken}`, `எண் ${spoken}`]),
    ...(spokenOrdinal === undefined ? [] : [spokenOrdinal, `${spokenOrdinal} கேள்வி`]),
  ];
}

/** Compared as answers are: case, spaces, punctuation and emoji do not count. */
const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);

/**
 * The version of what numberInWords reads, raised when it reads more. Set-up marks an answer, and the practice
 * offer the answers it follows, as no number in words together with this version: one marked by older code may
 * be a way of writing a number read only since (numbersInWordsAfter), as in a rolling deploy.
 */
export const NUMBER_WORDS_VERSION = 3;

/** The ways of writing number `i + 1` that each version of numberInWords reads first (the first is version 1's). */
const READ_FIRST_BY_VERSION: readonly ((i: number) => readonly string[])[] = [
  (i) => [...NUMBER_WORDS[i]!, ...ORDINALS[i]!, ...ordinalsAsWritten(i)],
  moreWaysWritten,
  spokenAndMalayOrdinals,
];

/** The ways of writing one to ten that each version reads first, as written. */
const WAYS_BY_VERSION: readonly (readonly string[])[] = READ_FIRST_BY_VERSION.map((waysOf) =>
  NUMBER_WORDS.flatMap((_, i) => waysOf(i)),
);

/** Every way of writing one to ten that numberInWords reads, as written (one list, for wordForms). */
export const NUMBERS_IN_WORDS: readonly string[] = WAYS_BY_VERSION.flat();

/** For each version, the ways read only since: one list each, which wordForms keeps the forms of. */
const READ_AFTER_VERSION: readonly (readonly string[])[] = WAYS_BY_VERSION.map((_, v) =>
  WAYS_BY_VERSION.slice(v + 1).flat(),
);

/**
 * The ways of writing one to ten that numberInWords reads and its `version` did not (none for the current
 * one): what an answer that version marked as no number in words may still be.
 */
export function numbersInWordsAfter(version: number): readonly string[] {
  return READ_AFTER_VERSION[Math.max(version, 1) - 1] ?? [];
}

/** Each form numberInWords reads (formOf), with its number and the first version that read it. */
const NUMBERS: ReadonlyMap<string, { number: number; since: number }> = (() => {
  const numbers = new Map<string, { number: number; since: number }>();
  READ_FIRST_BY_VERSION.forEach((waysOf, v) =>
    NUMBER_WORDS.forEach((_, i) => {
      for (const way of waysOf(i)) {
        const form = formOf(way);
        if (!numbers.has(form)) numbers.set(form, { number: i + 1, since: v + 1 });
      }
    }),
  );
  return numbers;
})();

/**
 * The number a word names ("two", 二, "dua", இரண்டு, "second", 第二个, "the 2nd one", 二号: 2), or undefined when it
 * names none.
 */
export function numberInWords(text: string): number | undefined {
  return NUMBERS.get(formOf(text))?.number;
}

/** The first version of numberInWords that reads `text` as a number ("two": 1, "nombor dua": 2), or undefined. */
export function numberInWordsSince(text: string): number | undefined {
  return NUMBERS.get(formOf(text))?.since;
}
