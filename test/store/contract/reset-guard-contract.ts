import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports/store.js";
import type { StoreHarness } from "../store-contract.js";
import { ann, annOnSlack, ben, DAY, enrolment, MINUTE, STUDENT_RULE, T0 } from "./fixtures.js";

/** Contract part: person versions and reserving a verified reset (the ResetGuard port). */
export function describeResetGuardContract(current: () => StoreHarness): void {
  let store: Store;
  beforeEach(() => {
    store = current().store;
  });

  describe("person versions", () => {
    const version = (id = "ann.lee") => store.personVersion(id);

    it("starts at 0 and moves with every link, unlink, set-up and clearing of answers", async () => {
      expect(await version()).toBe(0);
      const linked = await store.link(ann, "Ann.Lee");
      if (linked.full) throw new Error("a new chat cannot be full");
      expect(linked.version).toBe(await version());
      expect(linked.version).toBeGreaterThan(0);
      let last = linked.version;
      const moved = async () => {
        const now = await version();
        expect(now).toBeGreaterThan(last);
        last = now;
      };
      await store.link(annOnSlack, "ann.lee");
      await moved();
      await store.saveEnrolment("ann.lee", enrolment(T0));
      await moved();
      expect(await store.clearEnrolment("ANN.LEE")).toBe(true);
      await moved();
      expect(await store.unlinkChat(annOnSlack)).toEqual(["ann.lee"]);
      await moved();
      // Nothing happened: nothing moves.
      expect(await store.clearEnrolment("ann.lee")).toBe(false);
      expect(await store.unlinkChat(annOnSlack)).toEqual([]);
      expect(await version()).toBe(last);
    });

    it("moves only the version of the person linked or unlinked, not their sibling's on the same chat", async () => {
      await store.link(ann, "ann.lee", 4);
      const before = await version();
      await store.link(ann, "ben.ng", 4);
      expect(await version()).toBe(before);
      expect(await version("ben.ng")).toBeGreaterThan(0);
      await store.unlinkChat(ann, "ben.ng");
      expect(await version()).toBe(before);
    });

    it("saves a set-up's answers only while the version is unchanged, and moves it", async () => {
      const seen = await version();
      expect(await store.saveEnrolmentIfUnchanged("ann.lee", enrolment(T0), seen)).toBe(true);
      expect(await version()).toBeGreaterThan(seen);
      expect((await store.getEnrolment("ann.lee"))?.enrolledAt).toBe(T0);

      const before = await version();
      await store.link(ben, "ann.lee");
      expect(await store.saveEnrolmentIfUnchanged("ann.lee", enrolment(T0 + 1), before)).toBe(false);
      expect((await store.getEnrolment("ann.lee"))?.enrolledAt).toBe(T0);
    });

    it("clears answers only while the version is unchanged, and moves it", async () => {
      await store.saveEnrolment("ann.lee", enrolment(T0));
      const seen = await version();
      await store.link(ben, "ann.lee");
      expect(await store.clearEnrolmentIfUnchanged("ann.lee", seen)).toBe("changed");
      expect((await store.getEnrolment("ann.lee"))?.enrolledAt).toBe(T0);
      const now = await version();
      expect(await store.clearEnrolmentIfUnchanged("ANN.LEE", now)).toBe("cleared");
      expect(await store.getEnrolment("ann.lee")).toBeNull();
      expect(await version()).toBeGreaterThan(now);
      expect(await store.clearEnrolmentIfUnchanged("ann.lee", await version())).toBe("none");
    });

    it("with a chat named, saves only while that chat is linked to the person (read with the question names)", async () => {
      await store.link(ann, "Ann.Lee", 2);
      await store.link(ann, "ben.ng", 2);
      const seen = await version();
      // Ben's chat is not Ann's: nothing is saved, and her version stays.
      expect(await store.saveEnrolmentIfUnchanged("ann.lee", enrolment(T0), seen, ben)).toBe(false);
      expect(await store.getEnrolment("ann.lee")).toBeNull();
      expect(await version()).toBe(seen);
      // Her own chat, which she shares with her brother: saved, in any spelling of her id.
      expect(await store.saveEnrolmentIfUnchanged("ANN.LEE", enrolment(T0), seen, ann)).toBe(true);
      expect((await store.getEnrolment("ann.lee"))?.enrolledAt).toBe(T0);
      // Unlinked from it (the version moved as well: a save expecting the new one still needs the link).
      await store.unlinkChat(ann, "ann.lee");
      const after = await version();
      expect(await store.saveEnrolmentIfUnchanged("ann.lee", enrolment(T0 + 1), after, ann)).toBe(false);
      expect((await store.getEnrolment("ann.lee"))?.enrolledAt).toBe(T0);
    });
  });

  describe("reserving a verified reset", () => {
    const request = (expectedVersion: number, student?: { maxResets: number; windowMs: number }) => ({
      expectedVersion,
      now: T0,
      ttlMs: MINUTE,
      ...(student === undefined ? {} : { student }),
    });
    const CAP = { maxResets: 3, windowMs: 30 * DAY };

    it("reserves at the version the dialog verified against, and refuses once it moved", async () => {
      const seen = await store.personVersion("ann.lee");
      await store.link(ann, "ann.lee");
      expect(await store.reserveReset("ann.lee", request(seen))).toEqual({ ok: false, reason: "changed" });
      const now = await store.personVersion("ann.lee");
      expect(await store.reserveReset("ANN.LEE", request(now))).toEqual({
        ok: true,
        token: expect.any(String),
      });
    });

    it("refuses a student's own reset while suspended, not a teacher's", async () => {
      for (let i = 0; i < STUDENT_RULE.maxFailures; i++) {
        await store.countFailure("student", "ann.lee", T0 - 10 + i, STUDENT_RULE);
      }
      const seen = await store.personVersion("ann.lee");
      expect(await store.reserveReset("ann.lee", request(seen, CAP))).toEqual({
        ok: false,
        reason: "suspended",
      });
      const teacher = await store.reserveReset("ann.lee", request(seen));
      expect(teacher.ok).toBe(true);
    });

    it("refuses a student's own reset at the cap, and counts only the resets meant to count", async () => {
      const reset = async (countForCapMs: number | null) => {
        const reservation = await store.reserveReset(
          "ann.lee",
          request(await store.personVersion("ann.lee"), CAP),
        );
        if (!reservation.ok) return reservation.reason;
        const before = await store.personVersion("ann.lee");
        await store.commitReset("ann.lee", reservation.token, { now: T0, countForCapMs });
        expect(await store.personVersion("ann.lee")).toBe(before + 1);
        return "done";
      };
      expect(await reset(null)).toBe("done");
      expect(await store.resetSuccesses("ann.lee", T0, CAP.windowMs)).toBe(0);
      for (let i = 0; i < CAP.maxResets; i++) expect(await reset(CAP.windowMs)).toBe("done");
      expect(await store.resetSuccesses("ann.lee", T0, CAP.windowMs)).toBe(CAP.maxResets);
      expect(await reset(CAP.windowMs)).toBe("capped");
      const teacher = await store.reserveReset("ann.lee", request(await store.personVersion("ann.lee")));
      expect(teacher.ok).toBe(true);
    });

    it("lets only one reset be reserved at a time, until it is released", async () => {
      const seen = await store.personVersion("ann.lee");
      const results = await Promise.all([1, 2, 3].map(() => store.reserveReset("ann.lee", request(seen))));
      const held = results.filter((r) => r.ok);
      expect(held).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([
        { ok: false, reason: "busy" },
        { ok: false, reason: "busy" },
      ]);
      expect((await store.reserveReset("ben.ng", request(0))).ok).toBe(true);
      const first = held[0]!;
      if (!first.ok) throw new Error("unreachable");
      await store.releaseReset("ann.lee", "someone else's token");
      expect(await store.reserveReset("ann.lee", request(seen))).toEqual({ ok: false, reason: "busy" });
      await store.releaseReset("ann.lee", first.token);
      expect(await store.personVersion("ann.lee")).toBe(seen);
      expect(await store.resetSuccesses("ann.lee", T0, DAY)).toBe(0);
      expect((await store.reserveReset("ann.lee", request(seen))).ok).toBe(true);
    });

    it("frees the reservation when the reset is committed", async () => {
      const first = await store.reserveReset("ann.lee", request(0));
      if (!first.ok) throw new Error(`refused: ${first.reason}`);
      await store.commitReset("ann.lee", first.token, { now: T0, countForCapMs: null });
      expect((await store.reserveReset("ann.lee", request(await store.personVersion("ann.lee")))).ok).toBe(
        true,
      );
    });
  });
}
