/**
 * A class as a teacher may write it after /coverage, around the name the directory has: "Class 4A",
 * "Kelas 4A", "வகுப்பு 4A", "4A班" (班 is "class" in Chinese), or "4A." with a phone keyboard's full stop.
 * Those words and the full stop are dropped; what is left is compared with the classes she may view, so
 * a school whose class really is called "Class 4A" is still read as typed first.
 */
const CLASS_WORD_BEFORE = /^(?:class|kelas|வகுப்பு)\s+/iu;
const CLASS_WORD_AFTER = /\s*班$/u;
const FULL_STOPS_AFTER = /[.。]+$/u;

/** `typed` (already plain characters) without the word "class" around it and a full stop after it. */
export function classNameInWords(typed: string): string {
  return typed
    .replace(FULL_STOPS_AFTER, "")
    .replace(CLASS_WORD_BEFORE, "")
    .replace(CLASS_WORD_AFTER, "")
    .trim();
}
