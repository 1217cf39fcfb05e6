import calculateSlot from "cluster-key-slot";
import { Cluster } from "ioredis";
import { beforeEach, describe, expect, it } from "vitest";
import { storeKeys } from "../../../src/store/keys.js";
import type { StoreHarness } from "../store-contract.js";
import { keysUnder } from "../redis-keys-under.js";

/** Contract part: the health check's write, as every student's step needs Redis to take writes. */
export function describeStoreCheckContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  beforeEach(() => {
    h = current();
  });

  describe("the write check (the store's health check)", () => {
    it("writes short-lived keys of the replica's own under the prefix: one, or one on each Cluster master", async () => {
      await h.store.checkWrites("bot-2");
      await h.store.checkWrites("bot-2");
      const written = await keysUnder(h.client, h.prefix);
      if (h.client instanceof Cluster) {
        const masters = h.client.nodes("master").length;
        expect(written).toHaveLength(masters);
        const cluster = h.client;
        expect(new Set(written.map((key) => cluster.slots[calculateSlot(key)]?.[0])).size).toBe(masters);
        for (const key of written) {
          expect(key.startsWith(h.prefix)).toBe(true);
          expect(key.slice(h.prefix.length)).toMatch(/^\{health:bot-2:\d+\}$/);
        }
      } else {
        expect(written).toEqual([storeKeys(h.prefix).healthCheck("bot-2")]);
        expect(written[0]).toBe(`${h.prefix}{health:bot-2}`);
      }
      for (const key of written) {
        const ttl = await h.client.pttl(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(60_000);
      }
    });

    it("keeps the bot's mark: the first call writes it, later ones read it, and a Redis emptied gets a new one", async () => {
      expect(await h.store.storeMark("first")).toBe("first");
      expect(await h.store.storeMark("second")).toBe("first");
      const [key] = await keysUnder(h.client, h.prefix);
      expect(key).toBe(`${h.prefix}{mark}`);
      expect(await h.client.pttl(key!)).toBe(-1);
      await h.client.del(key!);
      expect(await h.store.storeMark("third")).toBe("third");
      expect(await h.store.storeMark("fourth")).toBe("third");
    });

    it("keeps a host name with braces inside its own hash tag", async () => {
      await h.store.checkWrites("evil}{p:ann");
      const [key] = await keysUnder(h.client, h.prefix);
      expect(key).toMatch(/^[^{}]*\{health:[^{}]*\}$/);
    });
  });
}
