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

/**
 * "first" to "tenth" in each language: 第二 or 第二个 ("the second one"), never 第两. Tamil has two: மூன்றாவது
 * ("the third"), and மூன்றாம் before a word (மூன்றாம் கேள்வி, "the third question").
 */
const ORDINALS: readonly (readonly string[])[] = [
  ["first", "第一", "第一个", "pertama", "முதல்", "முதலாவது", "முதலாம்"],
  ["second", "第二", "第二个", "kedua", "இரண்டாவது", "இரண்டாம்"],
  ["third", "第三", "第三个", "ketiga", "மூன்றாவது", "மூன்றாம்"],
  ["fourth", "第四", "第四个", "keempat", "நான்காவது", "நான்காம்"],
  ["fifth", "第五", "第五个", "kelima", "ஐந்தாவது", "ஐந்தாம்"],
  ["sixth", "第六", "第六个", "keenam", "ஆறாவது", "ஆறாம்"],
  ["seventh", "第七", "第七个", "ketujuh", "ஏழாவது", "ஏழாம்"],
  ["eighth", "第八", "第八个", "kelapan", "எட்டாவது", "எட்டாம்"],
  ["ninth", "第九", "第九个", "kesembilan", "ஒன்பதாவது", "ஒன்பதாம்"],
  ["tenth", "第十", "第十个", "kesepuluh", "பத்தாவது", "பத்தாம்"],
];

/** "first" to "tenth" as a child writes them with digits. */
const DIGIT_ORDINALS: readonly string[] = [
  ...["1st", "2nd", "3rd", "4th", "5th"],
  ...["6th", "7th", "8th", "9th", "10th"],
];

/**
 * The ordinal of row `i` with the words a child puts around it: "the first one", "the 2nd question",
 * 第二个问题 or 第二题 ("the second question"), 二号 or 2号问题 ("number two"), 第二個 (Traditional), 我选2
 * ("I choose 2"), 我要第二个 or 要二 ("I want the second one", "want two"), 二個 ("two of them"), "question
 * two", "number two", "question number 2", "yang pertama" ("the first one"), "soalan kedua" ("the second
 * question"), "soalan 2", "nombor dua", "soalan nombor 2" ("question number 2"), இரண்டாவது கேள்வி,
 * இரண்டாம் கேள்வி, கேள்வி 2 ("question 2"), எண் இரண்டு ("number two"), and 2-வது, the bot's own way of
 * writing "2nd" in Tamil ("3 கேள்விகளில் 2-வது"), or 2-ஆம். Compared as answers are (formOf), so "no 2" is
 * never among them: "No. 2" would read as it, and "no 2" may mean "not 2" (saysNoToANumber). A row of
 * ORDINALS is English, Chinese twice, Malay, then Tamil; one of NUMBER_WORDS ends with Malay, then Tamil.
 */
function ordinalsAsWritten(i: number): string[] {
  const [english, , , malay, ...tamil] = ORDINALS[i]!;
  const numberWords = NUMBER_WORDS[i]!;
  const [malayNumber, tamilNumber] = [numberWords.at(-2)!, numberWords.at(-1)!];
  const digits = String(i + 1);
  return [
    ...[english!, DIGIT_ORDINALS[i]!].flatMap((word) =>
      [word, `${word} one`, `${word} question`].flatMap((words) => [words, `the ${words}`]),
    ),
    ...[numberWords[1]!, digits].flatMap((number) => [
      ...[`第${number}个问题`, `第${number}题`, `第${number}個`, `第${number}個問題`, `第${number}題`],
      ...[`${number}号`, `${number}号问题`, `${number}號`, `${number}號問題`],
      ...[`选${number}`, `我选${number}`, `我选第${number}个`, `選${number}`, `我選${number}`],
      ...[`要${number}`, `我要${number}`, `要第${number}个`, `我要第${number}个`, `我要第${number}個`],
      ...[`${number}个`, `${number}個`],
    ]),
    ...[numberWords[0]!, digits].flatMap((number) => [`question ${number}`, `question number ${number}`]),
    `number ${numberWords[0]!}`,
    ...[`yang ${malay!}`, `soalan ${malay!}`, `soalan ${malayNumber}`, `soalan ${digits}`],
    ...[`nombor ${malayNumber}`, `soalan nombor ${malayNumber}`, `soalan nombor ${digits}`],
    ...tamil.map((word) => `${word} கேள்வி`),
    ...[`${digits}-வது`, `${digits}-வது கேள்வி`, `கேள்வி ${digits}`, `கேள்வி ${tamilNumber}`],
    ...[`${digits}-ஆம்`, `${digits}-ஆம் கேள்வி`, `எண் ${tamilNumber}`, `கேள்வி எண் ${digits}`],
  ];
}

/** Compared as answers are: case, spaces, punctuation and emoji do not count. */
const formOf = (text: string) => normaliseAnswer(NORMALISATION_VERSION, text);

/** Every way of writing one to ten that numberInWords reads, as written (one list, for wordForms). */
export const NUMBERS_IN_WORDS: readonly string[] = NUMBER_WORDS.flatMap((words, i) => [
  ...words,
  ...ORDINALS[i]!,
  ...ordinalsAsWritten(i),
]);

const NUMBERS: ReadonlyMap<string, number> = new Map(
  NUMBER_WORDS.flatMap((words, i) =>
    [...words, ...ORDINALS[i]!, ...ordinalsAsWritten(i)].map((word) => [formOf(word), i + 1] as const),
  ),
);

/**
 * The number a word names ("two", 二, "dua", இரண்டு, "second", 第二个, "the 2nd one", 二号: 2), or undefined when it
 * names none.
 */
export function numberInWords(text: string): number | undefined {
  return NUMBERS.get(formOf(text));
}
