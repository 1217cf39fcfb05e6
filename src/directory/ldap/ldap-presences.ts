/*
 * The searches behind LdapDirectory's accountPresence(s) and every lookup by id: which entries carry an id.
 * They only read, on a client already bound as the service account; LdapDirectory opens the connection
 * and logs an id several entries share.
 */

import type { Client, Entry } from "ldapts";
import { presenceKey, type AccountPresence } from "../../core/ports/directory.js";
import type { DirectoryFlavour } from "./flavours.js";
import { anyValueFilter, attributeValues, peopleFilter, personFilter } from "./person-mapping.js";

/** Where people are searched by id, and the attributes each entry is read with. */
export interface IdSearch {
  baseDn: string;
  /** Which entries are people (the id is matched only among these). */
  userFilter: string;
  idAttribute: string;
  personAttributes: string[];
}

/**
 * The entries with this id, at most two: two means several, however many there are (the server answers
 * sizeLimitExceeded after the second, which ldapts returns as a result).
 */
export async function entriesWithId(client: Client, where: IdSearch, id: string): Promise<Entry[]> {
  const { searchEntries } = await client.search(where.baseDn, {
    scope: "sub",
    filter: personFilter(where.userFilter, where.idAttribute, id),
    attributes: where.personAttributes,
    sizeLimit: 2,
  });
  return searchEntries;
}

/** Entries per page of everyId's search: below Active Directory's MaxPageSize (1000). */
const ID_PAGE_SIZE = 500;

/**
 * Gives `visit` the id of every person under the base and filter: one paged search, reading the id
 * attribute alone, each page let go once visited (a school of 500,000 is never all in memory).
 */
export async function everyId(
  client: Client,
  where: Omit<IdSearch, "personAttributes">,
  visit: (id: string) => void,
): Promise<void> {
  const pages = client.searchPaginated(where.baseDn, {
    scope: "sub",
    filter: anyValueFilter(where.userFilter, where.idAttribute),
    attributes: [where.idAttribute],
    paged: { pageSize: ID_PAGE_SIZE },
  });
  for await (const { searchEntries } of pages) {
    for (const entry of searchEntries) attributeValues(entry, where.idAttribute).forEach((id) => visit(id));
  }
}

/** The entries with each of these ids (lower case), from one search, else from one search per id. */
export async function entriesOfEach(
  client: Client,
  where: IdSearch,
  ids: readonly string[],
): Promise<Map<string, Entry[]>> {
  const found = new Map<string, Entry[]>(ids.map((id) => [id, []]));
  const { searchEntries } = await client.search(where.baseDn, {
    scope: "sub",
    filter: peopleFilter(where.userFilter, where.idAttribute, ids),
    attributes: where.personAttributes,
  });
  for (const entry of searchEntries) {
    const keys = new Set(attributeValues(entry, where.idAttribute).map(presenceKey));
    const matched = [...keys].filter((key) => found.has(key));
    if (matched.length === 0) return entriesOneByOne(client, where, ids);
    for (const key of matched) found.get(key)!.push(entry);
  }
  return found;
}

async function entriesOneByOne(
  client: Client,
  where: IdSearch,
  ids: readonly string[],
): Promise<Map<string, Entry[]>> {
  const found = new Map<string, Entry[]>();
  for (const id of ids) found.set(id, await entriesWithId(client, where, id));
  return found;
}

/** What accountPresence says of the entries of one id ("several" is the caller's to log for IT). */
export function presenceOf(
  entries: readonly Entry[],
  flavour: Pick<DirectoryFlavour, "isDisabled">,
): AccountPresence {
  const [entry, ...others] = entries;
  if (entry === undefined) return "none";
  if (others.length > 0) return "several";
  return flavour.isDisabled(entry) ? "disabled" : "enabled";
}
