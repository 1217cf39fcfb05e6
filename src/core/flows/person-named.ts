import { typedUserId } from "./typed-id.js";

/**
 * Which of `people` the typed text names, by their user ID or by their name as the directory spells it:
 * the whole name or a run of its words ("Aisha", "Wei Ling", "weiling"), in any case or width. -1 when it
 * names nobody, or more than one of them (siblings' shared family name). Her ID as typedUserId spells both
 * (a stored "josé" is "jose" typed either way).
 */
export function personNamed(people: readonly { id: string; name: string }[], typed: string): number {
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
