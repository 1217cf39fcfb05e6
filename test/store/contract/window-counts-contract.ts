import { setTimeout as sleep } from "node:timers/promises";
import { beforeEach, describe, expect, it } from "vitest";
import type { StoreHarness } from "../store-contract.js";

/** Contract part: counts per window, as the admin alerts' cap per kind uses them across replicas. */
export function describeWindowCountsContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  beforeEach(() => {
    h = current();
  });

  describe("counts within a window", () => {
    it("counts each call, this one included, apart per key, and reads the count without adding to it", async () => {
      expect(await h.store.windowCount("alerts:link-paused:1")).toBe(0);
      expect(await h.store.countInWindow("alerts:link-paused:1", 60_000)).toBe(1);
      expect(await h.store.countInWindow("alerts:link-paused:1", 60_000)).toBe(2);
      expect(await h.store.countInWindow("alerts:suspension:1", 60_000)).toBe(1);
      expect(await h.store.windowCount("alerts:link-paused:1")).toBe(2);
      expect(await h.store.windowCount("alerts:link-paused:1")).toBe(2);
    });

    it("forgets the count when the window that its first call started has passed", async () => {
      await h.store.countInWindow("alerts:link-paused:2", 400);
      await sleep(150);
      // A later count does not stretch the window: it still ends 400 ms after the first.
      expect(await h.store.countInWindow("alerts:link-paused:2", 400)).toBe(2);
      await sleep(350);
      expect(await h.store.windowCount("alerts:link-paused:2")).toBe(0);
      expect(await h.store.countInWindow("alerts:link-paused:2", 400)).toBe(1);
    });
  });
}
