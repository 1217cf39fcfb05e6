import { en, type MessageKey } from "../../src/core/i18n/en.js";
import { translate } from "../../src/core/i18n/translate.js";
import { PASSWORD_EXAMPLE } from "../../src/core/passwords/password-strength.js";
import { countText, fleschKincaidGrade, MAX_GRADE } from "./flesch-kincaid.js";

/** Shorter messages are not measured: the formula means little for "Which class?". */
export const MIN_WORDS = 6;

/** Read by teachers and admins (adults), not by children. */
const STAFF_PREFIXES = [
  "staff.",
  "guided.",
  "coverage.",
  "audit.",
  "stats.",
  "clear.",
  "unlock.",
  "report.",
  // The staff menu's button labels.
  "menu.staff.",
  // Admins' alerts and the terminal's start banner (for whoever runs the bot) are not for students.
  "alert.",
  "console.banner.",
];
/** A message said to staff where a child would hear its twin: `<part>.staff<Name>` (setup.staffLinked). */
const STAFF_TWIN = /\.staff[A-Z]/;
/**
 * Staff-prefixed messages that a student reads: sent to their chat, said when a child tries /guided, or to the
 * child answering her questions on her teacher's device.
 */
const TO_STUDENTS = new Set<string>([
  "guided.codeForStudent",
  "guided.codeStoppedForStudent",
  "guided.codeFromAdminForStudent",
  "guided.codeStoppedByAdminForStudent",
  "guided.passwordForStudent",
  "guided.codeTypedBackForStudent",
  // Said on the teacher's device to the student answering her questions there.
  "guided.sameAnswerAgain",
  "staff.onlyStaff",
]);
/** Button labels: names of choices, not sentences. */
const LABELS = new Set<string>([
  "menu.setup",
  "menu.reset",
  "menu.help",
  "menu.language",
  "language.name",
  "reset.generate",
  "reset.typeOwn",
  "common.cancel",
]);
/** Nothing but school-configured text (the question list). */
const SCHOOL_TEXT = new Set<string>(["question"]);

/**
 * A plausible value for each parameter. School-configured text (a question, the login hint) and secrets
 * shown on a line of their own (a password, a code) are left out: they are not the bot's own words.
 */
const SAMPLE_PARAMS: Record<string, string | number> = {
  name: "Wei Ling",
  account: "school account",
  teacher: "Mr Lim",
  admin: "Ms Tan",
  word: "animal",
  minutes: 15,
  // The idle limit's words; the lifetime's ("this took too long") are shorter.
  why: "away",
  // "back" at a reset's question after the first: the longer of its two forms.
  first: "no",
  seconds: 30,
  hours: 24,
  min: 8,
  max: 64,
  days: 30,
  number: 2,
  // How many practice answers came out different: mostly one.
  count: 1,
  // A too-short answer's minimums: letters or numbers, and Chinese or Tamil characters.
  letters: 3,
  characters: 2,
  question: "",
  hint: "",
  password: "",
  code: "",
  id: "S1001",
  // A command word ("/{command}"): the nearest to a mistyped one.
  command: "start",
  // The shape of a good password that "too easy to guess" shows.
  example: PASSWORD_EXAMPLE,
};
const SAMPLE_OVERRIDES: Partial<Record<MessageKey, Record<string, number>>> = {
  "reset.capped": { max: 3 },
  "reset.sameAnswerAgain": { earlier: 1 },
  "practice.sameAnswerAgain": { earlier: 1 },
  "guided.sameAnswerAgain": { earlier: 1 },
  // Its minutes' words: the harder of its two forms (grade 4.8; the hours' are 3.8).
  "setup.paused": { hours: 0 },
};

export interface Message {
  key: string;
  text: string;
}

export interface Measured {
  key: string;
  words: number;
  grade: number;
}

/** Whether a child may read this message (not staff-only, not a label, not the school's own text). */
export function isStudentMessage(key: string): boolean {
  if (LABELS.has(key) || SCHOOL_TEXT.has(key)) return false;
  if (TO_STUDENTS.has(key)) return true;
  if (STAFF_TWIN.test(key)) return false;
  return !STAFF_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** The English message as a child would see it, with sample values in its parameters. */
export function renderSample(key: MessageKey): string {
  const params = { ...SAMPLE_PARAMS, ...SAMPLE_OVERRIDES[key] };
  const text = translate({ key, params }, "en");
  const missing = /\{(\w+)\}/.exec(text);
  if (missing !== null) throw new Error(`no sample value for {${missing[1]}} (in "${key}"): add one`);
  return text;
}

/** Grades rounded to one decimal, as printed and as checked. */
export function roundedGrade(text: string): number {
  return Math.round(fleschKincaidGrade(text) * 10) / 10;
}

/** Every English message a child may read, rendered with sample values. */
export function studentMessages(): Message[] {
  return (Object.keys(en) as MessageKey[])
    .filter(isStudentMessage)
    .map((key) => ({ key, text: renderSample(key) }));
}

/** The messages of MIN_WORDS words or more with their grade, hardest first. */
export function measure(messages: readonly Message[]): Measured[] {
  return messages
    .map(({ key, text }) => ({ key, words: countText(text).words, grade: roundedGrade(text) }))
    .filter((row) => row.words >= MIN_WORDS)
    .sort((a, b) => b.grade - a.grade || a.key.localeCompare(b.key));
}

/** The rows above MAX_GRADE; empty means the check passes. */
export function tooHard(rows: readonly Measured[]): Measured[] {
  return rows.filter((row) => row.grade > MAX_GRADE);
}
