import { setTimeout as sleep } from "node:timers/promises";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Store } from "../../../src/core/ports/store.js";
import { storeKeys } from "../../../src/store/keys.js";
import type { StoreHarness } from "../store-contract.js";
import { ann, ben } from "./fixtures.js";

const TURN = { dedupeTtlSeconds: 60, lockTtlMs: 5_000, waitMs: 0 };

/** Contract part: one update's work in two round trips (begin: dedupe, lock, load; end: save, unlock). */
export function describeTurnContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  let store: Store;
  beforeEach(() => {
    h = current();
    store = h.store;
  });

  async function begin(chat = ann, updateId?: string, waitMs = 0) {
    const turn = await store.beginChatTurn(chat, { ...TURN, waitMs, ...(updateId ? { updateId } : {}) });
    if (turn.duplicate) throw new Error("unexpected duplicate");
    return turn;
  }

  describe("chat turns", () => {
    it("drops a redelivered update of the chat, and only of that chat", async () => {
      const first = await begin(ann, "42");
      await store.endChatTurn(ann, first.token!, {});
      expect(await store.beginChatTurn(ann, { ...TURN, updateId: "42" })).toEqual({ duplicate: true });
      const other = await begin(ben, "42");
      expect(other.token).toEqual(expect.any(String));
    });

    it("keeps the update ids of a chat in one small structure that expires", async () => {
      for (const id of ["1", "2", "3"]) {
        const turn = await begin(ann, id);
        await store.endChatTurn(ann, turn.token!, {});
      }
      const keys = storeKeys(h.prefix);
      expect(await h.client.zcard(keys.seenUpdates(ann))).toBe(3);
      const ttl = await h.client.pttl(keys.seenUpdates(ann));
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });

    it("forgets an update id once its TTL has passed", async () => {
      const turn = await store.beginChatTurn(ann, { ...TURN, dedupeTtlSeconds: 0.2, updateId: "7" });
      if (turn.duplicate) throw new Error("unexpected duplicate");
      await store.endChatTurn(ann, turn.token!, {});
      await sleep(350);
      const again = await store.beginChatTurn(ann, { ...TURN, dedupeTtlSeconds: 0.2, updateId: "7" });
      expect(again.duplicate).toBe(false);
    });

    it("keeps a second update out while the first holds the chat; one that never got the chat is not marked", async () => {
      const first = await begin(ann, "1");
      const started = Date.now();
      const second = await begin(ann, "2", 60);
      expect(second.token).toBeNull();
      expect(Date.now() - started).toBeGreaterThanOrEqual(50);
      await store.endChatTurn(ann, first.token!, {});
      // It was not read (its sender heard "busy"): a delivery of it again is read.
      expect((await begin(ann, "2")).token).toEqual(expect.any(String));
    });

    it("a delivery of an update whose turn is under way waits, and is dropped once that turn ends", async () => {
      const first = await begin(ann, "1");
      const again = store.beginChatTurn(ann, { ...TURN, waitMs: 2_000, updateId: "1" });
      await sleep(30);
      await store.endChatTurn(ann, first.token!, {});
      expect(await again).toEqual({ duplicate: true });
    });

    it("a delivery of an update whose turn is under way waits for it past waitMs, up to firstDeliveryWaitMs", async () => {
      const first = await begin(ann, "13");
      // Its first look finds the chat locked by that turn (it goes out before the end, on the same connection).
      const again = store.beginChatTurn(ann, { ...TURN, firstDeliveryWaitMs: 2_000, updateId: "13" });
      await store.endChatTurn(ann, first.token!, {});
      // Not told as interrupted at once, as with waitMs alone: dropped once that turn ended, its answer given.
      expect(await again).toEqual({ duplicate: true });
    });

    it("a delivery of a begun update, with the chat held by ANOTHER update's turn, waits only waitMs", async () => {
      await begin(ann, "20");
      // Its first delivery died: its lock ran out. Another message's turn then took the chat.
      await h.client.del(storeKeys(h.prefix).lock(ann));
      const other = await begin(ann, "21");
      vi.useFakeTimers({ toFake: ["Date"] });
      try {
        let settled = false;
        const again = store
          .beginChatTurn(ann, { ...TURN, waitMs: 1_000, firstDeliveryWaitMs: 120_000, updateId: "20" })
          .finally(() => (settled = true));
        // Past its 10-second-like wait, not the two minutes kept for its own first delivery at work.
        vi.setSystemTime(Date.now() + 1_500);
        await vi.waitFor(() => expect(settled).toBe(true));
        expect(await again).toMatchObject({ duplicate: false, token: null, waited: true });
      } finally {
        vi.useRealTimers();
        await store.endChatTurn(ann, other.token!, {});
      }
    });

    it("a delivery of an update whose turn began and never ended is told as interrupted once the chat is free", async () => {
      await store.setChatLanguage(ann, "zh");
      await store.beginChatTurn(ann, { ...TURN, lockTtlMs: 100, updateId: "9" });
      // Its lock still held when the wait (none here) runs out: not run, as it may be at work yet; told as
      // interrupted, not as busy.
      expect(await store.beginChatTurn(ann, { ...TURN, updateId: "9" })).toEqual({
        duplicate: true,
        interrupted: true,
        language: "zh",
      });
      await sleep(150);
      expect(await store.beginChatTurn(ann, { ...TURN, updateId: "9" })).toEqual({
        duplicate: true,
        interrupted: true,
        language: "zh",
      });
      // The chat is not held up by it.
      expect((await begin(ann, "10")).token).toEqual(expect.any(String));
    });

    it("a turn that fails and only releases the chat is done: a delivery of it again is dropped, not told as interrupted", async () => {
      const failed = await begin(ann, "11");
      // Its step failed; the child was told so. The chat is released with the same round trip.
      await store.unlockChat(ann, failed.token!);
      expect(await store.beginChatTurn(ann, { ...TURN, updateId: "11" })).toEqual({ duplicate: true });
      expect((await begin(ann, "12")).token).toEqual(expect.any(String));
    });

    it("saves with compare-and-set and releases the lock in the same call", async () => {
      const first = await begin(ann);
      expect(first.dialog).toBeNull();
      const save = { expectedRevision: null, json: '{"a":1}', idleSeconds: 900 };
      expect(await store.endChatTurn(ann, first.token!, { save })).toBe(true);

      const second = await begin(ann);
      expect(second.dialog).toEqual({ revision: 1, json: '{"a":1}' });
      // A stale revision saves nothing, and still releases the lock.
      expect(await store.endChatTurn(ann, second.token!, { save })).toBe(false);
      const third = await begin(ann);
      expect(third.dialog).toEqual({ revision: 1, json: '{"a":1}' });
      expect(await store.endChatTurn(ann, third.token!, { end: true })).toBe(true);
      const fourth = await begin(ann);
      expect(fourth.dialog).toBeNull();
      expect(fourth.expiredDialog).toBeNull();
      await store.endChatTurn(ann, fourth.token!, {});
    });

    it("tells once that the last dialog expired unfinished, with the marker it left", async () => {
      const first = await begin(ann);
      await store.endChatTurn(ann, first.token!, {
        save: { expectedRevision: null, json: "{}", idleSeconds: 0.2, marker: "2" },
      });
      await sleep(350);
      const second = await begin(ann);
      expect(second).toMatchObject({ dialog: null, expiredDialog: "2" });
      await store.endChatTurn(ann, second.token!, { forgetExpiredNotice: true });
      const third = await begin(ann);
      expect(third).toMatchObject({ dialog: null, expiredDialog: null });
      await store.endChatTurn(ann, third.token!, {});
    });

    it("an ended dialog may leave a marker of its own in its place, read back until it expires", async () => {
      const first = await begin(ann);
      await store.endChatTurn(ann, first.token!, {
        save: { expectedRevision: null, json: "{}", idleSeconds: 900, marker: "2" },
      });
      const second = await begin(ann);
      await store.endChatTurn(ann, second.token!, { end: true, endMarker: { value: "5abc", ms: 200 } });
      const third = await begin(ann);
      expect(third).toMatchObject({ dialog: null, expiredDialog: "5abc" });
      await store.endChatTurn(ann, third.token!, {});
      await sleep(350);
      const fourth = await begin(ann);
      expect(fourth).toMatchObject({ dialog: null, expiredDialog: null });
      await store.endChatTurn(ann, fourth.token!, {});
    });

    it("a turn that only reads takes no lock when no dialog is open, and the lock as usual when one is", async () => {
      const readOnly = { ...TURN, lockOnlyForDialog: true };
      const peek = await store.beginChatTurn(ann, { ...readOnly, updateId: "1" });
      expect(peek).toMatchObject({ duplicate: false, token: null, lockFree: true, dialog: null });
      // Nothing to release: the next update finds the chat free at once, and the peek's id is seen.
      const next = await begin(ann, "2");
      expect(next.token).toEqual(expect.any(String));
      expect(await store.beginChatTurn(ann, { ...readOnly, updateId: "1" })).toEqual({ duplicate: true });

      // A turn of the chat holds the lock: the reader waits for it, like any turn.
      const waiting = await store.beginChatTurn(ann, { ...readOnly, updateId: "3" });
      expect(waiting).toMatchObject({ token: null, waited: true });
      expect(waiting).not.toHaveProperty("lockFree");
      await store.endChatTurn(ann, next.token!, {
        save: { expectedRevision: null, json: '{"a":1}', idleSeconds: 900 },
      });

      // A dialog is open: the reader locks the chat and loads it, as a turn that may save it.
      const inDialog = await store.beginChatTurn(ann, { ...readOnly, updateId: "4" });
      expect(inDialog).toMatchObject({ dialog: { revision: 1, json: '{"a":1}' }, token: expect.any(String) });
      expect(inDialog).not.toHaveProperty("lockFree");
      expect((await begin(ann)).token).toBeNull();
    });

    it("reads who the chat is linked to with the turn, when asked, whether or not it locks", async () => {
      const withLinks = { ...TURN, readLinks: true };
      const unlinked = await store.beginChatTurn(ann, { ...withLinks, lockOnlyForDialog: true });
      expect(unlinked).toMatchObject({ lockFree: true, links: [] });
      await store.link(ann, "ann.lee", 2);
      await store.link(ann, "ben.ng", 2);
      const peek = await store.beginChatTurn(ann, { ...withLinks, lockOnlyForDialog: true });
      expect(peek).toMatchObject({ lockFree: true, links: ["ann.lee", "ben.ng"] });
      const locked = await store.beginChatTurn(ann, withLinks);
      expect(locked).toMatchObject({ token: expect.any(String), links: ["ann.lee", "ben.ng"] });
      if (locked.duplicate || locked.token === null) throw new Error("not locked");
      await store.endChatTurn(ann, locked.token, {});
      // Not asked: not read.
      const plain = await begin(ann);
      expect(plain).not.toHaveProperty("links");
    });

    it("does not release a lock that another turn took over", async () => {
      const first = await begin(ann);
      await h.client.set(storeKeys(h.prefix).lock(ann), "someone-else", "PX", 5_000);
      await store.endChatTurn(ann, first.token!, {});
      expect((await begin(ann)).token).toBeNull();
    });
  });
}
