import type { Client } from "ldapts";
import { describe, expect, it } from "vitest";
import { everyId } from "../../../src/directory/ldap/ldap-presences.js";

/*
 * The shapes of the school's user IDs come from one search of every person's ID: its filter must hold no
 * typed text (that is the point), only the school's people filter, and read the ID attribute alone.
 */
describe("everyId", () => {
  it("one paged search of the people filter for any ID, reading the ID attribute alone", async () => {
    const searches: unknown[] = [];
    const client = {
      search: (base: string, options: unknown) => {
        searches.push([base, options]);
        return Promise.resolve({
          searchEntries: [
            { dn: "uid=alice,ou=students", uid: "alice" },
            { dn: "uid=tan.wl2015,ou=students", uid: ["tan.wl2015"] },
          ],
        });
      },
    } as unknown as Client;
    const ids = await everyId(client, {
      baseDn: "dc=school,dc=test",
      userFilter: "(objectClass=inetOrgPerson)",
      idAttribute: "uid",
    });
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
});
