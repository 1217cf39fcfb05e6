/**
 * A class as a teacher may write it after /coverage, around the name the directory has: "Class 4A" (or
 * "Classes 4A"), "Kelas 4A", "வகுப்பு 4A", "4A班" (班 is "class" in Chinese), "4A." with a phone
 * keyboard's full stop, "4A?", or in quotes or brackets ("'4A'", "(4A)", "「4A」").
 * Those words, marks, quotes and brackets are dropped; what is left is compared with the classes she may view, so
 * a school whose class really is called "Class 4A" is still read as typed first.
 */
const CLASS_WORD_BEFORE = /^(?:class(?:es)?|kelas|வகுப்பு(?:கள்)?)\s+/iu;
/** The word "class" on its own, as "Class 4A and 5B" splits into "Class", "4A" and "5B". */
const CLASS_WORD_ALONE = /^(?:class(?:es)?|kelas|வகுப்பு(?:கள்)?|班)$/iu;
const CLASS_WORD_AFTER = /\s*班$/u;
/** The word "class" and nothing else ("class", "my classes", 班, 我的班, "kelas saya", "என் வகுப்பு"). */
const CLASS_WORD_ONLY =
  /^(?:(?:my\s+)?class(?:es)?|kelas(?:\s+saya)?|(?:我的)?班(?:级)?|(?:என்\s+)?வகுப்பு(?:கள்)?)[.。]*$/iu;

/** "all", "both", "all my classes", "semua kelas", 全部, 所有班, "எல்லாம்": every class of hers. */
const ALL_CLASSES =
  /^(?:(?:all|both)(?:\s+(?:of\s+)?(?:my\s+|the\s+)?class(?:es)?)?|semua(?:\s+kelas(?:\s+saya)?)?|kedua-dua(?:\s+kelas)?|(?:全部|所有|两个)(?:的)?(?:班(?:级)?)?|எல்லாம்|இரண்டும்|எல்லா\s+வகுப்புகளும்?)[.。]*$/iu;

/** True when `typed` asks for every class she may view ("/coverage all"). */
export function namesAllClasses(typed: string): boolean {
  return ALL_CLASSES.test(typed.trim());
}

/** True when `typed` is only the word for class: she means her own class, as /coverage alone does. */
export function namesNoClass(typed: string): boolean {
  return CLASS_WORD_ONLY.test(typed.trim());
}
const FULL_STOPS_AFTER = /[\s.。!?！？"'“”‘’」』)）\]]+$/u;
/** Quotes or brackets before it: "'4A'", "“4A”", "(4A)", "「4A」". */
const QUOTES_BEFORE = /^["'“”‘’「『(（[\s]+/u;

/** `typed` (already plain characters) without the word "class" around it and a full stop after it. */
export function classNameInWords(typed: string): string {
  return typed
    .replace(QUOTES_BEFORE, "")
    .replace(FULL_STOPS_AFTER, "")
    .replace(CLASS_WORD_BEFORE, "")
    .replace(CLASS_WORD_AFTER, "")
    .trim();
}

/** Between the classes of "4A 5B", "4A, 5B", "4A and 5B", "4A/5B" or "4A、5B" (each language's "and" too). */
const BETWEEN_CLASSES = /\s*(?:[,，、;；&+/]|\s(?:and|dan|மற்றும்)\s|和)\s*|\s+/iu;
/** The same without a bare space, for names with a space or dash inside ("4 A and 5 B", "4-A, 5-B"). */
const BETWEEN_SPACED_CLASSES = /\s*(?:[,，、;；&+/]|\s(?:and|dan|மற்றும்)\s|和)\s*/iu;

/**
 * The classes of `classes` that `typed` names when it names two or more of them ("4A 5B" from a teacher of
 * both, or "Class 4A and 5B" as she would say it), as the directory spells them, each once; null unless
 * every part but the word "class" names one, so a class name that has a space in it, or any part naming a
 * class she may not view, is read as before. Parts between commas or "and" may have a space or dash inside
 * ("4 A and 5 B"), each then the one class spelt so without them, as "/coverage 4 A" is read.
 */
export function severalClassesNamed(typed: string, classes: readonly string[]): string[] | null {
  const exact = (part: string) => classes.find((c) => c.toLowerCase() === part.toLowerCase());
  const spaced = (part: string) => {
    const matching = classes.filter((c) => bare(c) === bare(part));
    return bare(part) !== "" && matching.length === 1 ? matching[0] : undefined;
  };
  return namedBy(typed, BETWEEN_CLASSES, exact) ?? namedBy(typed, BETWEEN_SPACED_CLASSES, spaced);
}

function namedBy(
  typed: string,
  between: RegExp,
  find: (part: string) => string | undefined,
): string[] | null {
  const parts = classNameInWords(typed)
    .split(between)
    .filter((part) => part !== "" && !CLASS_WORD_ALONE.test(part));
  if (parts.length < 2) return null;
  const named = parts.map((part) => find(classNameInWords(part)));
  if (named.some((c) => c === undefined)) return null;
  return [...new Set(named as string[])];
}

/** A class name without spaces and dashes, in lower case: "4 A" and "4-a" are "4a". */
export function bare(name: string): string {
  return name.replace(/[\s\p{Pd}]/gu, "").toLowerCase();
}

/**
 * The one class of `classes` that `typed` names as /coverage reads it ("4a", "Class 4A", "4 A"), if any:
 * a teacher's own class typed where a student's user ID goes.
 */
export function classNamed(typed: string, classes: readonly string[]): string | undefined {
  const inWords = classNameInWords(typed);
  for (const name of [typed, inWords]) {
    const same = classes.find((c) => c.toLowerCase() === name.toLowerCase());
    if (same !== undefined) return same;
  }
  const matching = classes.filter((c) => bare(c) === bare(inWords));
  return bare(inWords) !== "" && matching.length === 1 ? matching[0] : undefined;
}
