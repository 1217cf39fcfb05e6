import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sendDueReminders } from "../../src/core/flows/practice-reminder-flow.js";
import {
  alreadySetUp,
  answersFor,
  DAY,
  resetTranscript,
  TYPED_ID_ROUTE,
  useSchoolClock,
  UNPACED_ID_LOOKUPS,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const WRONG = answersFor({ animal: "Tiger", colour: "Purple", food: "Pizza" });
const TRY_AGAIN = "Type /reset to try again";
const TOO_MANY_TRIES = "There have been too many tries from this chat.";

/**
 * The wrong answer that starts a pause says so there and then, with how long and who can help: not "try
 * again with /reset", to learn the wait only at the next /reset.
 */
describe("a pause is told by the answer that starts it", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    useSchoolClock();
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  async function schoolWith(env: Record<string, string> = {}): Promise<void> {
    world = await TestWorld.create(env);
    kid = world.chat("wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
  }

  it("the fifth wrong reset tells the child at once: paused for 24 hours, and the form teacher can help", async () => {
    await schoolWith();
    for (let i = 0; i < 3; i++) {
      await resetTranscript(kid, "S1001", WRONG);
      expect(kid.lastText).toContain(TRY_AGAIN);
    }
    // The fourth warns that the next wrong one pauses it (last-try-warning.test.ts).
    await resetTranscript(kid, "S1001", WRONG);
    expect(kid.lastText).toContain("Careful: if your next try is wrong too");
    await resetTranscript(kid, "S1001", WRONG);
    expect(kid.lastText).toContain("Sorry, that didn't work.");
    expect(kid.lastText).toContain("24 hours");
    expect(kid.lastText).toContain("form teacher");
    expect(kid.lastText).not.toContain(TRY_AGAIN);
  });

  it("in the child's own language", async () => {
    await schoolWith();
    await kid.send("/language");
    await kid.press("中文");
    await world.failStudent("S1001", 4);
    await resetTranscript(kid, "S1001", WRONG);
    expect(kid.lastText).toContain("24 小时");
    expect(kid.lastText).toContain("班主任");
    expect(kid.lastText).not.toContain("输入 /reset 再试一次");
  });

  it("another chat that suspends a real student (typed-ID route) hears what a made-up ID's would", async () => {
    await schoolWith(TYPED_ID_ROUTE);
    const prober = world.chat("prober");
    const other = world.chat("other-prober");
    for (let i = 0; i < 5; i++) {
      await resetTranscript(prober, "S1001", WRONG);
      await resetTranscript(other, "Q9001", WRONG);
    }
    expect(world.alerts.ofKind("suspension")).toHaveLength(1);
    expect(prober.lastText).toBe(other.lastText);
    expect(prober.lastText).toContain(TRY_AGAIN);
  });

  it("the failed reset that pauses the chat says how long to wait", async () => {
    await schoolWith(TYPED_ID_ROUTE);
    const prober = world.chat("prober");
    for (const id of ["S1001", "S1002", "S1003", "S1004"]) await resetTranscript(prober, id, WRONG);
    await resetTranscript(prober, "S1005", WRONG);
    expect(prober.lastText).toContain("Sorry, that didn't work.");
    expect(prober.lastText).toContain(TOO_MANY_TRIES);
    expect(prober.lastText).toContain("60 minutes");
    expect(prober.lastText).not.toContain(TRY_AGAIN);
  });

  it("the answer check that uses up the chat's budget says how long to wait, not the next question", async () => {
    await schoolWith({ ...TYPED_ID_ROUTE, ...UNPACED_ID_LOOKUPS });
    const prober = world.chat("prober");
    for (let i = 0; i < 29; i++) {
      await prober.send("/reset");
      await prober.send(`Q${9000 + i}`);
      await prober.send("a guess");
      expect(prober.lastText).toContain("Question 2 of 3");
      await prober.send("/cancel");
    }
    await prober.send("/reset");
    await prober.send("S1001");
    await prober.send("a guess");
    expect(prober.lastText).toContain(TOO_MANY_TRIES);
    expect(prober.lastText).toContain("60 minutes");
    expect(prober.lastText).not.toContain("Question 2 of 3");
  });

  it("the practice reminder's miss that suspends says so too", async () => {
    await schoolWith();
    vi.setSystemTime(Date.now() + 120 * DAY);
    await sendDueReminders(world.deps);
    await world.failStudent("S1001", 4);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    for (let i = 0; i < 3; i++) await kid.send(`a wrong guess ${i + 1}`);
    expect(kid.lastText).toContain("Not all right.");
    expect(kid.lastText).toContain("24 hours");
    expect(kid.lastText).toContain("form teacher");
  });
});
