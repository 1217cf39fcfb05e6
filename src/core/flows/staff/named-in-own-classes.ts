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
  const wanted = wordsOf(typed);
  // One letter is an initial, and a digit makes it an ID: neither is a name to look for.
  if (wanted.length === 0 || wanted.some((word) => word.length < 2 || /\p{Nd}/u.test(word))) return null;
  const seen = new Map<string, string>();
  for (const list of await ownClassLists(ctx, teacher)) {
    for (const [key, { id, name }] of list) {
      const words = wordsOf(name);
      if (wanted.every((word) => words.includes(word))) seen.set(key, `${name} (${id})`);
    }
  }
  if (seen.size === 0) return null;
  const students = [...seen.values()].sort().slice(0, MOST_SHOWN).join(", ");
  return { reply: say("staff.nameInYourClasses", { students }), matched: seen.size };
}

/** The audit note of a teacher's name lookup ("name lookup: 2 matched (guided)"): never the name typed. */
export const nameLookupNote = (matched: number, action: string): string =>
  `name lookup: ${matched} matched (${action})`;

/** The same note read back (audit-reasons.ts), with its count and action. */
export const NAME_LOOKUP_NOTE = /^name lookup: (\d+) matched \(([a-z ]+)\)$/;
