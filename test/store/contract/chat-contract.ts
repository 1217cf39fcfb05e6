import { setTimeout as sleep } from "node:timers/promises";
import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports/store.js";
import { storeKeys } from "../../../src/store/keys.js";
import type { StoreHarness } from "../store-contract.js";
import { ann, annOnSlack, ben } from "./fixtures.js";

/** Contract part: redelivered updates, chat locks and dialogs. `current` is the test's open harness. */
export function describeChatContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  let store: Store;
  beforeEach(() => {
    h = current();
    store = h.store;
  });

  describe("redelivered platform updates", () => {
    it("handles an update once and refuses a redelivery within the TTL", async () => {
      expect(await store.markUpdateSeen("telegram:42", 60)).toBe(true);
      expect(await store.markUpdateSeen("telegram:42", 60)).toBe(false);
      expect(await store.markUpdateSeen("telegram:43", 60)).toBe(true);
    });

    it("forgets an update id once its TTL has passed", async () => {
      expect(await store.markUpdateSeen("slack:Ev1", 0.2)).toBe(true);
      await sleep(350);
      expect(await store.markUpdateSeen("slack:Ev1", 0.2)).toBe(true);
    });

    it("forgets a marked key only for the mark it holds", async () => {
      expect(await store.markUpdateSeen("slack-press:C1:1.2:a", 60, "later")).toBe(true);
      await store.forgetSeenMark("slack-press:C1:1.2:a", "earlier");
      expect(await store.markUpdateSeen("slack-press:C1:1.2:a", 60, "again")).toBe(false);
      await store.forgetSeenMark("slack-press:C1:1.2:a", "later");
      expect(await store.markUpdateSeen("slack-press:C1:1.2:a", 60, "again")).toBe(true);
    });
  });

  describe("chat locks", () => {
    it("keeps a second handler out while the first holds the chat, but not other chats", async () => {
      const token = await store.lockChat(ann, 5_000, 0);
      expect(token).toEqual(expect.any(String));
      const started = Date.now();
      expect(await store.lockChat(ann, 5_000, 60)).toBeNull();
      expect(Date.now() - started).toBeGreaterThanOrEqual(50);
      expect(await store.lockChat(ben, 5_000, 0)).toEqual(expect.any(String));
    });

    it("is released only by the holder's token", async () => {
      const token = (await store.lockChat(ann, 5_000, 0))!;
      await store.unlockChat(ann, "someone-elses-token");
      expect(await store.lockChat(ann, 5_000, 0)).toBeNull();
      await store.unlockChat(ann, token);
      expect(await store.lockChat(ann, 5_000, 0)).toEqual(expect.any(String));
    });

    it("goes to a waiting handler as soon as the holder releases it", async () => {
      const token = (await store.lockChat(ann, 5_000, 0))!;
      const waiting = store.lockChat(ann, 5_000, 3_000);
      await sleep(50);
      await store.unlockChat(ann, token);
      expect(await waiting).toEqual(expect.any(String));
    });

    it("is kept longer by its holder only, so a long step is not overtaken", async () => {
      const token = (await store.lockChat(ann, 300, 0))!;
      expect(await store.extendChatLock(ann, "someone-elses-token", 5_000)).toBe(false);
      expect(await store.extendChatLock(ann, token, 5_000)).toBe(true);
      await sleep(400);
      // Without the extension the lock would have expired by now.
      expect(await store.lockChat(ann, 5_000, 0)).toBeNull();
      await store.unlockChat(ann, token);
      expect(await store.extendChatLock(ann, token, 5_000)).toBe(false);
    });

    it("frees itself after its TTL when the holder never releases it", async () => {
      expect(await store.lockChat(ann, 150, 0)).not.toBeNull();
      expect(await store.lockChat(ann, 5_000, 3_000)).not.toBeNull();
    });
  });

  describe("dialogs", () => {
    it("starts a new dialog at revision 1 and bumps the revision on each save", async () => {
      expect(await store.loadDialog(ann)).toBeNull();
      expect(await store.saveDialog(ann, null, '{"step":"ask-id"}', 900)).toBe(true);
      expect(await store.loadDialog(ann)).toEqual({ revision: 1, json: '{"step":"ask-id"}' });
      expect(await store.saveDialog(ann, 1, '{"step":"ask: password"}', 900)).toBe(true);
      expect(await store.loadDialog(ann)).toEqual({ revision: 2, json: '{"step":"ask: password"}' });
    });

    it("refuses a save based on a stale revision and keeps the newer dialog", async () => {
      await store.saveDialog(ann, null, "first", 900);
      await store.saveDialog(ann, 1, "second", 900);
      expect(await store.saveDialog(ann, 1, "stale", 900)).toBe(false);
      expect(await store.saveDialog(ann, null, "fresh start", 900)).toBe(false);
      expect(await store.loadDialog(ann)).toEqual({ revision: 2, json: "second" });
    });

    it("refuses a save that expects a dialog when there is none", async () => {
      expect(await store.saveDialog(ann, 3, "late", 900)).toBe(false);
      expect(await store.loadDialog(ann)).toBeNull();
    });

    it("lets exactly one of two concurrent writers win", async () => {
      await store.saveDialog(ann, null, "start", 900);
      const results = await Promise.all([
        store.saveDialog(ann, 1, "writer A", 900),
        store.saveDialog(ann, 1, "writer B", 900),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results[0] ? "writer A" : "writer B";
      expect(await store.loadDialog(ann)).toEqual({ revision: 2, json: winner });
    });

    it("lets exactly one of two chats' first messages start the dialog", async () => {
      const results = await Promise.all([
        store.saveDialog(ann, null, "A", 900),
        store.saveDialog(ann, null, "B", 900),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it("keeps each chat's dialog apart", async () => {
      await store.saveDialog(ann, null, "ann's", 900);
      await store.saveDialog(annOnSlack, null, "slack's", 900);
      expect((await store.loadDialog(ann))?.json).toBe("ann's");
      expect((await store.loadDialog(annOnSlack))?.json).toBe("slack's");
      expect(await store.loadDialog(ben)).toBeNull();
    });

    it("forgets an idle dialog and then tells the bot once that it timed out", async () => {
      await store.saveDialog(ann, null, "half-way", 0.2);
      expect(await store.takeExpiredDialogNotice(ann)).toBe(false);
      await sleep(350);
      expect(await store.loadDialog(ann)).toBeNull();
      expect(await store.takeExpiredDialogNotice(ann)).toBe(true);
      expect(await store.takeExpiredDialogNotice(ann)).toBe(false);
    });

    it("restarts the idle time on every save", async () => {
      const dialogKey = storeKeys(h.prefix).dialog(ann);
      await store.saveDialog(ann, null, "one", 60);
      // As if 59 of its 60 seconds had gone by, without waiting for them.
      await h.client.pexpire(dialogKey, 1_000);
      await store.saveDialog(ann, 1, "two", 60);
      expect(await h.client.pttl(dialogKey)).toBeGreaterThan(59_000);
      expect(await store.loadDialog(ann)).toEqual({ revision: 2, json: "two" });
    });

    it("ends a dialog on purpose with no timeout notice afterwards", async () => {
      await store.saveDialog(ann, null, "done", 900);
      await store.endDialog(ann);
      expect(await store.loadDialog(ann)).toBeNull();
      expect(await store.takeExpiredDialogNotice(ann)).toBe(false);
      expect(await store.saveDialog(ann, null, "next one", 900)).toBe(true);
    });

    it("leaves another turn's end marker only in a chat with no dialog open, for its time", async () => {
      const openKey = storeKeys(h.prefix).dialogOpen(ann);
      expect(await store.leaveEndMarker(ann, "6digest", 60_000)).toBe(true);
      expect(await h.client.get(openKey)).toBe("6digest");
      expect(await h.client.pttl(openKey)).toBeGreaterThan(59_000);
      await store.saveDialog(ben, null, "half-way", 900);
      expect(await store.leaveEndMarker(ben, "6digest", 60_000)).toBe(false);
      expect(await store.loadDialog(ben)).toEqual({ revision: 1, json: "half-way" });
      expect(await h.client.get(storeKeys(h.prefix).dialogOpen(ben))).not.toBe("6digest");
    });

    it("gives no notice for a chat that never had a dialog", async () => {
      expect(await store.takeExpiredDialogNotice(ben)).toBe(false);
    });

    it("treats an unreadable stored dialog as none, so the chat can start again", async () => {
      for (const garbage of ["garbage without a revision", "0:{}", "-3:{}", "x:{}"]) {
        await h.client.set(storeKeys(h.prefix).dialog(ann), garbage);
        expect(await store.loadDialog(ann)).toBeNull();
        expect(await store.saveDialog(ann, null, "fresh", 900)).toBe(true);
        expect(await store.loadDialog(ann)).toEqual({ revision: 1, json: "fresh" });
      }
    });
  });
}
