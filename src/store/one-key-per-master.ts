import calculateSlot from "cluster-key-slot";
import type { Cluster } from "ioredis";

/** Enough tries to find every master's slots, even a master that serves only a few of the 16,384. */
const MAX_TRIES = 200_000;

/**
 * One key for each master of the Cluster, in a slot that master serves, by the client's current slot map:
 * `keyOf(n)` for the smallest n whose hash tag lands on that master. Empty while the client has no map yet.
 */
export function oneKeyPerMaster(cluster: Cluster, keyOf: (n: number) => string): string[] {
  const masters = new Set<string>();
  for (const owners of cluster.slots) if (owners?.[0] !== undefined) masters.add(owners[0]);
  const keys = new Map<string, string>();
  for (let n = 0; keys.size < masters.size && n < MAX_TRIES; n++) {
    const key = keyOf(n);
    const master = cluster.slots[calculateSlot(key)]?.[0];
    if (master !== undefined && !keys.has(master)) keys.set(master, key);
  }
  return [...keys.values()];
}
