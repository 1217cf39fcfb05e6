import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  WEI_LING,
  WEI_LING_ANSWERS,
  buttonIn,
  openStep,
  textsOf,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { sendDueReminders } from "../../src/core/flows/practice-reminder-flow.js";
import { DAY, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * A command that starts something new (/reset, /setup, a staff command, an old menu button) in the middle
 * of set-up, after the password linked the chat, first says what the set-up leaves, as /cancel would.
 */
describe("a new command in the middle of set-up says what set-up left first", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** Wei Ling proves her password in set-up (her first, unless she set up before) and picks a question. */
  async function pastThePassword(kid: TestChat): Promise<void> {
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.press("favourite animal");
  }

  /** Wei Ling has set up her questions in this chat and said no to the practice round. */
  async function setUpBefore(kid: TestChat): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
  }

  it("/reset in a first set-up says the questions were not saved, then starts the reset", async () => {
    const kid = world.chat();
    await pastThePassword(kid);
    const texts = textsOf(await kid.send("/reset"));
    expect(texts[0]).toContain(
      "This chat is linked to your account, but I did not save any new secret questions.",
    );
    expect(texts.slice(1).join("\n")).toContain("You have not set up your secret questions yet,");
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toBeNull();
  });

  it("/reset in a set-up run again says the old questions still work, and the reset asks them", async () => {
    const kid = world.chat();
    await setUpBefore(kid);
    await pastThePassword(kid);
    const texts = textsOf(await kid.send("/reset"));
    expect(texts[0]).toContain("I did not change your secret questions. Your old ones still work.");
    expect(texts.slice(1).join("\n")).toContain("Hi Tan Wei Ling! Let's make you a new password.");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("/setup in a first set-up says it starts again and nothing is saved yet, then asks the user ID", async () => {
    const kid = world.chat();
    await pastThePassword(kid);
    const texts = textsOf(await kid.send("/setup"));
    expect(texts[0]).toBe("Okay, let's start again from the beginning. No secret questions are saved yet.");
    expect(texts.slice(1).join("\n")).toContain("Type your user ID");
    expect(texts.join("\n")).not.toContain("Type /setup to start again");
    expect(await openStep(world, kid)).toBe("setup.id");
  });

  it("/setup in a set-up run again says the old questions work until new ones are saved", async () => {
    const kid = world.chat();
    await setUpBefore(kid);
    await pastThePassword(kid);
    const texts = textsOf(await kid.send("/setup"));
    expect(texts[0]).toBe(
      "Okay, let's start again from the beginning. Your old secret questions still work until you save new ones.",
    );
    expect(texts.slice(1).join("\n")).toContain("Type your user ID");
  });

  it("an old menu button there says it too; a student's staff command stops nothing; before the password, nothing was done", async () => {
    const student = world.chat("student");
    const menu = await student.send("/start");
    await pastThePassword(student);
    const staffOnly = textsOf(await student.send("/unlock S1002"));
    expect(staffOnly[0]).toContain("Only teachers and admins can use that.");
    expect(staffOnly.join("\n")).not.toContain("I did not save any new secret questions");
    expect(staffOnly.at(-1)).toContain("What is your favourite animal?");

    const pressed = textsOf(await student.deliver({ choice: buttonIn(menu, "I forgot my password") }));
    expect(pressed[0]).toContain("I did not save any new secret questions");

    // At the password prompt nothing is linked yet: the new command simply runs.
    const early = world.chat("early");
    await early.send("/setup");
    await early.send(WEI_LING.id);
    const texts = textsOf(await early.send("/setup"));
    expect(texts[0]).toBe("Let's get you set up. First, I need to check that it's you.");
  });

  it("the practice reminder's button pressed there says it too, then checks the old answers", async () => {
    const clock = useSchoolClock();
    try {
      const kid = world.chat();
      await setUpBefore(kid);
      clock.advance(120 * DAY);
      await sendDueReminders(world.deps);
      const reminder = world.notices.at(-1)!.reply.choices![0]!.id;
      await pastThePassword(kid);
      const texts = textsOf(await kid.deliver({ choice: reminder }));
      expect(texts[0]).toContain("Your old ones still work.");
      expect(await openStep(world, kid)).toBe("practice.remind");
    } finally {
      vi.useRealTimers();
    }
  });

  it("/help and /language there keep the set-up where it was, with no notice", async () => {
    const kid = world.chat();
    await pastThePassword(kid);
    for (const command of ["/help", "/language"]) {
      const texts = textsOf(await kid.send(command));
      expect(texts.join("\n")).not.toContain("I did not save");
      expect(await openStep(world, kid)).toBe("setup.answer");
    }
  });
});
