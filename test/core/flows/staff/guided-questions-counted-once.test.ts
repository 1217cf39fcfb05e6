import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { openStep, weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";
import { logOut } from "../../../helpers/logout.js";

const SORRY = "Something went wrong on my side";
const WRONG = "Those answers did not match.";
const PAUSED = "There have been too many wrong answers for Tan Wei Ling";

type Commands = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * A guided reset's questions round on the teacher's device fails: the failure is counted in Redis, but the
 * reply is lost (the connection drops after the count, or the turn's end fails). The student types the last
 * answer again. Before, that one wrong round counted twice, and the student's questions were paused after
 * four wrong rounds instead of five.
 */
describe("a guided questions round whose reply was lost, typed again", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let commands: Commands;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    commands = world.redis as unknown as Commands;
    const kid = await weiLingSetUpOnOwnPhone(world);
    await logOut(kid);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function lostOnce(command: string) {
    const original = commands[command]!.bind(world.redis);
    vi.spyOn(commands, command).mockImplementationOnce(async (...args: unknown[]) => {
      if (command === "limitCountFailure") await original(...args);
      throw new Error("Connection is closed.");
    });
  }

  async function wrongRound(lost?: string): Promise<void> {
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    // A wrong guess of its own for each question: the round does not take an answer already given in it.
    for (let i = 0; i < 2; i++) await teacher.send(`Wrong guess ${i + 1}`);
    if (lost !== undefined) {
      lostOnce(lost);
      await teacher.send("Wrong guess 3");
      expect(teacher.lastText).toContain(SORRY);
      expect(await openStep(world, teacher)).toBe("guided.answer");
    }
    await teacher.send("Wrong guess 3");
  }

  it.each(["limitCountFailure", "storeEndChatTurn"])(
    "(%s failed): the round counts once, so the questions pause at the 5th wrong round, not the 4th",
    async (command) => {
      await wrongRound(command);
      expect(teacher.lastText).toContain(WRONG);
      for (let round = 2; round <= 4; round++) {
        await wrongRound();
        expect(teacher.lastText, `round ${round}`).not.toContain(PAUSED);
      }
      expect(await world.suspendedUntil("S1001")).toBeNull();
      await wrongRound();
      expect(teacher.lastText).toContain(PAUSED);
    },
  );
});
