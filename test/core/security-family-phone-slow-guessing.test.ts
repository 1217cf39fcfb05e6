import { beforeEach, describe, expect, it, vi } from "vitest";
import { DEMO_PASSWORDS, HOUR, type SchoolClock, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

/**
 * A family phone: Wei Ling (S1001) and her mother, Mrs Ng (T2001), a teacher. Every staff command there asks
 * for Mrs Ng's password; Wei Ling types two guesses an hour, under the hour's pause (3), to get her mother's
 * staff commands (a new password for any classmate).
 */
describe("wrong staff passwords on a family phone are limited over the day too", () => {
  let world: TestWorld;
  let clock: SchoolClock;
  let phone: TestChat;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
    phone = world.chat("mums-phone");
    await phone.send("/setup");
    await phone.send("S1001");
    await phone.send(DEMO_PASSWORDS.S1001);
    await phone.send("/cancel");
    await linkStaff(phone, MRS_NG);
  });

  it("two an hour reach the directory only 6 times in a day; then the step is paused and the admins hear", async () => {
    const asked = vi.spyOn(world.memoryDirectory, "authenticate");
    const replies: string[] = [];
    for (let hour = 0; hour < 5; hour++) {
      for (let i = 0; i < 2; i++) {
        await phone.send("/coverage");
        await phone.send(`Teach-Guess-${hour}-${i}`);
        replies.push(phone.lastText);
      }
      clock.advance(HOUR);
    }
    expect(replies.slice(0, 5).every((r) => r.includes("password, so nothing was done"))).toBe(true);
    expect(replies[5]).toContain("too many wrong passwords were typed here");
    // Told in hours: "1,320 minutes" tells her nothing.
    expect(replies[5]).toContain("in this chat for about 22 hours");
    expect(asked).toHaveBeenCalledTimes(6);
    const paused = world.alerts.ofKind("staff-password-paused");
    expect(paused).toEqual([
      expect.objectContaining({ subject: "T2001", details: expect.objectContaining({ failures: 6 }) }),
    ]);
    // Paused: even her right password is not asked for.
    await phone.send("/coverage");
    expect(phone.lastText).toContain("too many wrong passwords were typed here");
    expect(phone.lastText).not.toContain("4A");
    expect(phone.lastText).toContain("for about 19 hours");
  });
});
