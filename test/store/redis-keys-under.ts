import { Cluster, type Redis } from "ioredis";

/** SCAN pattern that matches the prefix literally. */
function literalPattern(prefix: string): string {
  return `${prefix.replace(/[*?[\]\\]/g, (c) => `\\${c}`)}*`;
}

/** Every key under `prefix`; on a Cluster, from every master. For checks and clean-up in tests. */
export async function keysUnder(client: Redis | Cluster, prefix: string): Promise<string[]> {
  const nodes = client instanceof Cluster ? client.nodes("master") : [client];
  const keys: string[] = [];
  for (const node of nodes) {
    let cursor = "0";
    do {
      const [next, batch] = await node.scan(cursor, "MATCH", literalPattern(prefix), "COUNT", 500);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== "0");
  }
  return [...new Set(keys)];
}

/**
 * Deletes a test run's keys from a shared Redis, one key per DEL so it works across Cluster slots. Never
 * FLUSHALL/FLUSHDB: other things use that Redis.
 */
export async function deleteKeysUnder(client: Redis | Cluster, prefix: string): Promise<void> {
  for (const key of await keysUnder(client, prefix)) await client.del(key);
}
