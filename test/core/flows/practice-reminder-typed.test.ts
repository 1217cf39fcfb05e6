import { beforeEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../../src/core/flows/practice-reminder-flow.js";
import { openStep, WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { DAY, type SchoolClock, worldOnSchoolClock } from "../../helpers/security-helpers.js";
import type { TestChat, TestWorld } from "../../helpers/test-world.js";

/*
 * The reminder later in the term comes alone, with one button: "Do you still remember your secret answers?
 * Tap the button to check." [Check that I remember]. A child who types instead of tapping writes "1", "one",
 * "first" or the button's words (第一个, satu, pertama, முதல்). Before, those were read against the start
 * menu, which she was not shown: "1" started a set-up ("Type your user ID"), and the words got the menu.
 * Now, while her reminder is open and unused, they are its button: the check starts.
 */
describe("the practice reminder's button typed instead of tapped", () => {
  let world: TestWorld;
  let clock: SchoolClock;
  let kid: TestChat;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
    kid = world.chat("wei-ling");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
  });

  async function reminded(): Promise<void> {
    clock.advance(120 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
  }

  it.each([
    ...["1", "1.", "one", "first", "the first one", "Check that I remember", "check that i remember!"],
    ...[
      "１",
      "一",
      "第一个",
      "看看我记不记得",
      "satu",
      "pertama",
      "yang pertama",
      "Semak sama ada saya ingat",
      "௧",
      "ஒன்று",
      "முதல்",
      "நினைவிருக்கிறதா பார்",
    ],
  ])("'%s' starts the check, as tapping the button does", async (typed) => {
    await reminded();
    await kid.send(typed);
    expect(await openStep(world, kid)).toBe("practice.remind");
    expect(kid.lastText).not.toContain("Type your user ID");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
  });

  it("once the check is done, '1' is the start menu's first button again", async () => {
    await reminded();
    await kid.send("1");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send("1");
    expect(kid.lastText).toContain("Type your user ID");
    expect(await openStep(world, kid)).toBe("setup.id");
  });

  it("with no reminder open, '1' is the start menu's first button", async () => {
    clock.advance(60 * DAY);
    await kid.send("1");
    expect(kid.lastText).toContain("Type your user ID");
  });
});
