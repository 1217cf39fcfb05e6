import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_PASSWORDS, MINUTE, type SchoolClock, worldOnSchoolClock } from "../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

const PAUSED = "There were too many wrong passwords for this user ID. Please try again in";

describe("set-up cannot push an account into the directory's lockout, and says so honestly", () => {
  let world: TestWorld;
  let clock: SchoolClock;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
  });

  async function wrongSetup(chat: TestChat, id: string): Promise<string> {
    await chat.send("/setup");
    await chat.send(id);
    await chat.send("Guess-1234");
    return chat.lastText;
  }

  it("after 3 wrong passwords for one id, from any chats, the next try is told to wait, and the directory is not asked", async () => {
    const replies: string[] = [];
    for (const name of ["a", "b", "c"]) {
      replies.push(await wrongSetup(world.chat(`prober-${name}`), "S1002"));
      clock.advance(10 * MINUTE);
    }
    expect(replies[0]).toContain("that user ID and password don't match");
    expect(replies[2]).toContain(`${PAUSED} 40 minutes, or ask your form teacher.`);
    // The alert is raised after the reply (its link-holder read must not slow a real ID's reply).
    await world.engine.settled();
    expect(world.alerts.ofKind("link-paused")).toEqual([
      expect.objectContaining({
        subject: "S1002",
        details: expect.objectContaining({
          chats: "telegram:prober-a, telegram:prober-b, telegram:prober-c",
        }),
      }),
    ]);

    const asked = vi.spyOn(world.memoryDirectory, "authenticate");
    const aisha = world.chat("aisha");
    await aisha.send("/setup");
    await aisha.send("S1002");
    expect(aisha.lastText).toBe(`${PAUSED} 30 minutes, or ask your form teacher.`);
    expect(asked).not.toHaveBeenCalled();

    // The pause lasts until the oldest wrong password leaves the 60-minute window, not an hour from the last.
    clock.advance(30 * MINUTE);
    await aisha.send("/setup");
    await aisha.send("S1002");
    await aisha.send(DEMO_PASSWORDS.S1002);
    expect(aisha.lastText).toContain("Great, it's you, Aisha Binte Rahman!");
  });

  it("made-up ids are counted and paused in exactly the same words and minutes", async () => {
    const seen = async (id: string) => {
      const out: string[] = [];
      for (const name of ["a", "b", "c"]) out.push(await wrongSetup(world.chat(`${id}-${name}`), id));
      const late = world.chat(`${id}-late`);
      await late.send("/setup");
      await late.send(id);
      out.push(late.lastText);
      return out;
    };
    const real = await seen("S1003");
    const madeUp = await seen("Q9999");
    expect(madeUp).toEqual(real);
    // The admins hear of the real account's pause only: a made-up id's protects nobody.
    // The alert is raised after the reply (its link-holder read must not slow a real ID's reply).
    await world.engine.settled();
    expect(world.alerts.ofKind("link-paused").map((a) => a.subject)).toEqual(["S1003"]);
    expect(real[2]).toContain(PAUSED);
    expect(real[3]).toContain(PAUSED);
    const madeUpKeys = await world.redis.keys(`${world.prefix}*unknown*`);
    expect(madeUpKeys.length).toBeGreaterThan(0);
    for (const key of madeUpKeys) expect(await world.redis.pttl(key)).toBeGreaterThan(0);
  });

  // The directories match a typed id more loosely than by case: OpenLDAP takes "gİna" (a Turkish capital İ)
  // for "gina", and OpenLDAP and Active Directory alike take "mary  ann" for "mary ann"; a real id's spellings
  // then share the pause of the one person found. A made-up id's must too, or the pause would tell them apart.
  it.each([
    ["Qİ999", "qi999"],
    ["Q  9 9", "q 9 9"],
    ["Q\u2003\u00a09", "Q 9"],
  ])("a made-up id written as %j is paused with %j, as a real id's spellings are", async (first, second) => {
    for (const name of ["a", "b", "c"]) await wrongSetup(world.chat(`spell-${name}`), first);
    const late = world.chat("spell-late");
    await late.send("/setup");
    await late.send(second);
    expect(late.lastText).toContain(PAUSED);
  });

  it("many chats typing passwords at once never give the directory more than 3 wrong ones", async () => {
    const asked = vi.spyOn(world.memoryDirectory, "authenticate");
    const chats = Array.from({ length: 8 }, (_, i) => world.chat(`crowd-${i}`));
    for (const chat of chats) {
      await chat.send("/setup");
      await chat.send("S1004");
    }
    await Promise.all(chats.map((chat) => chat.send("Guess-1234")));
    expect(asked.mock.calls.filter(([id]) => id === "S1004")).toHaveLength(3);
    expect(chats.filter((c) => c.lastText.includes(PAUSED))).toHaveLength(6);
  });

  it("the student's own right password takes back its reserved try, so classmates' tries do not add up with it", async () => {
    await wrongSetup(world.chat("classmate"), "S1002");
    const aisha = world.chat("aisha");
    await aisha.send("/setup");
    await aisha.send("S1002");
    await aisha.send(DEMO_PASSWORDS.S1002);
    expect(aisha.lastText).toContain("Great, it's you");
    await aisha.send("/cancel");
    await wrongSetup(world.chat("classmate"), "S1002");
    expect(await wrongSetup(world.chat("classmate-2"), "S1002")).toContain(PAUSED);
  });
});
