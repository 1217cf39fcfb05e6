import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  alreadySetUp,
  answersFor,
  countArgon2,
  DAY,
  HOUR,
  MINUTE,
  resetTranscript,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const ASK_TEACHER =
  "You have already made 3 new passwords in the last 30 days. Please ask your form teacher to help you this time.";

describe("at most 3 successful self-service resets per student in 30 days", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    clock = useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    argon = countArgon2();
  });
  afterEach(async () => {
    argon.restore();
    await world.close();
    vi.useRealTimers();
  });

  /** A whole reset with the right answers and a generated password; returns the new password. */
  async function resetWithGeneratedPassword(): Promise<string> {
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
    await kid.press("Make one for me");
    const password = String(kid.last.replies[0]?.text.params?.password);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    return password;
  }

  /** The refusal comes right after the id, before any question and without any argon2 work. */
  async function expectAskTeacher() {
    argon.reset();
    // Her own chat: she is told at once, with no id and no questions.
    const outcome = await kid.send("/reset");
    expect(kid.lastText).toBe(ASK_TEACHER);
    expect(outcome.replies.some((r) => r.text.key === "reset.askAnswer")).toBe(false);
    expect(kid.buttons).toEqual([]);
    expect(argon.verifications).toBe(0);
    // The dialog is over: the next message is not taken as an answer.
    await kid.send("Tiger");
    expect(kid.lastText).toContain("What would you like to do?");
  }

  it("the 4th reset within 30 days is refused with 'ask your teacher'; after 30 days it works again", async () => {
    const start = clock.now();
    await resetWithGeneratedPassword();
    clock.advance(DAY);
    await resetWithGeneratedPassword();
    clock.advance(DAY);
    const third = await resetWithGeneratedPassword();

    clock.advance(DAY);
    await expectAskTeacher();
    const events = await world.deps.store.recentAudit(100);
    expect(events.some((e) => e.event === "reset-capped" && e.subject === "S1001")).toBe(true);
    expect(await world.memoryDirectory.authenticate("S1001", third)).not.toBeNull();

    // Still refused just before the first reset is 30 days old.
    vi.setSystemTime(start + 30 * DAY - HOUR);
    await expectAskTeacher();

    vi.setSystemTime(start + 30 * DAY + MINUTE);
    await resetWithGeneratedPassword();
  });

  it("when resets do not need the linked chat, another chat is not told the cap: it gets the usual failure", async () => {
    await world.close();
    world = await TestWorld.create({ RESET_REQUIRES_LINKED_CHAT: "false" });
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    for (let i = 0; i < 3; i++) {
      await resetWithGeneratedPassword();
      clock.advance(HOUR);
    }
    const stranger = world.chat("someone-else");
    await resetTranscript(stranger, "S1001", answersFor(ANSWERS));
    expect(stranger.lastText).not.toContain("ask your form teacher to help you this time");
    expect(stranger.lastText).toContain("Sorry, that didn't work.");
  });
});
