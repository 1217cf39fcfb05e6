import { afterEach, describe, expect, it, vi } from "vitest";
import type { Outcome } from "../../src/core/messages.js";
import { reachNewPasswordChoice, WEI_LING } from "../helpers/dialog-helpers.js";
import { useSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/** The password a reply of `outcome` shows (a reset's "Make one for me", or a guided reset's). */
function shownPassword(outcome: Outcome): string {
  const shown = outcome.replies.find((r) => typeof r.text.params?.password === "string");
  if (shown === undefined) throw new Error("no password shown");
  return String(shown.text.params?.password);
}

/**
 * A school that asks for longer passwords (PASSWORD_MIN_LENGTH=24): the bot's own passwords meet the length
 * it asks of a child's. Before, "Make one for me" made 14 to 30 letters whatever the setting, and a
 * directory with the same rule refused it.
 */
describe("a made password where the school asks for 24 letters or more", () => {
  let world: TestWorld;
  afterEach(async () => {
    vi.useRealTimers();
    await world.close();
  });

  it("is at least 24 long at a reset's 'Make one for me', and set", async () => {
    world = await TestWorld.create({ PASSWORD_MIN_LENGTH: "24" });
    const kid = world.chat();
    await reachNewPasswordChoice(kid);
    const outcome = await kid.press("Make one for me");
    const password = shownPassword(outcome);
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
  });

  it("is at least 24 long at a guided reset", async () => {
    useSchoolClock();
    world = await TestWorld.create({ PASSWORD_MIN_LENGTH: "24" });
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await teacher.send("/guided S1001");
    await teacher.press("I checked them in person");
    const outcome = await teacher.press("Yes, I checked");
    const password = shownPassword(outcome);
    expect(password.length).toBeGreaterThanOrEqual(24);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
  });
});
