import { beforeEach, describe, expect, it } from "vitest";
import type { Enrolment, Store } from "../../../src/core/ports/store.js";
import { storeKeys } from "../../../src/store/keys.js";
import { packEnrolment } from "../../../src/store/packed-enrolment.js";
import type { StoreHarness } from "../store-contract.js";
import { ann, auditEvent, enrolment, legacyEnrolmentJson, T0 } from "./fixtures.js";

/** Redis keeps a hash in its compact form while every value is at most this long (hash-max-listpack-value). */
const COMPACT_VALUE_MAX = 64;

/** The same enrolment with only its first `count` answers, as a set-up with fewer questions would save. */
function firstAnswers(whole: Enrolment, count: number): Enrolment {
  return {
    ...whole,
    questionIds: whole.questionIds.slice(0, count),
    answerHashes: whole.answerHashes.slice(0, count),
  };
}

/** Contract part: enrolments, in the person's record and in the key versions before kept them in. */
export function describeEnrolmentContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  let store: Store;
  beforeEach(() => {
    h = current();
    store = h.store;
  });

  /** The enrolment as read, without the stamp the store adds for upgrades. */
  async function read(personId: string) {
    const found = await store.getEnrolment(personId);
    if (found === null) return null;
    const { stamp, ...rest } = found;
    expect(typeof stamp).toBe("string");
    return rest;
  }
  const keys = () => storeKeys(h.prefix);
  /** Saves an enrolment the way versions before the one-key layout did: a string under its own key. */
  async function saveAsBefore(personId: string, value: Buffer | string): Promise<void> {
    await h.client.set(keys().enrolmentBefore(personId), value);
  }
  const keptBefore = async (personId: string) => h.client.exists(keys().enrolmentBefore(personId));
  const everyoneEnrolled = async () => {
    const found: string[] = [];
    for await (const page of store.enrolledPeople()) found.push(...page);
    return found.sort();
  };

  describe("enrolments", () => {
    it("returns a saved enrolment as it was saved, whatever the case of the id", async () => {
      await store.saveEnrolment("Ann.Lee", enrolment(T0));
      expect(await read("ann.lee")).toEqual(enrolment(T0));
      expect(await store.getEnrolment("ben.ng")).toBeNull();
    });

    it("keeps which non-answers set-up refused, and reads one saved before that was recorded without it", async () => {
      const recorded = { ...enrolment(T0), normalisationVersion: 2, nonAnswersVersion: 2 };
      await store.saveEnrolment("ann.lee", recorded);
      expect(await read("ann.lee")).toEqual(recorded);
      const header = await h.client.hget(keys().enrolment("ann.lee"), "e");
      expect(header).toMatch(/^E1\|0a1b2c3d\|2\|2\|[0-9a-z]+\|animal,colour,food\n$/);
      // As versions before this one wrote it: five fields, no non-answers version.
      await h.client.hset(keys().enrolment("ann.lee"), "e", header!.replace("|2|2|", "|2|"));
      const before = await read("ann.lee");
      expect(before).toEqual({ ...enrolment(T0), normalisationVersion: 2 });
      expect(before).not.toHaveProperty("nonAnswersVersion");
    });

    it("keeps the answers in the person's one record: packed bytes in short fields, no PHC strings, no parameters", async () => {
      await store.saveEnrolment("ann.lee", enrolment(T0));
      expect(await keptBefore("ann.lee")).toBe(0);
      const record = await h.client.hgetallBuffer(keys().enrolment("ann.lee"));
      expect(Object.keys(record).sort()).toEqual(["a0", "a1", "a2", "e", "v"]);
      expect(record.e!.toString("latin1")).toMatch(/^E1\|0a1b2c3d\|1\|[0-9a-z]+\|animal,colour,food\n$/);
      for (const field of ["a0", "a1", "a2"]) expect(record[field]).toHaveLength(48);
      for (const value of Object.values(record)) {
        // Short enough for Redis to keep the record in its compact form.
        expect(value.length).toBeLessThanOrEqual(COMPACT_VALUE_MAX);
        expect(value.toString("latin1")).not.toContain("argon2");
        expect(value.toString("latin1")).not.toContain("19456");
      }
    });

    it("keeps the answers and the protected audit trail side by side in the record", async () => {
      const protectedTrail = { trail: "protected" as const, chat: "telegram:1001", personId: "ann.lee" };
      await store.appendAudit(auditEvent(T0, { event: "link", outcome: "info" }), protectedTrail);
      await store.saveEnrolment("ann.lee", enrolment(T0));
      for (let i = 1; i <= 25; i++) await store.appendAudit(auditEvent(T0 + i), protectedTrail);
      expect(await read("ann.lee")).toEqual(enrolment(T0));
      expect(await store.auditTrailOf("ann.lee", 100)).toHaveLength(20);
      expect(await store.clearEnrolment("ann.lee")).toBe(true);
      expect(await store.auditTrailOf("ann.lee", 100)).toHaveLength(20);
      expect(await store.getEnrolment("ann.lee")).toBeNull();
    });

    it("leaves none of the earlier answers behind when a new set-up has fewer", async () => {
      await store.saveEnrolment("ann.lee", enrolment(T0));
      await store.saveEnrolment("ann.lee", firstAnswers(enrolment(T0 + 1), 2));
      expect(await read("ann.lee")).toEqual(firstAnswers(enrolment(T0 + 1), 2));
      expect((await h.client.hkeys(keys().enrolment("ann.lee"))).sort()).toEqual(["a0", "a1", "e", "v"]);
      const before = await store.personVersion("ann.lee");
      expect(
        await store.saveEnrolmentIfUnchanged("ann.lee", firstAnswers(enrolment(T0 + 2), 1), before),
      ).toBe(true);
      expect(await read("ann.lee")).toEqual(firstAnswers(enrolment(T0 + 2), 1));
      expect((await h.client.hkeys(keys().enrolment("ann.lee"))).sort()).toEqual(["a0", "e", "v"]);
    });

    it("moves the person's version at a save and a clearing, never at an upgrade", async () => {
      const v0 = await store.personVersion("ann.lee");
      await store.saveEnrolment("ann.lee", enrolment(T0, "00000001"));
      const v1 = await store.personVersion("ann.lee");
      expect(v1).toBeGreaterThan(v0);
      const before = (await store.getEnrolment("ann.lee"))!;
      expect(await store.upgradeEnrolment("ann.lee", before, enrolment(T0, "00000002"))).toBe(true);
      expect(await store.personVersion("ann.lee")).toBe(v1);
      expect(await store.clearEnrolment("ann.lee")).toBe(true);
      expect(await store.personVersion("ann.lee")).toBeGreaterThan(v1);
    });

    it("still reads an enrolment in the older JSON form with PHC strings", async () => {
      await saveAsBefore("ann.lee", legacyEnrolmentJson(T0));
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

    it("upgrades an enrolment of the older JSON form into the packed form in the person's record", async () => {
      await saveAsBefore("ann.lee", legacyEnrolmentJson(T0));
      const legacy = (await store.getEnrolment("ann.lee"))!;
      expect(await store.upgradeEnrolment("ann.lee", legacy, enrolment(T0, "00000009"))).toBe(true);
      expect(await read("ann.lee")).toEqual(enrolment(T0, "00000009"));
      expect(await keptBefore("ann.lee")).toBe(0);
    });

    it("clears an enrolment and says whether there was one", async () => {
      await store.saveEnrolment("ann.lee", enrolment(T0));
      expect(await store.clearEnrolment("ANN.LEE")).toBe(true);
      expect(await store.getEnrolment("ann.lee")).toBeNull();
      expect(await store.clearEnrolment("ann.lee")).toBe(false);
      expect(await h.client.hkeys(keys().enrolment("ann.lee"))).toEqual(["v"]);
    });

    it("reads a stored value that is not an enrolment as no enrolment", async () => {
      await saveAsBefore("ann.lee", "{not json");
      expect(await store.getEnrolment("ann.lee")).toBeNull();
      await saveAsBefore(
        "ann.lee",
        JSON.stringify({ questionIds: ["animal"], answerHashes: [], enrolledAt: "x" }),
      );
      expect(await store.getEnrolment("ann.lee")).toBeNull();

      await store.saveEnrolment("ben.ng", enrolment(T0));
      await h.client.hdel(keys().enrolment("ben.ng"), "a2");
      expect(await store.getEnrolment("ben.ng")).toBeNull();
      await h.client.hset(keys().enrolment("ben.ng"), "e", "not a header");
      expect(await store.getEnrolment("ben.ng")).toBeNull();
    });
  });

  describe("enrolments saved by versions before the one-key layout", () => {
    it("still reads them, and a reset's checks see them", async () => {
      await saveAsBefore("ann.lee", packEnrolment(enrolment(T0)));
      expect(await read("ann.lee")).toEqual(enrolment(T0));
      expect(await everyoneEnrolled()).toEqual(["ann.lee"]);
    });

    it("moves them into the person's record at the next set-up, leaving no key behind", async () => {
      await saveAsBefore("ann.lee", packEnrolment(enrolment(T0)));
      const v0 = await store.personVersion("ann.lee");
      await store.saveEnrolment("ann.lee", firstAnswers(enrolment(T0 + 1), 2));
      expect(await read("ann.lee")).toEqual(firstAnswers(enrolment(T0 + 1), 2));
      expect(await keptBefore("ann.lee")).toBe(0);
      expect(await store.personVersion("ann.lee")).toBeGreaterThan(v0);

      await saveAsBefore("ben.ng", packEnrolment(enrolment(T0)));
      const seen = await store.personVersion("ben.ng");
      expect(await store.saveEnrolmentIfUnchanged("ben.ng", enrolment(T0 + 2), seen)).toBe(true);
      expect(await read("ben.ng")).toEqual(enrolment(T0 + 2));
      expect(await keptBefore("ben.ng")).toBe(0);
    });

    it("upgrades them into the person's record while they are the one that was read, without a version move", async () => {
      await store.link(ann, "ann.lee");
      await saveAsBefore("ann.lee", packEnrolment(enrolment(T0, "00000001")));
      const before = (await store.getEnrolment("ann.lee"))!;
      const version = await store.personVersion("ann.lee");
      expect(await store.upgradeEnrolment("ann.lee", before, enrolment(T0, "00000002"))).toBe(true);
      expect(await read("ann.lee")).toEqual(enrolment(T0, "00000002"));
      expect(await keptBefore("ann.lee")).toBe(0);
      expect(await store.personVersion("ann.lee")).toBe(version);
      // Read before the upgrade: stale now.
      expect(await store.upgradeEnrolment("ann.lee", before, enrolment(T0, "00000003"))).toBe(false);
      expect((await read("ann.lee"))?.pepperTag).toBe("00000002");
    });

    it("leaves them as they are when they changed since they were read", async () => {
      await saveAsBefore("ann.lee", packEnrolment(enrolment(T0, "00000001")));
      const before = (await store.getEnrolment("ann.lee"))!;
      await saveAsBefore("ann.lee", packEnrolment(enrolment(T0 + 1, "00000001")));
      expect(await store.upgradeEnrolment("ann.lee", before, enrolment(T0, "00000002"))).toBe(false);
      expect(await read("ann.lee")).toEqual(enrolment(T0 + 1, "00000001"));
      expect(await keptBefore("ann.lee")).toBe(1);
    });

    it("takes one a version before wrote after this one's record (both ran at once) as the newer", async () => {
      // This version deletes the key before at every write, so a key before next to a record was written
      // later, by a replica of the version before.
      await store.saveEnrolment("ann.lee", enrolment(T0, "00000001"));
      await saveAsBefore("ann.lee", packEnrolment(enrolment(T0 + 5, "00000001")));
      expect(await read("ann.lee")).toEqual(enrolment(T0 + 5, "00000001"));
      const newer = (await store.getEnrolment("ann.lee"))!;
      expect(await store.upgradeEnrolment("ann.lee", newer, enrolment(T0 + 5, "00000002"))).toBe(true);
      expect(await read("ann.lee")).toEqual(enrolment(T0 + 5, "00000002"));
      expect(await keptBefore("ann.lee")).toBe(0);
    });

    it("clears them, moving the version and leaving no key behind", async () => {
      await saveAsBefore("ann.lee", packEnrolment(enrolment(T0)));
      const v0 = await store.personVersion("ann.lee");
      expect(await store.clearEnrolment("Ann.Lee")).toBe(true);
      expect(await store.getEnrolment("ann.lee")).toBeNull();
      expect(await keptBefore("ann.lee")).toBe(0);
      expect(await store.personVersion("ann.lee")).toBeGreaterThan(v0);
      expect(await store.clearEnrolment("ann.lee")).toBe(false);
    });
  });

  describe("everyone enrolled", () => {
    it("finds people in either layout, each once, and no one without answers", async () => {
      await store.saveEnrolment("Ann.Lee", enrolment(T0));
      await saveAsBefore("ben.ng", packEnrolment(enrolment(T0)));
      // Both layouts at once (an older instance saved after a newer one): one person still.
      await store.saveEnrolment("cat.oh", enrolment(T0));
      await saveAsBefore("cat.oh", packEnrolment(enrolment(T0 + 1)));
      await store.saveEnrolment("a}{b", enrolment(T0));
      // A record without answers: linked, with an audit trail, or cleared.
      await store.link(ann, "dan.ho");
      await store.appendAudit(auditEvent(T0), {
        trail: "protected",
        chat: "telegram:1001",
        personId: "eve.ko",
      });
      await store.saveEnrolment("fay.wu", enrolment(T0));
      await store.clearEnrolment("fay.wu");
      await saveAsBefore("gus.li", packEnrolment(enrolment(T0)));
      await store.clearEnrolment("gus.li");
      expect(await everyoneEnrolled()).toEqual(["ann.lee", "a}{b", "ben.ng", "cat.oh"]);
    });

    it("pages through a school's worth of records", async () => {
      const ids = Array.from({ length: 600 }, (_, i) => `s${1_000 + i}`);
      for (const [i, id] of ids.entries()) {
        if (i % 3 === 0) await saveAsBefore(id, packEnrolment(enrolment(T0)));
        else await store.saveEnrolment(id, enrolment(T0));
      }
      expect(await everyoneEnrolled()).toEqual([...ids].sort());
    });
  });
}
