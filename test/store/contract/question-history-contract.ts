import { beforeEach, describe, expect, it } from "vitest";
import { storeKeys } from "../../../src/store/keys.js";
import type { StoreHarness } from "../store-contract.js";

/** Contract part: the question ids ever offered, kept for good in one small key. */
export function describeQuestionHistoryContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  beforeEach(() => {
    h = current();
  });

  describe("the questions ever offered", () => {
    it("are none at first, then every id remembered by any start, each once, with no expiry", async () => {
      expect(await h.store.offeredQuestionIds()).toEqual([]);
      await h.store.rememberOfferedQuestions(["animal", "colour", "food", "toy"]);
      await h.store.rememberOfferedQuestions(["animal", "pet"]);
      await h.store.rememberOfferedQuestions([]);
      expect((await h.store.offeredQuestionIds()).sort()).toEqual(["animal", "colour", "food", "pet", "toy"]);
      expect(await h.client.ttl(storeKeys(h.prefix).offeredQuestions)).toBe(-1);
    });
  });
}
