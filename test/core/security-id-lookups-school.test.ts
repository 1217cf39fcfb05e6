import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Limits } from "../../src/core/limits/limits.js";
import type { Store } from "../../src/core/ports/store.js";
import { withBigClass } from "../helpers/big-class.js";
import {
  DEMO_PASSWORDS,
  MINUTE,
  TYPED_ID_ROUTE,
  UNPACED_ID_LOOKUPS,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const BUSY = "I'm very busy right now. Nothing was changed. Please try again in a few minutes.";
const CEILING = { SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE: "20" } as const;
/** One chat may then spend its hour in a minute, as one chat account could before the minute's pace. */
const HOUR_ONLY = UNPACED_ID_LOOKUPS;

/**
 * Each chat may have 60 user IDs looked up an hour (a connection, a login and two searches on LDAP each),
 * but chat accounts are cheap: one person with many of them had the bot hammer the school's directory, 60 an
 * hour per account, with nothing school-wide to stop it or tell the admins.
 */
describe("many chat accounts cannot make the bot hammer the directory with ID lookups", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;

  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  async function typeId(chat: TestChat, id: string, command = "/setup"): Promise<string> {
    await chat.send(command);
    await chat.send(id);
    return chat.lastText;
  }

  describe("at set-up", () => {
    beforeEach(async () => {
      clock = useSchoolClock();
      world = await TestWorld.create(CEILING, await withBigClass());
    });

    it("looks up at most SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE a minute from all chats together, then says it is busy, and tells the admins once", async () => {
      const looked = vi.spyOn(world.deps.directory, "findPerson");
      const replies: string[] = [];
      for (let i = 0; i < 30; i++)
        replies.push(await typeId(world.chat(`account-${i}`), `S9${String(i).padStart(3, "0")}`));
      expect(looked).toHaveBeenCalledTimes(20);
      expect(replies.slice(0, 20).every((reply) => reply.includes("password"))).toBe(true);
      expect(new Set(replies.slice(20))).toEqual(new Set([BUSY]));
      expect(world.alerts.ofKind("id-lookup-flood")).toEqual([
        expect.objectContaining({ subject: "school", details: expect.objectContaining({ perMinute: 20 }) }),
      ]);
      // A refused lookup is none of the chat's 60 an hour: it was not made.
      expect(
        await world.deps.limits.blockedUntil("id-lookups", "telegram:account-25", clock.now()),
      ).toBeNull();
      // The next minute a child is served.
      clock.advance(MINUTE);
      const aisha = world.chat("aisha");
      await typeId(aisha, "S1002");
      await aisha.send(DEMO_PASSWORDS.S1002);
      expect(aisha.lastText).toContain("Great, it's you, Aisha Binte Rahman!");
    });

    it("a class setting up together is not held back: a lookup that led to a link is given back", async () => {
      for (let i = 0; i < 40; i++) {
        const kid = world.chat(`kid-${i}`);
        await typeId(kid, `S9${String(i).padStart(3, "0")}`);
        await kid.send(`Pw-x-${i}-abcdef`);
        expect(kid.lastText).toContain("Great, it's you");
        await kid.send("/cancel");
      }
      expect(world.alerts.ofKind("id-lookup-flood")).toEqual([]);
    });

    it("a chat at its own hourly pause uses none of the school's minute", async () => {
      await world.close();
      world = await TestWorld.create({ ...CEILING, ...HOUR_ONLY }, await withBigClass());
      const prober = world.chat("prober");
      for (let i = 0; i < 60; i++) {
        await typeId(prober, "S9001");
        if (i % 15 === 14) clock.advance(MINUTE);
      }
      clock.advance(MINUTE);
      for (let i = 0; i < 50; i++)
        expect(await typeId(prober, "S9002")).toContain("too many tries from this chat");
      expect(await typeId(world.chat("kid"), "S9003")).toContain("password");
    });
  });

  it("holds where the two counts cannot be one step (a Redis Cluster): a refused lookup is not the chat's", async () => {
    clock = useSchoolClock();
    world = await TestWorld.create({ ...CEILING, ...HOUR_ONLY }, await withBigClass());
    const apart = Object.create(world.deps.store) as Store;
    apart.countFailureThen = undefined;
    world.deps.limits = new Limits(apart, world.deps.limits.rules, world.deps.alerts);
    const replies: string[] = [];
    for (let i = 0; i < 25; i++)
      replies.push(await typeId(world.chat("one-account"), `S9${String(i).padStart(3, "0")}`));
    for (let i = 0; i < 25; i++) replies.push(await typeId(world.chat(`account-${i}`), "S9100"));
    expect(replies.filter((reply) => reply === BUSY)).toHaveLength(30);
    clock.advance(MINUTE);
    // Only its 20 lookups that were made count in the chat's hour: 40 more fit before its pause.
    for (let minute = 0; minute < 2; minute++) {
      for (let i = 0; i < 20; i++)
        expect(await typeId(world.chat("one-account"), "S9101")).toContain("password");
      clock.advance(MINUTE);
    }
    expect(await typeId(world.chat("one-account"), "S9101")).toContain("too many tries from this chat");
  });

  it("holds at the typed-ID reset too", async () => {
    clock = useSchoolClock();
    world = await TestWorld.create({ ...TYPED_ID_ROUTE, ...CEILING });
    const replies: string[] = [];
    for (let i = 0; i < 25; i++) replies.push(await typeId(world.chat(`account-${i}`), "S1002", "/reset"));
    expect(replies.slice(20)).toEqual(Array(5).fill(BUSY));
    expect(replies[19]).not.toBe(BUSY);
  });
});
