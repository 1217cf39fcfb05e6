import { typedUserId } from "./typed-id.js";

/**
 * Which of `people` the typed text names, by their user ID or by their name as the directory spells it:
 * the whole name or a run of its words ("Aisha", "Wei Ling", "weiling"), in any case or width, alone or with
 * the words a child puts around it ("I'm Aisha", see NAME_SAID). -1 when it names nobody, or more than one of
 * them (siblings' shared family name). Her ID as typedUserId spells both
 * (a stored "josé" is "jose" typed either way).
 */
export function personNamed(people: readonly { id: string; name: string }[], typed: string): number {
  const named = personNamedAlone(people, typed);
  if (named >= 0) return named;
  const name = nameSaid(typed);
  return name === undefined ? -1 : personNamedAlone(people, name);
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

/** Which of `people` the text alone names (see personNamed), or -1. */
function personNamedAlone(people: readonly { id: string; name: string }[], typed: string): number {
  const wanted = compact(typed);
  if (wanted === "") return -1;
  const matching = people.flatMap((person, index) =>
    compact(typedUserId(typed)) === compact(typedUserId(person.id)) || namesRuns(person.name).includes(wanted)
      ? [index]
      : [],
  );
  return matching.length === 1 ? matching[0]! : -1;
}

/** Every run of one or more consecutive words of the name, each without spaces or punctuation. */
function namesRuns(name: string): string[] {
  const words = name
    .split(/\s+/u)
    .map(compact)
    .filter((word) => word !== "");
  const runs: string[] = [];
  for (let start = 0; start < words.length; start++)
    for (let end = start + 1; end <= words.length; end++) runs.push(words.slice(start, end).join(""));
  return runs;
}

/** Letters and digits only, as plain lower-case characters (full-width Ａｉｓｈａ is aisha). */
function compact(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]/gu, "");
}
