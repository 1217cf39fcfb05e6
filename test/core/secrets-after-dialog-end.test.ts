import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { textsOf } from "../helpers/dialog-helpers.js";
import {
  alreadySetUp,
  answersFor,
  DEMO_PASSWORDS,
  MINUTE,
  resetTranscript,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const DELETED = "I deleted that message. It may have been your password or a secret answer.";
const MENU = "What would you like to do?";

/**
 * A reset or set-up that ends while she is at a secret prompt (or just before one: refused as it begins)
 * leaves her answers, typed quickly or queued by her phone, arriving with nothing open. For a few minutes
 * such words are deleted, with what to do next; commands, menu picks and small talk still work at once.
 */
describe("secrets typed just after a dialog ended at a secret prompt", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;
  let kid: TestChat;

  async function worldWith(env: Record<string, string> = {}) {
    world = await TestWorld.create(env);
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
  }

  beforeEach(() => {
    clock = useSchoolClock();
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  /** Each of `words` is deleted, told kindly, and gets the menu to go on from. */
  async function allDeleted(...words: string[]) {
    for (const text of words) {
      const sent = await kid.send(text);
      expect(sent.deleteInbound, text).toBe(true);
      expect(textsOf(sent)[0], text).toBe(DELETED);
      expect(kid.lastText, text).toContain(MENU);
    }
  }

  it("timed out at an answer prompt: the answers after the time-out notice are deleted too", async () => {
    await worldWith();
    await kid.send("/reset");
    expect(kid.lastText).toContain("?");
    clock.advance(16 * MINUTE);
    const first = await kid.send("Tiger");
    expect(first.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(MENU);
    expect(textsOf(first).join("\n")).toContain("We stopped because you were away for a while");
    await allDeleted("Purple", "Chicken rice");
    // Hello, a menu number and a command are read as before, and stay.
    const hello = await kid.send("hello");
    expect(hello.deleteInbound).toBe(false);
    const command = await kid.send("/help");
    expect(command.deleteInbound).toBe(false);
    // A few minutes on, words are kept again (and get the menu).
    clock.advance(4 * MINUTE);
    const later = await kid.send("Purple");
    expect(later.deleteInbound).toBe(false);
    expect(textsOf(later)[0]).not.toBe(DELETED);
  });

  it("timed out at a question's buttons (no secret prompt): only the first words are deleted, as before", async () => {
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
    await kid.send("/setup");
    await kid.send("S1001");
    await kid.send(DEMO_PASSWORDS.S1001);
    expect(kid.lastText).toContain("Choose question 1 of 3");
    clock.advance(16 * MINUTE);
    expect((await kid.send("Tiger")).deleteInbound).toBe(true);
    const next = await kid.send("Purple");
    expect(next.deleteInbound).toBe(false);
    expect(textsOf(next)[0]).not.toBe(DELETED);
  });

  it("refused at the cap as a reset begins: the answers she typed on are deleted", async () => {
    await worldWith({ RESET_MAX_SUCCESSES: "1" });
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    await kid.press("Make one for me");
    clock.advance(MINUTE);
    await kid.send("/reset");
    expect(kid.lastText).toContain("You have already made 1 new password");
    await allDeleted("Tiger", "Purple", "Chicken rice");
    // The start menu's button by number still works at once.
    const picked = await kid.send("3");
    expect(picked.deleteInbound).toBe(false);
  });

  it("paused after too many wrong answers: the answers after the pause are deleted", async () => {
    await worldWith();
    for (let i = 0; i < 5; i++) {
      clock.advance(10 * MINUTE);
      await resetTranscript(kid, "S1001", answersFor({}));
    }
    clock.advance(MINUTE);
    await kid.send("/reset");
    expect(kid.lastText).toContain("I have paused this for about 24 hours");
    await allDeleted("Tiger", "Purple", "Chicken rice");
  });

  it("ended on her last answer (wrong answers): the next, other words are deleted too", async () => {
    await worldWith();
    await resetTranscript(kid, "S1001", answersFor({}));
    expect(kid.lastText).toContain("Sorry, that didn't work.");
    await allDeleted("Purple", "Chicken rice");
  });
});
