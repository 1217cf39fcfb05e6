import { afterEach, expect, it, vi } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { useSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/*
 * The admins' alert for a lifted set-up pause said each lift lets "3 more passwords" be tried, whatever
 * LINK_MAX_FAILURES the school set: with 2, an admin judging whether someone is guessing read a third more
 * than the bot allows. Since wrong passwords are limited over the day too, a lift clears both counts: the
 * day's number is what it gives back.
 */
let world: TestWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
  vi.useRealTimers();
});

it("a lifted set-up pause's alert names the day's number of tries it gives back (twice LINK_MAX_FAILURES)", async () => {
  useSchoolClock();
  world = await TestWorld.create({ LINK_MAX_FAILURES: "2", STAFF_PASSWORD_AGAIN_MINUTES: "0" });
  const teacher = await linkedOnOwnPhone(world, MRS_NG);
  const guesser = world.chat("guesser");
  for (let i = 0; i < 2; i++) {
    await guesser.send("/setup");
    await guesser.send("S1002");
    await guesser.send(`Wrong-${i}-Guess`);
  }
  await teacher.send("/unlock S1002");
  const [lifted] = world.alerts.ofKind("setup-pause-lifted");
  expect(lifted).toBeDefined();
  const words = formatAlert(lifted!, Date.now(), "en");
  // The lift clears the hour's count and the day's: 2 this hour, then 2 more the next, before the day's pause.
  expect(words).toContain("Each lift lets 4 more passwords be tried against the account within a day");
});

it("one raised by an older replica, without the number, still reads as the default's 3", () => {
  const words = formatAlert(
    { kind: "setup-pause-lifted", subject: "S1002", details: { by: "T2001", byRole: "teacher" } },
    Date.UTC(2026, 10, 30),
    "en",
  );
  expect(words).toContain("Each lift lets 3 more passwords be tried against the account within a day");
});
