import { withoutLatinAccents } from "../answers/normalise-answer.js";
import { typedUserId } from "./typed-id.js";

/**
 * Which of `people` the typed text names, by their user ID or by their name as the directory spells it:
 * the whole name or a run of its words ("Aisha", "Wei Ling", "weiling"), in any case or width, alone or with
 * the words a child puts around it ("I'm Aisha", see NAME_SAID). -1 when it names nobody, or more than one of
 * them (siblings' shared family name, or names that differ only by an accent). Her ID as typedUserId spells both
 * (a stored "josé" is "jose" typed either way).
 *
 * Text that reads both ways, as a name alone and as words around a name ("Aisha here" for "Aisha Here" or for
 * her sister Aisha Tan), picks someone only when both readings pick the same one: a wrong guess would begin a
 * sibling's reset and count her right answers as his failed round, so she taps her button instead.
 */
export function personNamed(people: readonly { id: string; name: string }[], typed: string): number {
  const name = nameSaid(typed);
  // Breaks count only in text that also reads as words around a name: "wei ling" is "Tan Weiling".
  const named = personNamedAlone(people, typed, name !== undefined);
  if (name === undefined) return named;
  const namedInside = personNamedAlone(people, name, false);
  if (named < 0) return namedInside;
  return named === namedInside ? named : -1;
}

/**
 * The words a child puts around her name when asked who she is, and the name they leave: "I'm Aisha", "I am
 * Aisha", "it's Aisha", "this is Aisha", "my name is Aisha", "Aisha here", "saya Aisha" ("I am Aisha"), "ini
 * Aisha" ("this is Aisha"), "nama saya Aisha" ("my name is Aisha"), 我是Aisha, 我叫Aisha ("I am called
 * Aisha"), நான் Aisha ("I am Aisha"), நான்தான் Aisha ("it's me, Aisha"). English and Malay words need a space
 * or mark before the name ("Imran" is no "I'm Ran"); Chinese and Tamil ones may run on into it.
 */
const NAME_SAID: readonly RegExp[] = [
  /^(?:i\s*['’]?\s*m|i\s+am|it\s*['’]?\s*s|it\s+is|this\s+is|my\s+name\s+is|saya|aku|ini|nama\s+saya)(?:\s*[,:!-]\s*|\s+)(.+)$/iu,
  /^(?:我是|我叫|是|நான்தான்|நான்)\s*[,:，：]?\s*(.+)$/u,
  /^(.+?)\s+here$/iu,
];

/** The name left once the words around it are taken away (NAME_SAID), or undefined when there are none. */
function nameSaid(typed: string): string | undefined {
  const text = typed.normalize("NFKC").trim();
  for (const around of NAME_SAID) {
    const name = around.exec(text)?.[1];
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * Which of `people` the text alone names (see personNamed), or -1; with `breaksCount`, a space or mark typed
 * must fall where the name has one (spells).
 */
function personNamedAlone(
  people: readonly { id: string; name: string }[],
  typed: string,
  breaksCount: boolean,
): number {
  const wanted = spelt(typed);
  if (wanted.letters === "") return -1;
  const typedId = compact(typedUserId(typed));
  const matching = people.flatMap((person, index) =>
    typedId === compact(typedUserId(person.id)) ||
    namesRuns(person.name).some((run) => (breaksCount ? spells(wanted, run) : wanted.letters === run.letters))
      ? [index]
      : [],
  );
  return matching.length === 1 ? matching[0]! : -1;
}

/**
 * Text as its letters and digits alone, and where a space or mark broke them (offsets into `letters`, the
 * ends left out): "I'm Ran" is "imran", broken at 1 and 2.
 */
interface Spelt {
  letters: string;
  breaks: number[];
}

/**
 * Whether the typed text spells this run of a name: the same letters, and a break only where the name has
 * one. "weiling" spells "Wei Ling", but "I'm Ran" does not spell "Imran": the words she typed around "Ran"
 * must not run on into a longer name.
 */
function spells(typed: Spelt, run: Spelt): boolean {
  return typed.letters === run.letters && typed.breaks.every((at) => run.breaks.includes(at));
}

/** Every run of one or more consecutive words of the name, spelt (see Spelt). */
function namesRuns(name: string): Spelt[] {
  const words = name
    .split(/\s+/u)
    .map(spelt)
    .filter((word) => word.letters !== "");
  const runs: Spelt[] = [];
  for (let start = 0; start < words.length; start++)
    for (let end = start + 1; end <= words.length; end++) runs.push(joined(words.slice(start, end)));
  return runs;
}

/** The words one after another, broken where each was and between them. */
function joined(words: readonly Spelt[]): Spelt {
  let letters = "";
  const breaks: number[] = [];
  for (const word of words) {
    if (letters !== "") breaks.push(letters.length);
    breaks.push(...word.breaks.map((at) => letters.length + at));
    letters += word.letters;
  }
  return { letters, breaks };
}

/**
 * The text spelt (see Spelt), as plain lower-case characters (full-width Ａｉｓｈａ is aisha), without the
 * accents over Latin letters as her answers fold them ("Jose" is "José": a phone's keyboard may add one the
 * school file lacks, or leave out one it has).
 */
function spelt(text: string): Spelt {
  const parts = withoutLatinAccents(text.normalize("NFKC").toLowerCase())
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((part) => part !== "")
    .map((letters) => ({ letters, breaks: [] }));
  return joined(parts);
}

/** Letters and digits only, as plain lower-case characters (full-width Ａｉｓｈａ is aisha). */
function compact(text: string): string {
  return spelt(text).letters;
}
