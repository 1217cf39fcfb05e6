import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { textsOf } from "../helpers/dialog-helpers.js";
import {
  alreadySetUp,
  answersFor,
  MINUTE,
  resetTranscript,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const DELETED = "I deleted that message. It may have been your password or a secret answer.";
const UNKNOWN = "I don't know that command.";
const MENU = "What would you like to do?";

/**
 * A password may start with "/". Typed ahead into the minutes after a reset ended at a secret question, one
 * that reads as an unknown command ("/tiger 2015") was answered "I don't know that command" and left in the
 * chat, where every other word nothing reads is deleted. Real commands and mistyped ones still work.
 */
describe("a password starting with / typed just after a reset ended at a secret question", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;
  let kid: TestChat;

  beforeEach(async () => {
    clock = useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    await resetTranscript(kid, "S1001", answersFor({}));
    expect(kid.lastText).toContain("Sorry, that didn't work.");
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  it("is deleted, told kindly, and gets the menu, not 'I don't know that command'", async () => {
    for (const text of [
      "/tiger 2015",
      "/mango tiger cloud 47",
      "/ilovecats",
      "/Garden-Lamp-21",
      "/tiger2015",
    ]) {
      const sent = await kid.send(text);
      expect(sent.deleteInbound, text).toBe(true);
      expect(textsOf(sent)[0], text).toBe(DELETED);
      expect(kid.lastText, text).toContain(MENU);
      expect(textsOf(sent).join("\n"), text).not.toContain(UNKNOWN);
    }
  });

  it("a real command, a mistyped one alone or with a short word, and /hello still work and stay", async () => {
    const help = await kid.send("/help");
    expect(help.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("Here is what I can do");
    const mistyped = await kid.send("/helpp");
    expect(mistyped.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("Did you mean /help?");
    const withClass = await kid.send("/strat 4A");
    expect(withClass.deleteInbound).toBe(false);
    expect(kid.lastText).toContain("Did you mean /start?");
    const hello = await kid.send("/hello");
    expect(hello.deleteInbound).toBe(false);
    expect(kid.lastText).toContain(UNKNOWN);
  });

  it("after the few minutes, such words are an unknown command again, and stay", async () => {
    clock.advance(4 * MINUTE);
    const later = await kid.send("/tiger 2015");
    expect(later.deleteInbound).toBe(false);
    expect(kid.lastText).toContain(UNKNOWN);
  });
});
