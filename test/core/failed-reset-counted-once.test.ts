import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openStep } from "../helpers/dialog-helpers.js";
import {
  alreadySetUp,
  answersFor,
  resetTranscript,
  worldOnSchoolClock,
} from "../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
const WRONG = answersFor({ animal: "Tiger", colour: "Purple", food: "Pizza" });
const SORRY = "Something went wrong on my side";

type Commands = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * A reset's last answer is wrong: the failure is counted in Redis (the student's, the chat's, the school's),
 * but the reply is lost (the connection drops after the count, or the turn's end fails). The child is told to
 * try again and types the same answer again. Before, that one wrong try was counted twice: her "careful, the
 * next wrong try pauses it" came a try early, and the pause after four tries instead of five.
 */
describe("a failed reset whose reply was lost, typed again", () => {
  let world: TestWorld;
  let kid: TestChat;
  let commands: Commands;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("kid-wei-ling");
    commands = world.redis as unknown as Commands;
    await alreadySetUp(world, kid, "S1001", ANSWERS);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
  });

  /** The next run of `command` fails with the connection; a count is made first. */
  function lostOnce(command: string) {
    const original = commands[command]!.bind(world.redis);
    vi.spyOn(commands, command).mockImplementationOnce(async (...args: unknown[]) => {
      if (command === "limitCountFailure") await original(...args);
      throw new Error("Connection is closed.");
    });
  }

  async function wrongTryWithReplyLost(command: string): Promise<void> {
    await kid.send("/reset");
    for (let i = 0; i < 2; i++) await kid.send(WRONG(askedNow()));
    lostOnce(command);
    const last = askedNow();
    await kid.send(WRONG(last));
    expect(kid.lastText).toContain(SORRY);
    expect(await openStep(world, kid)).toBe("reset.answer");
    await kid.send(WRONG(last));
    expect(kid.last.replies.map((r) => r.text.key)).toEqual(["reset.failed"]);
  }

  function askedNow(): string {
    return ["animal", "colour", "food"].find((word) => kid.lastText.includes(word))!;
  }

  it.each(["limitCountFailure", "storeEndChatTurn"])(
    "(%s failed): it counts once, so the warning comes at the 4th try and the pause at the 5th",
    async (command) => {
      await wrongTryWithReplyLost(command);
      for (let i = 2; i <= 3; i++) {
        await resetTranscript(kid, "S1001", WRONG);
        expect(
          kid.last.replies.map((r) => r.text.key),
          `try ${i}`,
        ).toEqual(["reset.failed"]);
      }
      await resetTranscript(kid, "S1001", WRONG);
      expect(kid.last.replies.map((r) => r.text.key)).toEqual(["reset.failedLastTry"]);
      expect(await world.suspendedUntil("S1001")).toBeNull();
      await resetTranscript(kid, "S1001", WRONG);
      expect(await world.suspendedUntil("S1001")).not.toBeNull();
    },
  );

  it("each new round that fails still counts", async () => {
    await wrongTryWithReplyLost("storeEndChatTurn");
    await wrongTryWithReplyLost("storeEndChatTurn");
    await wrongTryWithReplyLost("storeEndChatTurn");
    await resetTranscript(kid, "S1001", WRONG);
    expect(kid.last.replies.map((r) => r.text.key)).toEqual(["reset.failedLastTry"]);
  });
});
