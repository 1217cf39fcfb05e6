import { DirectoryUnavailableError } from "../errors.js";
import type { Person } from "../ports/directory.js";
import type { FlowContext } from "./flow.js";

/** A person id from the store as the directory spells it, and their role (null: not known to it now). */
export interface SpelledPerson {
  id: string;
  role: Person["role"] | null;
  /** The directory's email, when it has one: kept so that a caller needs no second lookup for it. */
  email?: string;
}

/**
 * Person ids as the directory spells them ("S1004"), with their roles, from ids the store returns: the store
 * keeps them in lower case ("s1004"), the audit as every other event names the person. An id the directory
 * no longer has (a leaver), or a directory that does not answer, keeps the store's spelling and no role: an
 * unlink must not fail over an audit line's capital letters. A student is taken as read for a minute (see
 * RecentStudents); a staff account is asked afresh, so a staff link is always known as one.
 */
export async function asDirectoryKnows(ctx: FlowContext, ids: string[]): Promise<SpelledPerson[]> {
  return Promise.all(
    ids.map(async (id) => {
      try {
        // A student the directory named in the last minute is taken as read (RecentStudents): /logout asked
        // again and again would otherwise cost the directory a lookup each time.
        const person = await ctx.deps.recentStudents.findPerson(ctx.deps.directory, id);
        if (person === null) return { id, role: null };
        return {
          id: person.id,
          role: person.role,
          ...(person.email === undefined ? {} : { email: person.email }),
        };
      } catch (error) {
        if (!(error instanceof DirectoryUnavailableError)) throw error;
        return { id, role: null };
      }
    }),
  );
}

/** As asDirectoryKnows, the ids only. */
export async function asDirectorySpells(ctx: FlowContext, ids: string[]): Promise<string[]> {
  return (await asDirectoryKnows(ctx, ids)).map((person) => person.id);
}
