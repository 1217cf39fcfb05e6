import { describe, expect, it } from "vitest";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import { weiLingSetUpOnOwnPhone } from "../helpers/dialog-helpers.js";
import { MINUTE, worldOnSchoolClock } from "../helpers/security-helpers.js";
import type { TestChat } from "../helpers/test-world.js";

/** Wei Ling answers her 3 questions at 10, 20 and 22 minutes into her reset (a slow reader). */
async function answerSlowly(kid: TestChat, advance: (ms: number) => void): Promise<void> {
  await kid.send("/reset");
  advance(10 * MINUTE);
  await kid.send("Tiger");
  advance(10 * MINUTE);
  await kid.send("Purple");
  advance(2 * MINUTE);
  await kid.send("Chicken rice");
  expect(kid.lastText).toContain("all 3 answers are right");
}

describe("the school system is down late in a reset (DIALOG_MAX_MINUTES=30)", () => {
  it("promises only the minutes left before the reset's 30 minutes are up, and keeps that promise", async () => {
    const { world, clock } = await worldOnSchoolClock();
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await answerSlowly(kid, clock.advance);

    world.directory.down = true;
    clock.advance(1 * MINUTE); // 23 minutes in: 7 are left
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("The school system is not answering");
    expect(kid.lastText).toContain("You don't need to answer the questions again for the next 7 minutes");
    expect(kid.lastText).not.toContain("15 minutes");

    world.directory.down = false;
    clock.advance(6 * MINUTE + 59_000);
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("Your new password is:");
    expect(kid.lastText).not.toContain("took too long");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).toBeNull();
  });

  it("makes no promise when only a few minutes are left, and says to start again with /reset", async () => {
    const { world, clock } = await worldOnSchoolClock();
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await answerSlowly(kid, clock.advance);

    world.directory.down = true;
    clock.advance(6 * MINUTE); // 28 minutes in: 2 are left
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("The school system is not answering");
    expect(kid.lastText).not.toContain("You don't need to answer the questions again");
    expect(kid.lastText).toContain("type /reset to start again");
    expect(kid.buttons).toEqual(["Make one for me", "I'll type my own"]);
  });
});
