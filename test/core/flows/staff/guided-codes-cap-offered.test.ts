import { afterEach, describe, expect, it, vi } from "vitest";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { MINUTE, useSchoolClock } from "../../../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG } from "../../../helpers/staff-helpers.js";
import { TestWorld } from "../../../helpers/test-world.js";

/*
 * With the student's 3 codes of the hour used up, /guided still offered "Send a code to their chat", and
 * the refusal came only after tapping it. Now the routes offered are only those that work: the cap, when
 * the next code can go, and the in-person route, from the start.
 */
describe("guided codes used up: the code route is not offered", () => {
  let world: TestWorld;
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  it("/guided after 3 codes in the hour: the cap and when it frees up, and only the in-person route", async () => {
    const clock = useSchoolClock();
    world = await TestWorld.create({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    await weiLingSetUpOnOwnPhone(world);
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    for (let i = 0; i < 3; i++) {
      await teacher.send("/guided S1001");
      await teacher.press("Send a code");
      await teacher.send("/cancel");
      clock.advance(10 * MINUTE);
    }
    await teacher.send("/guided S1001");
    expect(teacher.buttons).toEqual(["They can't use their chat", "Cancel"]);
    expect(teacher.lastText).toBe(
      "Let's get Tan Wei Ling a new password. Tan Wei Ling has been sent as many codes in the last hour as one student may get, so I can't send a code now: the next one can go in about 30 minutes. " +
        'If you have checked Tan Wei Ling in person, you can choose "They can\'t use their chat": that unlinks their chat, and I show a new password here.',
    );
  });
});
