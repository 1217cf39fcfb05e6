/**
 * A few short words a child puts after "I don't know", "skip" or "I forgot" that change nothing: "I don't
 * know yet", "skip please", "skip this one", "next one please", "I forgot my answer", 不知道耶, 我忘了答案,
 * *tak tahu lagi*, *tak ingat jawapan* (Tamil puts its own first: TAMIL_HESITATIONS, withFillersBefore).
 * Each filler goes only after the phrases it is said after, and every
 * form is written out (withFillers), so the words set-up refuses stay a finite list: older code's answers are
 * looked for by a keyed digest of each form (setup-flow's nonAnswersVersionOfSetUp). "Later Gator" and
 * "Anything Goes" are no phrase with a filler, and stay answers.
 */
export interface FillersAfter {
  /** The phrases, as listed among the non-answers or the words for another question. */
  readonly after: readonly string[];
  /** What may follow one of them. */
  readonly fillers: readonly string[];
}

/** Each phrase of every group with each of its fillers after it: "skip" and "please" give "skip please". */
export function withFillers(groups: readonly FillersAfter[]): string[] {
  const forms = groups.flatMap(({ after, fillers }) =>
    after.flatMap((phrase) =>
      fillers.map((filler) =>
        /\p{Script=Han}$/u.test(phrase) && /^\p{Script=Han}/u.test(filler)
          ? phrase + filler
          : `${phrase} ${filler}`,
      ),
    ),
  );
  return [...new Set(forms)];
}

/**
 * What a Tamil child says before "I don't know", "I forgot" or "skip" as she hesitates: ம், ம்ம், ம்ம்ம்,
 * ஹ்ம் ("hmm"), ஆ ("ah") and அது வந்து ("well, you see", the spoken stall before a reply she has not got).
 * Tamil puts such words first, where English puts "yet" last. Each alone, or before a real answer ("ம்ம்
 * பிரியாணி"), stays an answer: only the forms written out (withFillersBefore) are refused.
 */
export const TAMIL_HESITATIONS: readonly string[] = ["ம்", "ம்ம்", "ம்ம்ம்", "ஹ்ம்", "ஆ", "அது வந்து"];

/** Words that go before the phrases they are said with, as Tamil says them (see FillersAfter). */
export interface FillersBefore {
  /** The phrases, as listed among the non-answers or the words for another question. */
  readonly before: readonly string[];
  /** What may come first. */
  readonly fillers: readonly string[];
}

/** Each phrase of every group with each of its fillers before it: ம்ம் and தெரியல give "ம்ம் தெரியல". */
export function withFillersBefore(groups: readonly FillersBefore[]): string[] {
  const forms = groups.flatMap(({ before, fillers }) =>
    before.flatMap((phrase) => fillers.map((filler) => `${filler} ${phrase}`)),
  );
  return [...new Set(forms)];
}
