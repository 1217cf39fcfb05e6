import type { Reply } from "../../messages.js";
import type { Person } from "../../ports/directory.js";
import { say, type FlowContext } from "../flow.js";
import { ownClassLists } from "./own-class-lists.js";

/** More pupils than this with the name typed: the first are shown, enough to see whose ID to type. */
const MOST_SHOWN = 5;

const wordsOf = (text: string) =>
  text
    .toLocaleLowerCase()
    .split(/[\s,.]+/u)
    .filter((word) => word !== "");

/** The words of a name to look for, or null when `typed` is none (one letter is an initial; a digit makes an ID). */
function nameWords(typed: string): string[] | null {
  const wanted = wordsOf(typed);
  return wanted.length === 0 || wanted.some((word) => word.length < 2 || /\p{Nd}/u.test(word))
    ? null
    : wanted;
}

/** The pupils of her own classes whose names have every word of `wanted`, by ID key, each with its class. */
async function pupilsNamed(
  ctx: FlowContext,
  teacher: Person,
  wanted: readonly string[],
): Promise<Map<string, { id: string; name: string; className: string }>> {
  const seen = new Map<string, { id: string; name: string; className: string }>();
  const lists = await ownClassLists(ctx, teacher);
  lists.forEach((list, index) => {
    for (const [key, { id, name }] of list) {
      const words = wordsOf(name);
      if (!seen.has(key) && wanted.every((word) => words.includes(word)))
        seen.set(key, { id, name, className: teacher.classes[index]! });
    }
  });
  return seen;
}

/**
 * A teacher's words for a name typed where a user ID goes ("Aisha", "Tan Wei Ling"), when pupils of her own
 * classes have it: who they are, with their IDs, as /coverage shows them to her (and how many matched). Null for any other text, and
 * for a name outside her classes, which gets what any unknown ID gets: she learns nothing /coverage does not
 * tell her. Her class lists are the ones a refusal reads anyway (kept a while, see own-class-lists.ts).
 */
export async function namedInOwnClasses(
  ctx: FlowContext,
  teacher: Person,
  typed: string,
): Promise<{ reply: Reply; matched: number } | null> {
  const wanted = nameWords(typed);
  if (wanted === null) return null;
  const seen = await pupilsNamed(ctx, teacher, wanted);
  if (seen.size === 0) return null;
  const students = [...seen.values()]
    .map(({ id, name }) => `${name} (${id})`)
    .sort()
    .slice(0, MOST_SHOWN)
    .join(", ");
  return { reply: say("staff.nameInYourClasses", { students }), matched: seen.size };
}

/**
 * The one pupil of the teacher's own classes whose name `typed` is (every word of it, any capitals: "tan wei
 * ling"), with the first of her classes that lists them; null when none or several are, or for text that is
 * no name. Read from her lists alone, so it tells her nothing /coverage does not.
 */
export async function ownStudentNamed(
  ctx: FlowContext,
  teacher: Person,
  typed: string,
): Promise<{ id: string; name: string; className: string } | null> {
  const wanted = nameWords(typed);
  if (wanted === null) return null;
  const seen = [...(await pupilsNamed(ctx, teacher, wanted)).values()];
  return seen.length === 1 ? seen[0]! : null;
}

/** The audit note of a teacher's name lookup ("name lookup: 2 matched (guided)"): never the name typed. */
export const nameLookupNote = (matched: number, action: string): string =>
  `name lookup: ${matched} matched (${action})`;

/** The same note read back (audit-reasons.ts), with its count and action. */
export const NAME_LOOKUP_NOTE = /^name lookup: (\d+) matched \(([a-z ]+)\)$/;
