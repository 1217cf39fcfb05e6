import { beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/core/ports/store.js";
import { UNLINKED_LANGUAGE_TTL_SECONDS } from "../../../src/store/chat-language-store.js";
import { storeKeys } from "../../../src/store/keys.js";
import type { StoreHarness } from "../store-contract.js";
import { ann, ben } from "./fixtures.js";

/** Contract part: a chat's language choice, kept with the link or for 30 days unused. */
export function describeLanguageContract(current: () => StoreHarness): void {
  let h: StoreHarness;
  let store: Store;
  const ttl = (chat: typeof ann) => h.client.ttl(storeKeys(h.prefix).chatLanguage(chat));
  beforeEach(() => {
    h = current();
    store = h.store;
  });

  describe("a chat's language", () => {
    it("is null until chosen, then the choice, per chat", async () => {
      expect(await store.chatLanguage(ann)).toBeNull();
      await store.setChatLanguage(ann, "zh");
      expect(await store.chatLanguage(ann)).toBe("zh");
      expect(await store.chatLanguage(ben)).toBeNull();
    });

    it("expires after 30 days unused while the chat is not linked, and each read starts them again", async () => {
      await store.setChatLanguage(ann, "ta");
      await h.client.expire(storeKeys(h.prefix).chatLanguage(ann), 100);
      expect(await store.chatLanguage(ann)).toBe("ta");
      expect(await ttl(ann)).toBeGreaterThan(UNLINKED_LANGUAGE_TTL_SECONDS - 60);
    });

    it("comes with the chat's turn (no round trip of its own), which also starts the 30 days again", async () => {
      const turnOf = async (chat: typeof ann) => {
        const turn = await store.beginChatTurn(chat, { dedupeTtlSeconds: 60, lockTtlMs: 5_000, waitMs: 0 });
        if (turn.duplicate || turn.token === null) throw new Error("no turn");
        await store.endChatTurn(chat, turn.token, {});
        return turn;
      };
      expect((await turnOf(ann)).language).toBeNull();
      await store.setChatLanguage(ann, "ta");
      await h.client.expire(storeKeys(h.prefix).chatLanguage(ann), 100);
      expect((await turnOf(ann)).language).toBe("ta");
      expect((await turnOf(ben)).language).toBeNull();
      expect(await ttl(ann)).toBeGreaterThan(UNLINKED_LANGUAGE_TTL_SECONDS - 60);
    });

    it("is kept while the chat is linked; unlinking, or a link from another chat, starts the 30 days", async () => {
      await store.setChatLanguage(ann, "ms");
      await store.link(ann, "S1001");
      expect(await ttl(ann)).toBe(-1);
      await store.unlinkChat(ann);
      expect(await ttl(ann)).toBeGreaterThan(UNLINKED_LANGUAGE_TTL_SECONDS - 60);

      await store.link(ann, "S1001");
      await store.setChatLanguage(ann, "ms");
      expect(await ttl(ann)).toBe(-1);
      await store.link(ben, "S1001");
      expect(await ttl(ann)).toBeGreaterThan(UNLINKED_LANGUAGE_TTL_SECONDS - 60);
      expect(await store.chatLanguage(ann)).toBe("ms");
    });
  });
}
