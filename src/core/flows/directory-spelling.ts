import { DirectoryUnavailableError } from "../errors.js";
import type { FlowContext } from "./flow.js";

/**
 * Person ids as the directory spells them ("S1004"), for audit events, from ids the store returns: the store
 * keeps them in lower case ("s1004"), the audit as every other event names the person. An id the directory
 * no longer has (a leaver), or a directory that does not answer, keeps the store's spelling: an unlink must
 * not fail over an audit line's capital letters.
 */
export async function asDirectorySpells(ctx: FlowContext, ids: string[]): Promise<string[]> {
  return Promise.all(
    ids.map(async (id) => {
      try {
        return (await ctx.deps.directory.findPerson(id))?.id ?? id;
      } catch (error) {
        if (!(error instanceof DirectoryUnavailableError)) throw error;
        return id;
      }
    }),
  );
}
