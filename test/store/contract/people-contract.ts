import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports/store.js";
import type { StoreHarness } from "../store-contract.js";
import { storeKeys } from "../../../src/store/keys.js";
import { ann, annOnSlack, ben, enrolment, legacyEnrolmentJson, T0 } from "./fixtures.js";

/** Contract part: links between chats and people. */
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
        alreadyLinked: false,
        othersHere: [],
        setUp: false,
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
        alreadyLinked: false,
        othersHere: [],
        setUp: false,
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
        alreadyLinked: false,
        // Who else is linked here: a family phone's siblings, or a parent who is staff.
        othersHere: ["ann.lee"],
        setUp: false,
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

    it("people named as not counted (staff) take no place, and one of them may always link", async () => {
      const staff = ["T.Ng", "a.priya"];
      await store.link(ann, "t.ng", 2, staff);
      await store.link(ann, "ann.lee", 2, staff);
      expect(await store.link(ann, "ben.ng", 2, staff)).toMatchObject({ full: false });
      expect(await store.link(ann, "cat.oh", 2, staff)).toEqual({ full: true });
      expect(await store.link(ann, " A.Priya ", 2, staff)).toMatchObject({ full: false });
      expect(await store.linkedPeople(ann)).toEqual(["t.ng", "ann.lee", "ben.ng", "a.priya"]);
      // Counted as anyone when not named: the limit holds whoever the caller forgets.
      expect(await store.link(ann, "cat.oh", 4)).toEqual({ full: true });
    });

    it("moves one sibling to their own chat without touching the other", async () => {
      await store.link(ann, "ann.lee", 4);
      await store.link(ann, "ben.ng", 4);
      expect(await store.link(ben, "ben.ng", 4)).toMatchObject({ full: false, previousChat: ann });
      expect(await store.linkedPeople(ann)).toEqual(["ann.lee"]);
      expect(await store.linkedPeople(ben)).toEqual(["ben.ng"]);
    });

    it("remembers a chat shared by a staff member and a student, after the links move away", async () => {
      expect(await store.wasSharedWithStudent(ann)).toBe(false);
      await store.link(ann, "ann.lee", 2);
      await store.markSharedWithStudent(ann);
      await store.link(annOnSlack, "ann.lee");
      expect(await store.wasSharedWithStudent(ann)).toBe(true);
      expect(await store.wasSharedWithStudent(ben)).toBe(false);
    });

    it("keeps when a staff member proved her password in a chat, for her id only, expiring with the window", async () => {
      expect(await store.staffPasswordProvenAt(ann, "T2001")).toBeNull();
      await store.noteStaffPasswordProven(ann, "T2001", T0, 15 * 60_000);
      expect(await store.staffPasswordProvenAt(ann, "t2001 ")).toBe(T0);
      expect(await store.staffPasswordProvenAt(ann, "A3001")).toBeNull();
      expect(await store.staffPasswordProvenAt(ben, "T2001")).toBeNull();
      const key = storeKeys(h.prefix).staffProven(ann);
      const ttl = await h.client.pttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(15 * 60_000);
      // Another's proof there takes the place of the first: one small key per chat.
      await store.noteStaffPasswordProven(ann, "A3001", T0 + 1, 15 * 60_000);
      expect(await store.staffPasswordProvenAt(ann, "T2001")).toBeNull();
      expect(await store.staffPasswordProvenAt(ann, "A3001")).toBe(T0 + 1);
    });

    it("keeps until when a guided code sent to a chat for a student works, for her there only, expiring then", async () => {
      expect(await store.guidedCodeUntil(ann, "S1001")).toBeNull();
      await store.noteGuidedCodeSent(ann, "S1001", T0 + 10 * 60_000, T0);
      expect(await store.guidedCodeUntil(ann, " s1001")).toBe(T0 + 10 * 60_000);
      expect(await store.guidedCodeUntil(ann, "S1002")).toBeNull();
      expect(await store.guidedCodeUntil(ben, "S1001")).toBeNull();
      const ttl = await h.client.pttl(storeKeys(h.prefix).guidedCode(ann, "S1001"));
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(10 * 60_000);
      // One that already ran out is not kept.
      await store.noteGuidedCodeSent(ben, "S1001", T0, T0);
      expect(await store.guidedCodeUntil(ben, "S1001")).toBeNull();
    });

    it("forgets a guided code's note when the code ends early, but not a later code's", async () => {
      await store.noteGuidedCodeSent(ann, "S1001", T0 + 10 * 60_000, T0);
      await store.forgetGuidedCode(ann, "S1001", T0 + 10 * 60_000);
      expect(await store.guidedCodeUntil(ann, "S1001")).toBeNull();
      // A later code (another staff member's) noted since stays when the earlier one ends.
      await store.noteGuidedCodeSent(ben, "S1001", T0 + 11 * 60_000, T0);
      await store.forgetGuidedCode(ben, "S1001", T0 + 10 * 60_000);
      expect(await store.guidedCodeUntil(ben, "S1001")).toBe(T0 + 11 * 60_000);
    });

    it("reports no previous chat, and that it was linked already, when the same pair links again", async () => {
      await store.link(ann, "ann.lee");
      expect(await store.link(ann, "Ann.Lee")).toEqual({
        full: false,
        previousChat: null,
        alreadyLinked: true,
        othersHere: [],
        setUp: false,
        version: expect.any(Number),
      });
      expect(await store.linkedChat("ann.lee")).toEqual(ann);
      expect(await store.linkedPeople(ann)).toEqual(["ann.lee"]);
    });

    it("says whether the person had answers saved when linked, in either layout", async () => {
      await store.saveEnrolment("ann.lee", enrolment(T0));
      expect(await store.link(annOnSlack, "Ann.Lee")).toMatchObject({ full: false, setUp: true });
      expect(await store.link(ben, "ben.ng")).toMatchObject({ full: false, setUp: false });
      await h.client.set(storeKeys(h.prefix).enrolmentBefore("ben.ng"), legacyEnrolmentJson(T0));
      expect(await store.link(ben, "ben.ng")).toMatchObject({ alreadyLinked: true, setUp: true });
      await store.clearEnrolment("ann.lee");
      expect(await store.link(annOnSlack, "ann.lee")).toMatchObject({ full: false, setUp: false });
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
}
