import { beforeEach, describe, expect, it } from "vitest";
import { storeKeys } from "../../../src/store/keys.js";
import type { StoreHarness } from "../store-contract.js";
import { enrolment, T0 } from "./fixtures.js";

/** Contract part: the question ids saved enrolments name, kept for good in one small key. */
export function describeQuestionHistoryContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  beforeEach(() => {
    h = current();
  });

  describe("the question ids saved enrolments name", () => {
    it("are not known to be whole at first: nothing has filled them from the enrolments", async () => {
      expect(await h.store.namedQuestionIds()).toBeNull();
    });

    it("grow with every enrolment saved, by set-up or directly, each id once, with no expiry", async () => {
      await h.store.completeNamedQuestions([]);
      expect(await h.store.namedQuestionIds()).toEqual([]);
      await h.store.saveEnrolment("ann.lee", enrolment(T0));
      const version = await h.store.personVersion("ben.tan");
      const ben = { ...enrolment(T0), questionIds: ["animal", "pet", "toy"] };
      expect(await h.store.saveEnrolmentIfUnchanged("ben.tan", ben, version)).toBe(true);
      expect((await h.store.namedQuestionIds())!.sort()).toEqual(["animal", "colour", "food", "pet", "toy"]);
      const keys = storeKeys(h.prefix);
      expect(await h.client.ttl(keys.namedQuestions)).toBe(-1);
      expect(await h.client.ttl(keys.namedQuestionsWhole)).toBe(-1);
    });

    it("once completed from the old enrolments, are whole, and the old record of offered ids is gone", async () => {
      const keys = storeKeys(h.prefix);
      await h.client.sadd(`${h.prefix}{questions}:offered`, "animal", "street");
      await h.store.saveEnrolment("ann.lee", enrolment(T0));
      expect(await h.store.namedQuestionIds()).toBeNull();
      await h.store.completeNamedQuestions(["pet"]);
      expect((await h.store.namedQuestionIds())!.sort()).toEqual(["animal", "colour", "food", "pet"]);
      expect(await h.client.exists(`${h.prefix}{questions}:offered`)).toBe(0);
      expect(await h.client.exists(keys.namedQuestions)).toBe(1);
    });
  });
}
