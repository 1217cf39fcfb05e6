import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Limits } from "../../src/core/limits/limits.js";
import type { Store } from "../../src/core/ports/store.js";
import { withBigClass } from "../helpers/big-class.js";
import { DEMO_PASSWORDS, MINUTE, TYPED_ID_ROUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const WAIT_A_MINUTE =
  "There have been too many tries from this chat. Please wait 1 minute, or ask your form teacher for help.";
const PER_CHAT_MINUTE = 5;

/**
 * A chat may have 60 user IDs looked up an hour, but it could spend all 60 in one minute: ten chat accounts
 * then filled the school's whole minute (SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE, 600), and every child in the school
 * setting up that minute was told the bot was very busy.
 */
describe("one chat cannot spend its hour of ID lookups in one minute", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;

  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  /** Types `count` user IDs at the ID prompt (never a password), real and made up in turn. */
  async function typeIds(chat: TestChat, count: number, command = "/setup"): Promise<string[]> {
    const replies: string[] = [];
    for (let i = 0; i < count; i++) {
      await chat.send(command);
      await chat.send(i % 2 === 0 ? "S1002" : `S8${String(i).padStart(3, "0")}`);
      replies.push(chat.lastText);
    }
    return replies;
  }

  async function schoolMinute(): Promise<number> {
    const rule = world.deps.limits.rules["school-id-lookups"];
    return (await world.deps.store.failureTimes("school-id-lookups", "school", clock.now(), rule)).length;
  }

  describe("at set-up", () => {
    beforeEach(async () => {
      clock = useSchoolClock();
      world = await TestWorld.create();
    });

    it("looks up 5 IDs a minute from one chat, then asks it to wait a minute, the same for real and made-up IDs, and the school's minute counts only those 5", async () => {
      const looked = vi.spyOn(world.memoryDirectory, "findPerson");
      const replies = await typeIds(world.chat("prober"), 60);
      expect(looked).toHaveBeenCalledTimes(PER_CHAT_MINUTE);
      expect(replies.slice(0, PER_CHAT_MINUTE).every((reply) => reply.includes("password"))).toBe(true);
      // Real (even i) and made-up (odd i) IDs hear the same words.
      expect(new Set(replies.slice(PER_CHAT_MINUTE))).toEqual(new Set([WAIT_A_MINUTE]));
      expect(await schoolMinute()).toBe(PER_CHAT_MINUTE);
      // A minute later the chat is served again: the rest of its hour is still there.
      clock.advance(MINUTE);
      expect(
        (await typeIds(world.chat("prober"), PER_CHAT_MINUTE)).every((r) => r.includes("password")),
      ).toBe(true);
    });

    it("a child who mistypes her ID 3 times in a minute is not slowed", async () => {
      const aisha = world.chat("aisha");
      for (const mistyped of ["S1O02", "S10002", "S1020"]) {
        await aisha.send("/setup");
        await aisha.send(mistyped);
        await aisha.send(DEMO_PASSWORDS.S1002);
        expect(aisha.lastText).not.toContain("wait");
      }
      await aisha.send("/setup");
      await aisha.send("S1002");
      await aisha.send(DEMO_PASSWORDS.S1002);
      expect(aisha.lastText).toContain("Great, it's you, Aisha Binte Rahman!");
    });
  });

  it("many chat accounts need many more to fill the school's minute", async () => {
    clock = useSchoolClock();
    world = await TestWorld.create({ SCHOOL_MAX_ID_LOOKUPS_PER_MINUTE: "20" }, await withBigClass());
    for (let i = 0; i < 3; i++) await typeIds(world.chat(`account-${i}`), 60);
    expect(await schoolMinute()).toBe(3 * PER_CHAT_MINUTE);
    expect(world.alerts.ofKind("id-lookup-flood")).toEqual([]);
    const kid = world.chat("kid");
    await kid.send("/setup");
    await kid.send("S9001");
    expect(kid.lastText).toContain("password");
  });

  it("holds where the two counts cannot be one step (a Redis Cluster)", async () => {
    clock = useSchoolClock();
    world = await TestWorld.create();
    const apart = Object.create(world.deps.store) as Store;
    apart.countFailureThen = undefined;
    world.deps.limits = new Limits(apart, world.deps.limits.rules, world.deps.alerts);
    const looked = vi.spyOn(world.memoryDirectory, "findPerson");
    const replies = await typeIds(world.chat("prober"), 60);
    expect(looked).toHaveBeenCalledTimes(PER_CHAT_MINUTE);
    expect(new Set(replies.slice(PER_CHAT_MINUTE))).toEqual(new Set([WAIT_A_MINUTE]));
    expect(await schoolMinute()).toBe(PER_CHAT_MINUTE);
  });

  it("holds at the typed-ID reset too", async () => {
    clock = useSchoolClock();
    world = await TestWorld.create(TYPED_ID_ROUTE);
    const looked = vi.spyOn(world.memoryDirectory, "findPerson");
    const replies = await typeIds(world.chat("prober"), 60, "/reset");
    expect(looked).toHaveBeenCalledTimes(PER_CHAT_MINUTE);
    expect(new Set(replies.slice(PER_CHAT_MINUTE))).toEqual(new Set([WAIT_A_MINUTE]));
    expect(await schoolMinute()).toBe(PER_CHAT_MINUTE);
  });
});
