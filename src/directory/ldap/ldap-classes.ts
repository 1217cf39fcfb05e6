/*
 * The class lists behind the teachers' and admins' reports (LdapDirectory's listStudents and listClasses).
 * They only read, on a client already bound as the service account; LdapDirectory opens the connection,
 * turns the entries into people and logs any trouble.
 */

import { NoSuchObjectError, type Client, type Entry } from "ldapts";
import {
  anyClassAttributeFilter,
  attributeValues,
  classAttributeFilter,
  escapeFilterValue,
  firstRdnValue,
  isBelow,
  type PersonMapping,
} from "./person-mapping.js";

/** Where the class lists search, and how a school's directory spells people and classes. */
export interface ClassSearch {
  baseDn: string;
  /** Which entries are people: a class lists only these. */
  userFilter: string;
  mapping: PersonMapping;
  /** The attributes each person's entry is read with, so a listed entry becomes a Person as a found one does. */
  personAttributes: string[];
}

/**
 * Members of a class group read at once on the one connection: a group may hold a whole year (or school),
 * and a server answers a few hundred searches sent together no faster than a few dozen at a time.
 */
export const MEMBER_READS_AT_ONCE = 25;
/** Below Active Directory's MaxPageSize (1000), so a whole school's people come back page by page. */
const PAGE_SIZE = 500;

/** The people of a class: by the class attribute if configured, else the members of the class group. */
export async function classEntries(client: Client, where: ClassSearch, className: string): Promise<Entry[]> {
  const { mapping, userFilter, baseDn, personAttributes } = where;
  if (mapping.classAttribute !== undefined) {
    // Paged and with no size limit of our own: a limit (ours, or the server's for a search without paging,
    // which ldapts then passes on as a result) would cut a big class short without a word. The server's
    // limit on a paged search's total is thrown instead, and the staff member is told why.
    const { searchEntries } = await client.search(baseDn, {
      scope: "sub",
      filter: classAttributeFilter(userFilter, mapping.classAttribute, className),
      attributes: personAttributes,
      paged: { pageSize: PAGE_SIZE },
    });
    return searchEntries;
  }
  if (mapping.classGroupBaseDn === undefined) return [];
  const groups = await client.search(mapping.classGroupBaseDn, {
    scope: "sub",
    filter: `(cn=${escapeFilterValue(className)})`,
    attributes: ["member"],
  });
  const perGroup = await Promise.all(groups.searchEntries.map((group) => groupMembers(client, group)));
  const memberDns = [...new Set(perGroup.flat())];
  const members = await mapInBatches(memberDns, MEMBER_READS_AT_ONCE, async (dn) => {
    const { searchEntries } = await client
      .search(dn, { scope: "base", filter: userFilter, attributes: personAttributes })
      .catch((error: unknown) => {
        // A member that is gone; anything else (a timeout, a lost connection) must not shorten the list.
        if (error instanceof NoSuchObjectError) return { searchEntries: [] as Entry[] };
        throw error;
      });
    return searchEntries[0];
  });
  return members.filter((entry): entry is Entry => entry !== undefined);
}

/** Active Directory's name for one slice of a big group's members: member;range=<low>-<high or *>. */
const MEMBER_RANGE = /^member;range=(\d+)-(\d+|\*)$/i;

/**
 * Every member DN of a group entry. Active Directory gives at most MaxValRange (1,500) values of an attribute
 * at once: a bigger group comes back with "member;range=0-1499" and no "member", and the rest must be asked
 * for range by range until a slice ends in "*" (MS-ADTS 3.1.1.3.1.3.3).
 */
async function groupMembers(client: Client, group: Entry): Promise<string[]> {
  const dns = attributeValues(group, "member");
  let slice = rangedSlice(group);
  while (slice !== null) {
    dns.push(...slice.values);
    if (slice.last) break;
    const next = slice.high + 1;
    const { searchEntries } = await client.search(group.dn, {
      scope: "base",
      filter: "(objectClass=*)",
      attributes: [`member;range=${next}-*`],
    });
    slice = searchEntries[0] === undefined ? null : rangedSlice(searchEntries[0]);
    // A server that answers a range with no slice, or with one that does not go on from the last, would
    // loop or leave members out without a word: better the teacher hears that the list failed.
    if (slice === null || slice.low !== next)
      throw new Error("the class group's members came back incomplete");
  }
  return dns;
}

function rangedSlice(entry: Entry): { low: number; high: number; last: boolean; values: string[] } | null {
  for (const name of Object.keys(entry)) {
    const range = MEMBER_RANGE.exec(name);
    if (range === null) continue;
    const values = attributeValues(entry, name);
    const low = Number(range[1]);
    const last = range[2] === "*";
    return { low, high: last ? low + values.length - 1 : Number(range[2]), last, values };
  }
  return null;
}

/** `work` on every item, `atOnce` at a time, the results in the items' order. */
export async function mapInBatches<T, R>(
  items: readonly T[],
  atOnce: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += atOnce) {
    results.push(...(await Promise.all(items.slice(start, start + atOnce).map(work))));
  }
  return results;
}

/**
 * Every class name, for the admins' statistics: with LDAP_CLASS_ATTRIBUTE the distinct values among the
 * people the user filter admits (a class only a teacher carries would be listed too), else the names of
 * the class groups with members under LDAP_CLASS_GROUP_BASE_DN. Spellings differing only in case are one.
 */
export async function classNames(client: Client, where: ClassSearch): Promise<string[]> {
  const { mapping, userFilter, baseDn } = where;
  let names: string[] = [];
  if (mapping.classAttribute !== undefined) {
    const attribute = mapping.classAttribute;
    const { searchEntries } = await client.search(baseDn, {
      scope: "sub",
      filter: anyClassAttributeFilter(userFilter, attribute),
      attributes: [attribute],
      paged: { pageSize: PAGE_SIZE },
    });
    names = searchEntries.flatMap((entry) => attributeValues(entry, attribute));
  } else if (mapping.classGroupBaseDn !== undefined) {
    const base = mapping.classGroupBaseDn;
    const { searchEntries } = await client.search(base, {
      scope: "sub",
      filter: "(member=*)",
      attributes: ["1.1"],
      paged: { pageSize: PAGE_SIZE },
    });
    names = searchEntries.filter((group) => isBelow(group.dn, base)).map((group) => firstRdnValue(group.dn));
  }
  const byKey = new Map<string, string>();
  for (const name of names.map((n) => n.trim()).filter((n) => n !== "")) {
    if (!byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  }
  return [...byKey.values()].sort();
}
