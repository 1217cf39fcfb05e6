import type { Text } from "../messages.js";
import type { Person } from "../ports/directory.js";
import type { Question } from "../questions/question-list.js";
import {
  ALPHABETIC_MIN_LENGTH,
  ANSWER_MAX_LENGTH,
  graphemeLength,
  minimumLength,
  splitGraphemes,
  SYLLABIC_MIN_LENGTH,
} from "./answer-length.js";
import { NORMALISATION_VERSION, normaliseAnswer } from "./normalise-answer.js";
import { isNonAnswer } from "./non-answers.js";
import { wordForms } from "./word-forms.js";

export { ANSWER_MAX_LENGTH } from "./answer-length.js";

const normalise = (text: string, version = NORMALISATION_VERSION) => normaliseAnswer(version, text);
const HAN = /^\p{Script=Han}+$/u;

/**
 * Checks a new answer at set-up (DESIGN.md's answer rules, except "the three differ", which needs the
 * hashes). Returns the answer normalised with `version` (the current one unless the answers it joins were
 * hashed with an older one: a set-up begun before a deploy, an enrolment's practice round), or what to
 * tell the student. Lengths are in graphemes, with a minimum that fits the script. No dictionary rule:
 * children's answers are common words by nature.
 */
export function checkNewAnswer(
  answer: string,
  question: Question,
  person: Pick<Person, "id" | "name">,
  version: number = NORMALISATION_VERSION,
): { ok: true; normalised: string } | { ok: false; problem: Text } {
  // Before the length rule: "no" and "?" are non-answers rather than too short.
  if (isNonAnswer(answer)) return { ok: false, problem: { key: "answer.nonAnswer" } };
  if (asksAQuestion(answer)) return { ok: false, problem: { key: "answer.isQuestion" } };
  // "1" sent again after the question's own number: no answer, and "needs 3 letters" would not say why.
  if (isQuestionNumber(answer)) return { ok: false, problem: { key: "answer.isNumber" } };
  const normalised = normalise(answer, version);
  const length = graphemeLength(normalised);
  const min = minimumLength(normalised);
  if (length < min) return { ok: false, problem: tooShort(normalised, min) };
  if (length > ANSWER_MAX_LENGTH) {
    return { ok: false, problem: { key: "answer.tooLong", params: { max: ANSWER_MAX_LENGTH } } };
  }
  // Keywords of every language: "haiwan" is no answer to "favourite animal" on an English screen either.
  const forms = wordForms(question.keywords, version);
  const keyword = question.keywords.find((_, i) => forms[i]!.length > 0 && normalised.includes(forms[i]!));
  if (keyword !== undefined) {
    return { ok: false, problem: { key: "answer.hasKeyword", params: { word: keyword } } };
  }
  if (containsIdentity(normalised, person, version)) return { ok: false, problem: { key: "answer.hasName" } };
  return { ok: true, normalised };
}

/**
 * What a too-short answer is told. Nothing that counts (emoji, marks): words, with the minimum of each kind
 * of script, as there is no script to go by. One Han or Tamil character: 2 characters; a Chinese or Tamil
 * child told "3 letters" would look for a third she does not need. Else 3 letters or numbers.
 */
function tooShort(normalised: string, min: number): Text {
  if (normalised === "") {
    return {
      key: "answer.noLetters",
      params: { letters: ALPHABETIC_MIN_LENGTH, characters: SYLLABIC_MIN_LENGTH },
    };
  }
  if (min === SYLLABIC_MIN_LENGTH) return { key: "answer.tooShortCharacters", params: { min } };
  return { key: "answer.tooShort", params: { min } };
}

/**
 * Whether set-up could have saved `text` as some answer, by its form alone (no non-answer, a length that
 * fits): "yes" or "ok" typed where buttons wait cannot be a secret answer sent again.
 */
export function couldBeAnAnswer(text: string): boolean {
  return !isNonAnswer(text) && fitsAnAnswer(text);
}

/** Whether `text` has the length of an answer, non-answer or not ("thanks" has; "hi" is too short). */
export function fitsAnAnswer(text: string): boolean {
  const normalised = normalise(text);
  const length = graphemeLength(normalised);
  return length >= minimumLength(normalised) && length <= ANSWER_MAX_LENGTH;
}

/**
 * Whether a string normalised with `version` gives away who the person is: it contains their id or full
 * name, or is one of their names. Only whole name parts: "Ling" must not rule out "dumpling". A Chinese
 * name has no spaces: 陈伟玲 is a surname and a given name, so the given name 伟玲 counts as a name too.
 * Two or more parts side by side are her name as she writes it (see nameRuns): "Wei Ling", "weiling".
 */
export function containsIdentity(
  normalised: string,
  person: Pick<Person, "id" | "name">,
  version: number = NORMALISATION_VERSION,
): boolean {
  const id = normalise(person.id, version);
  const fullName = normalise(person.name, version);
  if (id.length > 0 && normalised.includes(id)) return true;
  if (fullName.length > 0 && normalised.includes(fullName)) return true;
  const words = person.name
    .split(/[\s,()（）]+/u)
    .filter((word) => !SLASHED_CONNECTORS.has(word.toLowerCase()));
  const parts = words.map((part) => normalise(part, version));
  for (const part of parts) {
    if (part.length === 0) continue;
    if (graphemeLength(part) >= minimumLength(part) && normalised === part) return true;
    if (normalised.includes(part) && HAN.test(part) && graphemeLength(part) >= 2) return true;
    const given = givenHanName(part);
    if (given !== null && normalised.includes(given)) return true;
  }
  // "Siti binti Ahmad" is "Siti Ahmad" as she writes it; but "Bin" may be a Chinese given name (Tan Bin Hui),
  // so runs are read both with and without such a word.
  const withoutWordConnectors = words
    .filter((word) => !WORD_CONNECTORS.has(word.toLowerCase()))
    .map((part) => normalise(part, version));
  const runs = [...nameRuns(nonEmpty(parts)), ...nameRuns(nonEmpty(withoutWordConnectors))];
  for (const run of runs) {
    const joined = run.join("");
    if (normalised === joined && graphemeLength(joined) >= minimumLength(joined)) return true;
    if (run.every((part) => graphemeLength(part) >= minimumLength(part)) && normalised.includes(joined))
      return true;
  }
  return false;
}

/**
 * "s/o", "d/o" (son or daughter of), "a/l", "a/p" (anak lelaki, anak perempuan) in Malaysian and Singaporean
 * Indian names ("Ravi s/o Kumar"): they join the parts of a name and are none of them.
 */
const SLASHED_CONNECTORS: ReadonlySet<string> = new Set(["s/o", "d/o", "a/l", "a/p"]);

/** "bin", "binti", "binte" (son or daughter of) in Malay names ("Siti binti Ahmad"), read both ways (above). */
const WORD_CONNECTORS: ReadonlySet<string> = new Set(["bin", "binti", "binte", "bte"]);

const nonEmpty = (parts: readonly string[]) => parts.filter((part) => part.length > 0);

/**
 * Two or more adjacent parts of a name, in the directory's order read round: Tan Wei Ling gives "Wei Ling",
 * "Tan Wei", and, as the family name goes first or last (Chinese, Malay and Tamil names are written both
 * ways), "Ling Tan" and "Wei Ling Tan". Never parts out of order ("Ling Wei" is nobody's name). A run with a
 * part too short to be a name alone (Ah Kow, Li Na) counts only as the whole answer or password word, as a
 * part does: "Tan Ah" must not rule out "Tanah Merah", nor "Li Na" "Carolina".
 */
function nameRuns(parts: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (let length = 2; length <= parts.length; length++) {
    for (let start = 0; start < parts.length; start++) {
      runs.push(Array.from({ length }, (_, i) => parts[(start + i) % parts.length]!));
    }
  }
  return runs;
}

/**
 * Whether `text`, typed where a reset asks an answer, is the person's name as no set-up ever saved an answer
 * (her full name in it, or one of her names alone): refused by containsIdentity, set-up's rule, under every
 * answer normalisation set-ups have used, and by the first set-ups' rule, whose answers a reset may hash anew
 * without checking them again (enrolment-upgrade.ts). So a reset never refuses an answer some set-up took.
 * Her ID is left out: a reset tells it apart (reset.idNotNeeded). A name the directory changed since her
 * set-up is today's name: an answer that was not her name then may be now (a rare case, told as her name).
 */
export function typedOwnName(text: string, person: Pick<Person, "name">): boolean {
  const named = { id: "", name: person.name };
  for (let version = 1; version <= NORMALISATION_VERSION; version++) {
    if (!containsIdentity(normalise(text, version), named, version)) return false;
  }
  return refusedByFirstSetUps(normalise(text, 1), person.name);
}

/**
 * The name part of the first set-ups' rule (answer normalisation 1): her full name within the answer, or a
 * name between spaces of at least three characters as the whole answer.
 */
function refusedByFirstSetUps(normalised: string, name: string): boolean {
  const fullName = normalise(name, 1);
  if (fullName.length > 0 && normalised.includes(fullName)) return true;
  const parts = name.split(/\s+/).map((part) => normalise(part, 1));
  return parts.some((part) => part.length >= 3 && normalised === part);
}

/** 陈伟玲 -> 伟玲: a Han name of three or four characters, less its one-character surname. */
function givenHanName(part: string): string | null {
  if (!HAN.test(part)) return null;
  const chars = splitGraphemes(part);
  return chars.length >= 3 && chars.length <= 4 ? chars.slice(1).join("") : null;
}

/**
 * Words that end with a question mark ("what do you mean?", 什么意思？): a child asking the bot back, not an
 * answer. Set-up would save it as her answer, which she could never give again; a reset would check it and
 * count a try. An answer that really ends with one (a book, "Where's Wally?") is the same typed without it,
 * as answers are compared without punctuation, so the child is told to do that.
 */
export function asksAQuestion(text: string): boolean {
  return /[?？]\s*$/u.test(text);
}

/**
 * One or two digits alone (full-width ones too, as a Chinese keyboard types them): a question's or a
 * button's number typed where an answer is asked. Too short for any answer set-up saves.
 */
export function isQuestionNumber(text: string): boolean {
  return /^\s*\d{1,2}\s*$/u.test(text.normalize("NFKC"));
}
