import { beforeEach, describe, expect, it } from "vitest";
import { MINUTE } from "../../../helpers/security-helpers.js";
import { teacherOnOwnPhone, type StaffOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const PAUSED_PART =
  "Set-up paused after too many wrong passwords:\n• Aisha Binte Rahman (S1002)\nIf it was them, /unlock and their ID lets them use /setup again now.";

/**
 * The first day of term: the children set up in class, and some type their password wrong three times, so
 * set-up for their ID pauses for an hour. Their form teacher's /coverage listed them only as "not set up
 * yet", beside those who had not tried, so she could not see whom /unlock would help.
 */
describe("/coverage on the first day of term, with a child whose set-up is paused", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    const aisha = world.chat("aisha-phone");
    for (let i = 0; i < 3; i++) {
      clock.advance(MINUTE);
      await aisha.send("/setup");
      await aisha.send("S1002");
      await aisha.send(`Wrong-Kite-${i}`);
    }
    expect(aisha.lastText).toContain("There were too many wrong passwords for this user ID.");
  });

  it("names her apart, with what the teacher can do, and no longer once the pause is lifted", async () => {
    await teacher.send("/coverage");
    expect(teacher.lastText).toContain(PAUSED_PART);
    // Still not set up: she is listed there too.
    expect(teacher.lastText).toContain("Not set up yet:\n• Aisha Binte Rahman (S1002)");
    await teacher.send("/unlock S1002");
    await teacher.send("/coverage");
    expect(teacher.lastText).not.toContain("Set-up paused");
  });

  it("says nothing about set-up pauses when there is none (the pause has ended by itself)", async () => {
    clock.advance(61 * MINUTE);
    await teacher.send("/coverage");
    expect(teacher.lastText).not.toContain("Set-up paused");
  });
});
