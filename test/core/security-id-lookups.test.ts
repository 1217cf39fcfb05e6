import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  DEMO_PASSWORDS,
  MINUTE,
  TYPED_ID_ROUTE,
  UNPACED_ID_LOOKUPS,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { logOut } from "../helpers/logout.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const WAIT = "There have been too many tries from this chat. Please wait";
/** The hour's own rule, without the minute's that paces it (see security-id-lookups-burst.test.ts). */
const HOUR_ONLY = UNPACED_ID_LOOKUPS;

/**
 * A user ID typed at set-up is looked up in the school directory (a connection, a login and two searches on
 * LDAP) before any password is asked, and nothing about it is counted: "/setup", an ID, "/setup", another ID,
 * and so on, cost the typist nothing and the school's directory that much work each. Anyone with a chat
 * account (no ID or password needed) could keep the directory that every login in the school depends on busy.
 */
describe("one chat cannot make the bot look up user IDs without end", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;

  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  /** Types `count` user IDs at set-up's ID prompt (never a password), real and made up in turn. */
  async function typeIds(chat: TestChat, count: number, first = 0): Promise<string[]> {
    const replies: string[] = [];
    for (let i = first; i < first + count; i++) {
      await chat.send("/setup");
      await chat.send(i % 2 === 0 ? "S1002" : `S9${String(i).padStart(3, "0")}`);
      replies.push(chat.lastText);
    }
    return replies;
  }

  describe("at set-up", () => {
    beforeEach(async () => {
      clock = useSchoolClock();
      world = await TestWorld.create(HOUR_ONLY);
    });

    it("asks the directory about 60 IDs an hour from one chat, then says to wait, the same for real and made-up IDs", async () => {
      const looked = vi.spyOn(world.memoryDirectory, "findPerson");
      const prober = world.chat("prober");
      const replies = await typeIds(prober, 70);
      expect(looked).toHaveBeenCalledTimes(60);
      expect(replies.slice(0, 60).every((reply) => reply.includes("password"))).toBe(true);
      expect(replies[60]).toBe(`${WAIT} 60 minutes, or ask your form teacher for help.`);
      expect(new Set(replies.slice(60))).toEqual(new Set([replies[60]]));
      expect(await world.deps.store.attemptCountsOf("S1002")).toEqual([]);
      // The pause lasts until the oldest lookup leaves the hour.
      clock.advance(61 * MINUTE);
      const later = await typeIds(prober, 1);
      expect(later[0]).toContain("password");
    });

    it("another chat, and a child who mistypes her ID a few times, are not held back", async () => {
      await typeIds(world.chat("prober"), 70);
      const aisha = world.chat("aisha");
      await typeIds(aisha, 5, 1);
      await aisha.send("/setup");
      await aisha.send("S1002");
      await aisha.send(DEMO_PASSWORDS.S1002);
      expect(aisha.lastText).toContain("Great, it's you, Aisha Binte Rahman!");
    });

    it("gives back a lookup her right password proved: a family phone's set-ups do not use up its hour", async () => {
      const phone = world.chat("family-phone");
      await phone.send("/setup");
      await phone.send("S1002");
      await phone.send(DEMO_PASSWORDS.S1002);
      expect(phone.lastText).toContain("Great, it's you, Aisha Binte Rahman!");
      await phone.send("/cancel");
      // All 60 lookups of the hour are still there: the one that led to her link was given back.
      const replies = await typeIds(phone, 61, 1);
      expect(replies.slice(0, 60).every((reply) => reply.includes("password"))).toBe(true);
      expect(replies[60]).toContain(WAIT);
    });

    it("gives back no lookup of an ID already linked to the chat: her own password again and again is counted", async () => {
      const looped = world.chat("own-account-loop");
      const proveAgain = async () => {
        await looped.send("/setup");
        await looped.send("S1002");
        return looped.send(DEMO_PASSWORDS.S1002);
      };
      await proveAgain();
      expect(looped.lastText).toContain("Great, it's you, Aisha Binte Rahman!");
      // Each is a lookup and a login at the directory, and links nothing new: counted, as a made-up ID's.
      for (let i = 0; i < 60; i++) await proveAgain();
      await looped.send("/setup");
      await looped.send("S1002");
      expect(looped.lastText).toContain(WAIT);
    });

    it("gives back only her first link's lookup: /setup, her password, /logout again and again is counted", async () => {
      const looked = vi.spyOn(world.memoryDirectory, "findPerson");
      const cycler = world.chat("relink-loop");
      let atId = "";
      const relink = async () => {
        await cycler.send("/setup");
        await cycler.send("S1002");
        atId = cycler.lastText;
        await cycler.send(DEMO_PASSWORDS.S1002);
        const linked = cycler.lastText.includes("Great, it's you, Aisha Binte Rahman!");
        if (linked) await logOut(cycler);
        return linked;
      };
      let links = 0;
      for (let i = 0; i < 100 && (await relink()); i++) links++;
      // Each cycle is a lookup and a login at the directory, and the link it makes is undone at once: her
      // first link's lookup is given back, then the chat has its 60 of the hour.
      expect(links).toBe(61);
      expect(atId).toBe(`${WAIT} 60 minutes, or ask your form teacher for help.`);
      const before = looked.mock.calls.length;
      await cycler.send("/setup");
      await cycler.send("S1002");
      expect(looked.mock.calls.length).toBe(before);
    });

    it("gives back only her first link's lookup: her link moved between two chats again and again is counted", async () => {
      const chats = [world.chat("mover-a"), world.chat("mover-b")];
      let atId = "";
      const linkIn = async (chat: TestChat) => {
        await chat.send("/setup");
        await chat.send("S1002");
        atId = chat.lastText;
        await chat.send(DEMO_PASSWORDS.S1002);
        const linked = chat.lastText.includes("Great, it's you, Aisha Binte Rahman!");
        await chat.send("/cancel");
        return linked;
      };
      let links = 0;
      for (let i = 0; i < 200 && (await linkIn(chats[i % 2]!)); i++) links++;
      // Each move is a new link in that chat, but not her first: each chat's 60 of the hour, and one given back.
      expect(links).toBe(121);
      expect(atId).toContain(WAIT);
    });

    it("is a chat pause an admin can lift from another chat", async () => {
      const prober = world.chat("prober");
      await typeIds(prober, 61);
      expect(prober.lastText).toContain(WAIT);
      const admin = world.chat("admin-phone");
      await admin.send("/setup");
      await admin.send("A3001");
      await admin.send(DEMO_PASSWORDS.A3001);
      await admin.send("/unlock telegram:prober");
      expect(admin.lastText).toContain("telegram:prober");
      const after = await typeIds(prober, 1);
      expect(after[0]).toContain("password");
    });
  });

  describe("at a typed-ID reset (RESET_REQUIRES_LINKED_CHAT=false)", () => {
    beforeEach(async () => {
      clock = useSchoolClock();
      world = await TestWorld.create({ ...TYPED_ID_ROUTE, ...HOUR_ONLY });
    });

    it("asks the directory about 60 IDs an hour from one chat, then says to wait", async () => {
      const looked = vi.spyOn(world.memoryDirectory, "findPerson");
      const prober = world.chat("prober");
      const replies: string[] = [];
      for (let i = 0; i < 70; i++) {
        await prober.send("/reset");
        await prober.send(i % 2 === 0 ? "S1002" : `S9${String(i).padStart(3, "0")}`);
        replies.push(prober.lastText);
      }
      expect(looked).toHaveBeenCalledTimes(60);
      expect(replies[60]).toBe(`${WAIT} 60 minutes, or ask your form teacher for help.`);
    });
  });
});
