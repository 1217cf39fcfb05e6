import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_PASSWORDS, HOUR, type SchoolClock, worldOnSchoolClock } from "../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

const PAUSED = "There were too many wrong passwords for this user ID.";

/**
 * A classmate who wants Aisha's account guesses her directory password at /setup, two an hour from her
 * own phone: always under the hour's limit (3), so before, no pause ever came and the admins never heard.
 */
describe("set-up's wrong passwords for one ID are limited over the day too", () => {
  let world: TestWorld;
  let clock: SchoolClock;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
  });

  /** /setup, the ID and a wrong password: what the bot said after the ID and after the password. */
  async function wrongSetup(chat: TestChat, id: string, guess: string): Promise<string> {
    await chat.send("/setup");
    await chat.send(id);
    const afterId = chat.lastText;
    await chat.send(guess);
    return `${afterId}\n${chat.lastText}`;
  }

  it("two wrong passwords an hour reach the directory only 6 times in a day, then set-up waits and the admins hear", async () => {
    const classmate = world.chat("classmate");
    const asked = vi.spyOn(world.memoryDirectory, "authenticate");
    const replies: string[] = [];
    for (let hour = 0; hour < 5; hour++) {
      for (let i = 0; i < 2; i++) replies.push(await wrongSetup(classmate, "S1002", `Guess-${hour}-${i}`));
      clock.advance(HOUR);
    }
    expect(replies.slice(0, 5).every((r) => r.includes("that user ID and password don't match"))).toBe(true);
    // The sixth wrong password of the day pauses set-up for her ID until the first leaves the day.
    expect(replies[5]).toContain(PAUSED);
    expect(asked).toHaveBeenCalledTimes(6);
    expect(replies.slice(6).every((r) => r.includes(PAUSED))).toBe(true);
    // The alert is raised after the reply (its link-holder read must not slow a real ID's reply).
    await world.engine.settled();
    expect(world.alerts.ofKind("link-paused")).toEqual([
      expect.objectContaining({ subject: "S1002", details: expect.objectContaining({ failures: 6 }) }),
    ]);

    // Her own right password waits too (the directory is not asked); her form teacher's /unlock lifts it.
    const aisha = world.chat("aisha");
    await aisha.send("/setup");
    await aisha.send("S1002");
    expect(aisha.lastText).toContain(PAUSED);
    expect(asked).toHaveBeenCalledTimes(6);
    const teacher = world.chat("teacher");
    await teacher.send("/setup");
    await teacher.send("T2001");
    await teacher.send(DEMO_PASSWORDS.T2001);
    await teacher.send("/unlock S1002");
    await aisha.send("/setup");
    await aisha.send("S1002");
    await aisha.send(DEMO_PASSWORDS.S1002);
    expect(aisha.lastText).toContain("Great, it's you, Aisha Binte Rahman!");
  });

  it("a made-up ID is paused over the day in the same words and minutes", async () => {
    const seen = async (id: string) => {
      const out: string[] = [];
      for (let hour = 0; hour < 4; hour++) {
        for (let i = 0; i < 2; i++) out.push(await wrongSetup(world.chat(`${id}-guesser`), id, `Guess-${i}`));
        clock.advance(HOUR);
      }
      return out;
    };
    const real = await seen("S1003");
    clock.advance(2 * 24 * HOUR);
    const madeUp = await seen("Q9999");
    expect(madeUp).toEqual(real);
    // Until the first wrong password leaves the day: 22 hours after the sixth, told in hours.
    expect(real[5]).toContain(
      `${PAUSED} Please wait about 22 hours, then try again. Or ask your form teacher.`,
    );
    // The alert is raised after the reply (its link-holder read must not slow a real ID's reply).
    await world.engine.settled();
    expect(world.alerts.ofKind("link-paused").map((a) => a.subject)).toEqual(["S1003"]);
  });
});
