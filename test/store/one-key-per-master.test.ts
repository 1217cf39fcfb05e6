import calculateSlot from "cluster-key-slot";
import type { Cluster } from "ioredis";
import { describe, expect, it } from "vitest";
import { oneKeyPerMaster } from "../../src/store/one-key-per-master.js";

/** A Cluster client as far as its slot map goes: slot -> [master, ...replicas]. */
function clusterWith(ownerOf: (slot: number) => string | undefined): Cluster {
  const slots = Array.from({ length: 16_384 }, (_, slot) => {
    const owner = ownerOf(slot);
    return owner === undefined ? undefined : [owner, `${owner}-replica`];
  });
  return { slots } as unknown as Cluster;
}

const keyOf = (part: number) => `p:{health:bot-2:${part}}`;
const masterOf = (cluster: Cluster, key: string) => cluster.slots[calculateSlot(key)]?.[0];

describe("one health key per Cluster master", () => {
  it("finds a key in the slots of each master, never two on one", () => {
    const cluster = clusterWith((slot) => ["a", "b", "c"][Math.floor(slot / 5462)]);
    const keys = oneKeyPerMaster(cluster, keyOf);
    expect(keys.map((key) => masterOf(cluster, key)).sort()).toEqual(["a", "b", "c"]);
  });

  it("finds a master that serves a single slot", () => {
    const lonely = calculateSlot(keyOf(4_321));
    const cluster = clusterWith((slot) => (slot === lonely ? "small" : "big"));
    const keys = oneKeyPerMaster(cluster, keyOf);
    expect(keys.map((key) => masterOf(cluster, key)).sort()).toEqual(["big", "small"]);
  });

  it("gives none while the client has no slot map yet", () => {
    expect(oneKeyPerMaster({ slots: [] } as unknown as Cluster, keyOf)).toEqual([]);
  });
});
