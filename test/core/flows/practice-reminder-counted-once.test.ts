import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sendDueReminders } from "../../../src/core/flows/practice-reminder-flow.js";
import { openStep, WEI_LING } from "../../helpers/dialog-helpers.js";
import { DAY, HOUR, type SchoolClock, worldOnSchoolClock } from "../../helpers/security-helpers.js";
import type { TestWorld, TestChat } from "../../helpers/test-world.js";

const ANSWERS = ["Tiger", "Purple", "Chicken rice"] as [string, string, string];
const SORRY = "Something went wrong on my side";

type Commands = Record<string, (...args: unknown[]) => Promise<unknown>>;

/**
 * The practice reminder's check comes out wrong: the failure is counted in Redis, but the reply is lost (the
 * connection drops after the count, or the turn's end fails), and the child types her last answer again.
 * Before, that one wrong check counted twice toward the limit that pauses her resets.
 */
describe("a practice reminder's wrong check whose reply was lost, typed again", () => {
  let world: TestWorld;
  let kid: TestChat;
  let clock: SchoolClock;
  let commands: Commands;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
    commands = world.redis as unknown as Commands;
    kid = world.chat("wei-ling");
    await kid.setUp(WEI_LING.id, WEI_LING.password, ANSWERS);
    await kid.press("No thanks");
  });
  afterEach(async () => {
    vi.restoreAllMocks();
  });

  function lostOnce(command: string) {
    const original = commands[command]!.bind(world.redis);
    vi.spyOn(commands, command).mockImplementationOnce(async (...args: unknown[]) => {
      if (command === "limitCountFailure") await original(...args);
      throw new Error("Connection is closed.");
    });
  }

  it.each(["limitCountFailure", "storeEndChatTurn"])("(%s failed): it counts once", async (command) => {
    clock.advance(120 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    // A wrong guess of its own for each question: the round does not take an answer already given in it.
    for (let i = 0; i < 2; i++) await kid.send(`Wrong guess ${i + 1}`);
    lostOnce(command);
    await kid.send("Wrong guess 3");
    expect(kid.lastText).toContain(SORRY);
    expect(await openStep(world, kid)).toBe("practice.remind");
    await kid.send("Wrong guess 3");
    expect(kid.lastText).toContain("Not all right.");

    const rule = { maxFailures: 5, windowMs: HOUR, blockMs: DAY };
    expect(await world.deps.store.failureTimes("student", WEI_LING.id, Date.now(), rule)).toHaveLength(1);
  });
});
