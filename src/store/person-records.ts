import { Cluster, type Redis } from "ioredis";
import { isMadeUpSubject } from "../core/flows/subject.js";
import { storeKeys } from "./keys.js";

/**
 * What the leavers job needs beyond the Store port: which people the store knows anything about, and
 * removing everything kept under one person's hash tag (answers, counters, suspensions, their own audit
 * trail). Links live elsewhere and are removed through the Store (unlinkChat).
 */
export interface PersonRecords {
  /**
   * Normalised ids of everyone with a link or any per-person record. Not the counters of a made-up id
   * (`unknown:<digest>`, what a mistyped id at set-up or reset leaves for an hour): that is nobody.
   */
  knownPersonIds(): Promise<string[]>;
  /** Deletes every per-person key of this id; returns how many there were. */
  removePersonKeys(personId: string): Promise<number>;
}

/** `%` + four hex digits back into the character (the inverse of encodeKeyPart). */
export function decodeKeyPart(value: string): string {
  return value.replace(/%([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** A SCAN pattern that matches `text` literally. */
export function literal(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

export async function scanAll(client: Redis | Cluster, pattern: string): Promise<string[]> {
  const nodes = client instanceof Cluster ? client.nodes("master") : [client];
  const found = new Set<string>();
  for (const node of nodes) {
    let cursor = "0";
    do {
      const [next, batch] = await node.scan(cursor, "MATCH", pattern, "COUNT", 500);
      cursor = next;
      for (const key of batch) found.add(key);
    } while (cursor !== "0");
  }
  return [...found];
}

export function createPersonRecords(client: Redis | Cluster, prefix: string): PersonRecords {
  const keys = storeKeys(prefix);
  const personKeyStart = `${prefix}{p:`;
  return {
    async knownPersonIds() {
      const ids = new Set(await client.hkeys(keys.linksByPerson));
      for (const key of await scanAll(client, `${literal(personKeyStart)}*`)) {
        const end = key.indexOf("}", personKeyStart.length);
        if (end > 0) ids.add(decodeKeyPart(key.slice(personKeyStart.length, end)));
      }
      return [...ids].filter((id) => !isMadeUpSubject(id)).sort();
    },
    async removePersonKeys(personId) {
      // Any one per-person key gives the person's own prefix (all share the hash tag, so one slot).
      const own = keys.version(personId).replace(/rec$/, "");
      const found = await scanAll(client, `${literal(own)}*`);
      for (const key of found) await client.del(key);
      return found.length;
    },
  };
}
