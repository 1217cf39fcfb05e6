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
    it("writes one short-lived key of the replica's own, under the prefix", async () => {
      await h.store.checkWrites("bot-2");
      await h.store.checkWrites("bot-2");
      const key = storeKeys(h.prefix).healthCheck("bot-2");
      expect(await keysUnder(h.client, h.prefix)).toEqual([key]);
      expect(key).toBe(`${h.prefix}{health:bot-2}`);
      const ttl = await h.client.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });

    it("keeps a host name with braces inside its own hash tag", async () => {
      await h.store.checkWrites("evil}{p:ann");
      const [key] = await keysUnder(h.client, h.prefix);
      expect(key).toMatch(/^[^{}]*\{health:[^{}]*\}$/);
    });
  });
}
