import { looksLikePassword } from "../../looks-like-password.js";
import { withoutMarksAround } from "../typed-id.js";
import { helloOrThanks } from "./hello-or-thanks.js";

/**
 * A class as a teacher may write it after /coverage, around the name the directory has: "Class 4A" (or
 * "Classes 4A", or "Class:4A" as the audit names a class), "Kelas 4A", "வகுப்பு 4A", "4A班" (班 is "class"
 * in Chinese), "4A." with a phone keyboard's full stop, "4A?", "4A,", "4A!", or in quotes or brackets ("'4A'", "(4A)", "「4A」").
 * Those words, marks, quotes and brackets are dropped; what is left is compared with the classes she may view, so
 * a school whose class really is called "Class 4A" is still read as typed first.
 */
const CLASS_WORD_BEFORE = /^(?:class(?:es)?|kelas|வகுப்பு(?:கள்)?)(?:\s*:\s*|\s+)/iu;
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

/**
 * `typed` (already plain characters) without the word "class" around it, and without the marks around it
 * that a user ID loses too (withoutMarksAround: quotes, brackets, emoji, a full stop or comma after it).
 */
export function classNameInWords(typed: string): string {
  return withoutMarksAround(typed).replace(CLASS_WORD_BEFORE, "").replace(CLASS_WORD_AFTER, "").trim();
}

/**
 * The class `typed` names with the word for class around it ("class 9Z", "Class: 9Z", "9Z班"), whether or not
 * the school has it; "" for the word with no name after it ("class:", as the audit names a class, typed
 * without one; or the word alone: "class", "kelas", 班, "வகுப்பு"); null when the word is not there ("9Z"
 * could as well be a user ID).
 */
export function classAfterWord(typed: string): string | null {
  const name = classNameInWords(typed);
  const unmarked = withoutMarksAround(typed);
  if (CLASS_WORD_ALONE.test(unmarked)) return "";
  if (name === "") return /:$/u.test(unmarked) && CLASS_WORD_BEFORE.test(unmarked) ? "" : null;
  return name !== unmarked ? name : null;
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
  return (
    namedBy(typed, BETWEEN_CLASSES, (part) => sameName(part, classes)) ??
    namedBy(typed, BETWEEN_SPACED_CLASSES, (part) => spelledAlike(part, classes))
  );
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

/** The class of `classes` that is `name` but for capitals ("4a" is 4A), as the directory spells it. */
function sameName(name: string, classes: readonly string[]): string | undefined {
  return classes.find((c) => c.toLowerCase() === name.toLowerCase());
}

/** The one class of `classes` that `typed` names once spaces and dashes are left out of both, if any. */
function spelledAlike(typed: string, classes: readonly string[]): string | undefined {
  const matching = classes.filter((c) => bare(c) === bare(typed));
  return bare(typed) !== "" && matching.length === 1 ? matching[0] : undefined;
}

/**
 * The one class of `classes` that `typed` names as /coverage reads it, as the directory spells it, if any:
 * "4a" is 4A; "Class 4A" or "4A." is 4A, not another class to refuse and audit as one she may not see; "4 A"
 * or "4-A" is 4A too, the one class spelt so without spaces and dashes. Also a teacher's own class typed
 * where a student's user ID goes.
 */
export function classNamed(typed: string, classes: readonly string[]): string | undefined {
  const inWords = classNameInWords(typed);
  return (
    sameName(typed, classes) ??
    (inWords === "" ? undefined : sameName(inWords, classes)) ??
    spelledAlike(inWords === "" ? typed : inWords, classes)
  );
}

/** What a teacher or admin typed after /coverage (or at "Which class?"), read against the classes she may view. */
export type TypedClass =
  /** `password`: it was none because it looks like a password (her own, maybe): she is told so. */
  | { kind: "none"; password?: true }
  | { kind: "all" }
  | { kind: "one"; name: string }
  | { kind: "several"; names: string[] }
  | { kind: "unknown"; typed: string };

/**
 * `typed` (already plain characters) read against `classes`: nothing, or no class ("none": she means her
 * own; `password` when it looks like one); every class of hers ("all", only when `all` says "all" may mean that); one class ("one", as the
 * directory spells it, see classNamed); two or more ("several"); or none of them ("unknown", as typed). A
 * class the school really calls "my class", "all" or "Class 4A" is read as typed first.
 */
export function resolveClass(typed: string, classes: readonly string[], { all = false } = {}): TypedClass {
  const asTyped = sameName(typed, classes);
  // Her password typed after /coverage, or at "Which class?" (the wrong box), is no class: taken as none,
  // so it is never audited as a refused class nor echoed as an unknown one. So is the word "class" alone
  // ("/coverage my class"): she means hers, unless the school has a class called so. So is a greeting or
  // thanks ("/coverage hi"), never audited as a class she may not see. "Class:5b", as the audit names a
  // class, is tested without its word: with it, it looks like a password.
  // One of `classes` however written ("p4-courage") is that class, though the school's look like passwords.
  const password = looksLikePassword(classNameInWords(typed)) && classNamed(typed, classes) === undefined;
  const namesNone = password || namesNoClass(typed) || helloOrThanks(typed) !== null;
  if (typed === "" || (namesNone && asTyped === undefined))
    return password ? { kind: "none", password: true } : { kind: "none" };
  if (all && namesAllClasses(typed) && asTyped === undefined) return { kind: "all" };
  const one = classNamed(typed, classes);
  if (one !== undefined) return { kind: "one", name: one };
  // "4A 5B" from a teacher of both: a report for each, not a refusal of a class called "4A 5B".
  const several = severalClassesNamed(typed, classes);
  return several === null ? { kind: "unknown", typed } : { kind: "several", names: several };
}
