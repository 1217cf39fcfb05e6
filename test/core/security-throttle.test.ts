import { SUPPORTED_LANGUAGES } from "../../src/core/i18n/languages.js";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  alreadySetUp,
  answersFor,
  DEMO_PASSWORDS,
  HOUR,
  MINUTE,
  resetTranscript,
  useSchoolClock,
  TYPED_ID_ROUTE,
} from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const RIGHT = answersFor(ANSWERS);
const WRONG = answersFor({ animal: "Tiger", colour: "Purple", food: "Pizza" });
const TOO_MANY_TRIES = "There have been too many tries from this chat.";

describe("throttling failed resets", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;
  let kid: TestChat;

  beforeEach(async () => {
    clock = useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
  });

  /** The same school, but a typed id leads to questions from any chat (where a prober can try many ids). */
  async function useTypedIdRoute(): Promise<void> {
    await world.close();
    world = await TestWorld.create(TYPED_ID_ROUTE);
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
  }
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const passwordUnchanged = async () =>
    expect(await world.memoryDirectory.authenticate("S1001", DEMO_PASSWORDS.S1001)).not.toBeNull();

  it("a student who fails five times within 60 minutes is suspended for 24 hours, then can reset again", async () => {
    for (let i = 0; i < 5; i++) {
      if (i > 0) clock.advance(10 * MINUTE);
      expect(world.alerts.ofKind("suspension")).toHaveLength(0);
      await resetTranscript(kid, "S1001", WRONG);
      expect(kid.lastText).toContain("Sorry, that didn't work.");
    }
    const suspendedAt = clock.now();
    expect(world.alerts.ofKind("suspension")).toEqual([
      expect.objectContaining({ kind: "suspension", subject: "S1001" }),
    ]);
    const events = await world.deps.store.recentAudit(100);
    expect(events.filter((e) => e.event === "reset-suspended")).toEqual([
      expect.objectContaining({ subject: "S1001", outcome: "refused" }),
    ]);

    // Her own chat is told plainly (no questions asked, so nothing to guess), with who can help.
    clock.advance(MINUTE);
    await kid.send("/reset");
    expect(kid.lastText).toContain("too many wrong answers, so I have paused this for about 24 hours");
    clock.advance(23 * HOUR + 57 * MINUTE); // 23 h 58 min after the suspension
    await kid.send("/reset");
    expect(kid.lastText).toContain("paused this for about 1 hour.");
    expect(world.alerts.ofKind("suspension")).toHaveLength(1);
    await passwordUnchanged();

    // 24 hours on, the right answers work again; the suspension's Redis key has expired by itself.
    vi.setSystemTime(suspendedAt + 24 * HOUR + MINUTE);
    expect(await world.redis.keys(`${world.prefix}*suspended*`)).toEqual([]);
    await resetTranscript(kid, "S1001", RIGHT);
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("five failures spread over more than 60 minutes do not suspend", async () => {
    for (let i = 0; i < 5; i++) {
      if (i > 0) clock.advance(16 * MINUTE); // the fifth comes 64 minutes after the first
      await resetTranscript(kid, "S1001", WRONG);
      expect(kid.lastText).toContain("Sorry, that didn't work.");
    }
    clock.advance(MINUTE);
    await resetTranscript(kid, "S1001", RIGHT);
    expect(kid.lastText).toContain("all 3 answers are right");
    expect(world.alerts.ofKind("suspension")).toHaveLength(0);
  });

  it("nobody can lock a classmate out: a chat that is not hers cannot even try her answers", async () => {
    const classmate = world.chat("classmate");
    for (let i = 0; i < 5; i++) {
      await resetTranscript(classmate, "S1001", WRONG);
      expect(classmate.lastText).toContain("I can only make a new password in the chat you used to set up");
    }
    expect(world.alerts.ofKind("suspension")).toHaveLength(0);
    expect(await world.suspendedUntil("S1001", clock.now())).toBeNull();

    await resetTranscript(kid, "S1001", RIGHT);
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("a chat that fails against 5 different students is throttled, for set-up and reset alike", async () => {
    await useTypedIdRoute();
    const prober = world.chat("prober");
    for (const id of ["S1001", "S1002", "S1003", "S1004"]) await resetTranscript(prober, id, WRONG);
    expect(world.alerts.ofKind("chat-throttled")).toHaveLength(0);
    await prober.send("/reset");
    expect(prober.lastText).toContain("Type your user ID.");

    await resetTranscript(prober, "S1005", WRONG);
    expect(prober.lastText).toContain("Sorry, that didn't work.");
    expect(world.alerts.ofKind("chat-throttled")).toEqual([
      expect.objectContaining({ subject: "telegram:prober" }),
    ]);
    expect(formatAlert(world.alerts.ofKind("chat-throttled")[0]!)).toMatch(/after \d+ failed tries/);
    // The command that lists whom the chat tried, ready to type: the admin need not know /audit takes a chat.
    for (const language of SUPPORTED_LANGUAGES)
      expect(formatAlert(world.alerts.ofKind("chat-throttled")[0]!, 0, language)).toContain(
        "/audit telegram:prober",
      );

    await prober.send("/reset");
    expect(prober.lastText).toContain(TOO_MANY_TRIES);
    expect(prober.lastText).not.toContain("Type your user ID.");
    await prober.send("/setup");
    expect(prober.lastText).toContain(TOO_MANY_TRIES);
    expect(prober.lastText).not.toContain("Type your user ID.");

    // The throttle is on the chat, not on the students: Wei Ling still resets from her own chat.
    await resetTranscript(kid, "S1001", RIGHT);
    expect(kid.lastText).toContain("all 3 answers are right");

    clock.advance(61 * MINUTE);
    await prober.send("/reset");
    expect(prober.lastText).toContain("Type your user ID.");
  });

  it("wrong passwords in set-up count towards the chat throttle", async () => {
    const prober = world.chat("prober");
    const wrongSetup = async (id: string) => {
      await prober.send("/setup");
      await prober.send(id);
      return prober.send("Guess-1234");
    };
    for (const id of ["S1001", "S1002", "S1003", "S1004"]) await wrongSetup(id);
    expect(prober.lastText).toContain("that user ID and password don't match");
    expect(prober.lastText).toContain("Type your user ID.");

    await wrongSetup("S1005");
    expect(prober.lastText).toContain(TOO_MANY_TRIES);
    expect(prober.lastText).not.toContain("Type your user ID.");
    await prober.send("/reset");
    expect(prober.lastText).toContain(TOO_MANY_TRIES);
    // Even the right password is not tried any more from this chat.
    await prober.send("/setup");
    expect(prober.lastText).toContain(TOO_MANY_TRIES);
  });

  it("failed set-ups and failed resets from one chat add up", async () => {
    await useTypedIdRoute();
    const prober = world.chat("prober");
    await prober.send("/setup");
    await prober.send("S1002");
    await prober.send("Guess-1234");
    await prober.send("/setup");
    await prober.send("S1003");
    await prober.send("Guess-1234");
    await prober.send("/setup");
    await prober.send("S1004");
    await prober.send("Guess-1234");
    await resetTranscript(prober, "S1005", WRONG);
    await resetTranscript(prober, "S1001", WRONG);
    await prober.send("/setup");
    expect(prober.lastText).toContain(TOO_MANY_TRIES);
  });

  it("made-up ids count towards the chat throttle exactly like real ones, so the throttle tells nothing", async () => {
    const throttledAfter = async (ids: string[]) => {
      const prober = world.chat(`prober-${ids.join("-")}`);
      const replies: string[] = [];
      for (const id of ids) {
        await prober.send("/setup");
        await prober.send(id);
        await prober.send("Guess-1234");
        replies.push(prober.lastText);
      }
      return replies;
    };
    const real = await throttledAfter(["S1001", "S1002", "S1003", "S1004", "S1005"]);
    const madeUp = await throttledAfter(["Q9001", "Q9002", "Q9003", "Q9004", "Q9005"]);
    const mixed = await throttledAfter(["Q9001", "S1002", "Q9003", "S1004", "Q9005"]);
    expect(madeUp).toEqual(real);
    expect(mixed).toEqual(real);
    expect(real.at(-1)).toContain(TOO_MANY_TRIES);
  });
});
