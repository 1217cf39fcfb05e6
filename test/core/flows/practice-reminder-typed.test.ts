import { beforeEach, describe, expect, it, vi } from "vitest";
import { sendDueReminders } from "../../../src/core/flows/practice-reminder-flow.js";
import { openStep, WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import {
  DAY,
  DEMO_PASSWORDS,
  HOUR,
  type SchoolClock,
  worldOnSchoolClock,
} from "../../helpers/security-helpers.js";
import type { TestChat, TestWorld } from "../../helpers/test-world.js";

/*
 * The reminder later in the term comes alone, with one button: "Do you still remember your secret answers?
 * Tap the button to check." [Check that I remember]. A child who types instead of tapping writes "1", "one",
 * "first" or the button's words (第一个, satu, pertama, முதல்). Before, those were read against the start
 * menu, which she was not shown: "1" started a set-up ("Type your user ID"), and the words got the menu.
 * Now, right after the reminder (the last thing the bot showed the chat), they are its button: the check
 * starts. Not before it is sent, and not once the chat was shown anything else: on a family phone a brother
 * typing "1" to set up must not be asked his sister's questions, his misses counted against her.
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

  it("on the due day before the reminder is sent, '1' is the start menu's first button", async () => {
    clock.advance(120 * DAY - HOUR);
    expect(await sendDueReminders(world.deps)).toBe(0);
    await kid.send("hi");
    await kid.send("1");
    expect(kid.lastText).toContain("Type your user ID");
    expect(await openStep(world, kid)).toBe("setup.id");
  });

  it("once the chat was shown the start menu after the reminder, '1' is the menu's first button", async () => {
    await reminded();
    clock.advance(2 * DAY);
    await kid.send("/start");
    await kid.send("1");
    expect(kid.lastText).toContain("Type your user ID");
    expect(await openStep(world, kid)).toBe("setup.id");
  });

  it("once the chat answered something else after the reminder, 'first' is no longer its button", async () => {
    await reminded();
    await kid.send("hi");
    await kid.send("first");
    expect(await openStep(world, kid)).not.toBe("practice.remind");
  });

  it("on a family phone, '1' starts the check of the child whose reminder was just sent, not an older one's", async () => {
    // Her sister set up three days after her: her reminder went out three days ago, untapped; her sister's today.
    clock.advance(3 * DAY);
    await kid.setUp("S1002", DEMO_PASSWORDS.S1002, ["Rabbit", "Orange", "Dumplings"]);
    await kid.press("No thanks");
    clock.advance(117 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
    clock.advance(3 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
    await kid.send("1");
    expect(await openStep(world, kid)).toBe("practice.remind");
    const sisterAnswer = (text: string) =>
      text.includes("animal") ? "Rabbit" : text.includes("colour") ? "Orange" : "Dumplings";
    for (let i = 0; i < 3; i++) await kid.send(sisterAnswer(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
  });

  it("a reminder sent whose note could not be kept is logged as sent, its typed button as not working", async () => {
    vi.spyOn(world.deps.store, "noteReminderShown").mockRejectedValue(new Error("Redis is down"));
    await reminded();
    expect(world.logs.lines.join("\n")).not.toContain("could not send a practice reminder");
    expect(world.logs.lines.join("\n")).toContain("a practice reminder's button typed will not work");
    // Tapped, it works as ever.
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    expect(await openStep(world, kid)).toBe("practice.remind");
  });
});
