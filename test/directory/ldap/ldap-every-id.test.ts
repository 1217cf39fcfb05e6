import type { Client, SearchResult } from "ldapts";
import { describe, expect, it } from "vitest";
import { everyId } from "../../../src/directory/ldap/ldap-presences.js";

const WHERE = {
  baseDn: "dc=school,dc=test",
  userFilter: "(objectClass=inetOrgPerson)",
  idAttribute: "uid",
};

/** A client whose paged search gives these pages one at a time, noting what was asked and when. */
function pagedClient(pages: SearchResult["searchEntries"][], events: string[], searches: unknown[]): Client {
  return {
    search: () => Promise.reject(new Error("the whole listing in one array")),
    searchPaginated: async function* (base: string, options: unknown) {
      searches.push([base, options]);
      for (const [n, searchEntries] of pages.entries()) {
        events.push(`page ${n + 1}`);
        yield { searchEntries, searchReferences: [] };
      }
    },
  } as unknown as Client;
}

/*
 * The shapes of the school's user IDs come from one search of every person's ID: its filter must hold no
 * typed text (that is the point), only the school's people filter, and read the ID attribute alone. It was
 * one `search` whose result held every entry at once (some 120 MB for a school of 500,000); each page is
 * now visited and let go before the next is asked for.
 */
describe("everyId", () => {
  it("one paged search of the people filter for any ID, reading the ID attribute alone", async () => {
    const searches: unknown[] = [];
    const ids: string[] = [];
    await everyId(
      pagedClient(
        [
          [{ dn: "uid=alice,ou=students", uid: "alice" }],
          [{ dn: "uid=tan.wl2015,ou=students", uid: ["tan.wl2015"] }],
        ],
        [],
        searches,
      ),
      WHERE,
      (id) => ids.push(id),
    );
    expect(ids).toEqual(["alice", "tan.wl2015"]);
    expect(searches).toEqual([
      [
        "dc=school,dc=test",
        {
          scope: "sub",
          filter: "(&(objectClass=inetOrgPerson)(uid=*))",
          attributes: ["uid"],
          paged: { pageSize: 500 },
        },
      ],
    ]);
  });

  it("visits each page's IDs before the next page is asked for", async () => {
    const events: string[] = [];
    const page = (n: number) =>
      Array.from({ length: 3 }, (_, i) => ({ dn: `uid=p${n}-${i},ou=students`, uid: `p${n}-${i}` }));
    await everyId(pagedClient([page(1), page(2), page(3)], events, []), WHERE, (id) => events.push(id));
    expect(events).toEqual([
      "page 1",
      "p1-0",
      "p1-1",
      "p1-2",
      "page 2",
      "p2-0",
      "p2-1",
      "p2-2",
      "page 3",
      "p3-0",
      "p3-1",
      "p3-2",
    ]);
  });

  it("a page the directory refuses (its size limit) fails the whole reading", async () => {
    const client = {
      searchPaginated: async function* () {
        yield { searchEntries: [{ dn: "uid=alice,ou=students", uid: "alice" }], searchReferences: [] };
        throw new Error("Size Limit Exceeded");
      },
    } as unknown as Client;
    await expect(everyId(client, WHERE, () => undefined)).rejects.toThrow("Size Limit Exceeded");
  });
});
