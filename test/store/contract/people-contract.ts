import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports/store.js";
import { storeKeys } from "../../../src/store/keys.js";
import type { StoreHarness } from "../store-contract.js";
import { T0, ann, annOnSlack, ben, enrolment, legacyEnrolmentJson } from "./fixtures.js";

/** Contract part: links between chats and people, and enrolments. */
export function describePeopleContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  let store: Store;
  beforeEach(() => {
    h = current();
    store = h.store;
  });

  describe("links between chats and people", () => {
    it("links a chat and a person both ways", async () => {
      expect(await store.link(ann, "ann.lee")).toEqual({
        full: false,
        previousChat: null,
        version: expect.any(Number),
      });
      expect(await store.linkedPerson(ann)).toBe("ann.lee");
      expect(await store.linkedPeople(ann)).toEqual(["ann.lee"]);
      expect(await store.linkedChat("ann.lee")).toEqual(ann);
    });

    it("moves a person to a new chat, drops the old chat's link and reports the old chat", async () => {
      await store.link(ann, "ann.lee");
      expect(await store.link(annOnSlack, "ann.lee")).toEqual({
        full: false,
        previousChat: ann,
        version: expect.any(Number),
      });
      expect(await store.linkedChat("ann.lee")).toEqual(annOnSlack);
      expect(await store.linkedPerson(ann)).toBeNull();
    });

    it("never drops a person to link another: a family phone holds up to its limit, then refuses", async () => {
      await store.link(ann, "ann.lee", 2);
      expect(await store.link(ann, "ben.ng", 2)).toEqual({
        full: false,
        previousChat: null,
        version: expect.any(Number),
      });
      expect(await store.linkedPeople(ann)).toEqual(["ann.lee", "ben.ng"]);
      expect(await store.linkedChat("ann.lee")).toEqual(ann);
      expect(await store.linkedChat("ben.ng")).toEqual(ann);
      expect(await store.link(ann, "cat.oh", 2)).toEqual({ full: true });
      expect(await store.linkedChat("cat.oh")).toBeNull();
      // With the default of one, a second person is refused, not swapped in.
      expect(await store.link(ben, "dan.ho")).toMatchObject({ full: false });
      expect(await store.link(ben, "eve.ko")).toEqual({ full: true });
      expect(await store.linkedPeople(ben)).toEqual(["dan.ho"]);
    });

    it("moves one sibling to their own chat without touching the other", async () => {
      await store.link(ann, "ann.lee", 4);
      await store.link(ann, "ben.ng", 4);
      expect(await store.link(ben, "ben.ng", 4)).toMatchObject({ full: false, previousChat: ann });
      expect(await store.linkedPeople(ann)).toEqual(["ann.lee"]);
      expect(await store.linkedPeople(ben)).toEqual(["ben.ng"]);
    });

    it("reports no previous chat when the same pair links again", async () => {
      await store.link(ann, "ann.lee");
      expect(await store.link(ann, "Ann.Lee")).toEqual({
        full: false,
        previousChat: null,
        version: expect.any(Number),
      });
      expect(await store.linkedChat("ann.lee")).toEqual(ann);
      expect(await store.linkedPeople(ann)).toEqual(["ann.lee"]);
    });

    it("unlinks one person, or everyone, both ways and says whom", async () => {
      await store.link(ann, "ann.lee", 4);
      await store.link(ann, "ben.ng", 4);
      expect(await store.unlinkChat(ann, "Ben.Ng")).toEqual(["ben.ng"]);
      expect(await store.linkedPeople(ann)).toEqual(["ann.lee"]);
      expect(await store.linkedChat("ben.ng")).toBeNull();
      expect(await store.unlinkChat(ann)).toEqual(["ann.lee"]);
      expect(await store.linkedPerson(ann)).toBeNull();
      expect(await store.linkedChat("ann.lee")).toBeNull();
      expect(await store.unlinkChat(ann)).toEqual([]);
    });

    it("matches person ids whatever their case and surrounding spaces", async () => {
      await store.link(ann, "  Ann.Lee ");
      expect(await store.linkedChat("ANN.LEE")).toEqual(ann);
      expect(await store.linkedPerson(ann)).toBe("ann.lee");
    });
  });

  describe("enrolments", () => {
    /** The enrolment as read, without the stamp the store adds for upgrades. */
    async function read(personId: string) {
      const found = await store.getEnrolment(personId);
      if (found === null) return null;
      const { stamp, ...rest } = found;
      expect(typeof stamp).toBe("string");
      return rest;
    }

    it("returns a saved enrolment as it was saved, whatever the case of the id", async () => {
      await store.saveEnrolment("Ann.Lee", enrolment(T0));
      expect(await read("ann.lee")).toEqual(enrolment(T0));
      expect(await store.getEnrolment("ben.ng")).toBeNull();
    });

    it("stores three answers as packed bytes: no PHC strings, no parameters, within Redis's 192-byte allocation", async () => {
      await store.saveEnrolment("ann.lee", enrolment(T0));
      const raw = await h.client.getBuffer(storeKeys(h.prefix).enrolment("ann.lee"));
      expect(raw).not.toBeNull();
      // 188 bytes of value plus Redis's 4 bytes of string header.
      expect(raw!.length).toBeLessThanOrEqual(188);
      expect(raw!.toString("latin1")).not.toContain("argon2");
      expect(raw!.toString("latin1")).not.toContain("19456");
    });

    it("still reads an enrolment in the older JSON form with PHC strings", async () => {
      await h.client.set(storeKeys(h.prefix).enrolment("ann.lee"), legacyEnrolmentJson(T0));
      // Made before pepper tags: "" (the current pepper).
      expect(await read("ann.lee")).toEqual(enrolment(T0, ""));
    });

    it("upgrades an enrolment only while it is the one that was read", async () => {
      await store.saveEnrolment("ann.lee", enrolment(T0, "00000001"));
      const before = (await store.getEnrolment("ann.lee"))!;
      expect(await store.upgradeEnrolment("ann.lee", before, enrolment(T0, "00000002"))).toBe(true);
      expect((await read("ann.lee"))?.pepperTag).toBe("00000002");

      // Read before the upgrade: stale now, so a second upgrade from it changes nothing.
      expect(await store.upgradeEnrolment("ann.lee", before, enrolment(T0, "00000003"))).toBe(false);
      expect((await read("ann.lee"))?.pepperTag).toBe("00000002");

      // Set up again meanwhile, or cleared: the upgrade changes nothing either.
      const upgraded = (await store.getEnrolment("ann.lee"))!;
      await store.saveEnrolment("ann.lee", enrolment(T0 + 1, "00000002"));
      expect(await store.upgradeEnrolment("ann.lee", upgraded, enrolment(T0, "00000004"))).toBe(false);
      expect(await read("ann.lee")).toEqual(enrolment(T0 + 1, "00000002"));
      const again = (await store.getEnrolment("ann.lee"))!;
      await store.clearEnrolment("ann.lee");
      expect(await store.upgradeEnrolment("ann.lee", again, enrolment(T0, "00000005"))).toBe(false);
      expect(await store.getEnrolment("ann.lee")).toBeNull();
    });

    it("upgrades an enrolment of the older JSON form into the packed form", async () => {
      await h.client.set(storeKeys(h.prefix).enrolment("ann.lee"), legacyEnrolmentJson(T0));
      const legacy = (await store.getEnrolment("ann.lee"))!;
      expect(await store.upgradeEnrolment("ann.lee", legacy, enrolment(T0, "00000009"))).toBe(true);
      expect(await read("ann.lee")).toEqual(enrolment(T0, "00000009"));
    });

    it("clears an enrolment and says whether there was one", async () => {
      await store.saveEnrolment("ann.lee", enrolment(T0));
      expect(await store.clearEnrolment("ANN.LEE")).toBe(true);
      expect(await store.getEnrolment("ann.lee")).toBeNull();
      expect(await store.clearEnrolment("ann.lee")).toBe(false);
    });

    it("reads a stored value that is not an enrolment as no enrolment", async () => {
      const key = storeKeys(h.prefix).enrolment("ann.lee");
      await h.client.set(key, "{not json");
      expect(await store.getEnrolment("ann.lee")).toBeNull();
      await h.client.set(key, JSON.stringify({ questionIds: ["animal"], answerHashes: [], enrolledAt: "x" }));
      expect(await store.getEnrolment("ann.lee")).toBeNull();
    });
  });
}
