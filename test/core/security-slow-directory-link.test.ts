import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HOUR, useSchoolClock } from "../helpers/security-helpers.js";
import { MRS_NG, teacherOnOwnPhone, type StaffOnOwnPhone } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * Someone who can make the school directory slow (a flood of logons at 8 a.m. will do) types wrong passwords
 * for a classmate's ID at /setup. Each reaches the directory, which counts it towards her lockout, and then
 * times out. Such a try must stay counted: given back, every timed-out try was free, and the directory got as
 * many wrong passwords for her ID as anyone cared to send, until it locked her account.
 */
describe("a set-up password the directory never answered stays counted", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create();
  });
  afterEach(async () => world.close());

  /** What the chat was told after the ID and after the password. */
  async function wrongSetup(chat: TestChat, id: string): Promise<string> {
    await chat.send("/setup");
    await chat.send(id);
    const afterId = chat.lastText;
    await chat.send("Guess-1234");
    return `${afterId}\n${chat.lastText}`;
  }

  it("at most LINK_MAX_FAILURES (3) passwords for one ID reach a slow directory, from any chats", async () => {
    world.directory.authenticateUnanswered = true;
    for (const name of ["a", "b", "c", "d", "e", "f"])
      await wrongSetup(world.chat(`prober-${name}`), "S1002");
    expect(world.directory.passwordsSent).toBe(3);
    world.directory.authenticateUnanswered = false;
    expect(await wrongSetup(world.chat("prober-g"), "S1002")).toContain(
      "There were too many wrong passwords for this user ID.",
    );
    expect(world.directory.passwordsSent).toBe(3);
  });

  it("a made-up ID is counted the same, so a slow directory tells nobody which IDs exist", async () => {
    world.directory.authenticateUnanswered = true;
    for (const name of ["a", "b", "c", "d"]) await wrongSetup(world.chat(`prober-${name}`), "S9999");
    expect(world.directory.passwordsSent).toBe(3);
  });

  it("a directory that could not be reached at all gives the try back", async () => {
    world.directory.down = true;
    for (const name of ["a", "b", "c", "d"]) await wrongSetup(world.chat(`prober-${name}`), "S1002");
    world.directory.down = false;
    expect(await wrongSetup(world.chat("prober-e"), "S1002")).toContain("don't match");
  });

  it("a try that was not answered is not asked again at once: she is told the system is slow, and to wait", async () => {
    world.directory.authenticateUnanswered = true;
    const chat = world.chat("wei-ling");
    const told = await wrongSetup(chat, "S1002");
    expect(told).toContain("The school system is very slow right now, so I could not check your password.");
    expect(told).toContain("wait a few minutes, then type /setup");
    expect(told).not.toContain("Type your password");
    // The dialog ended: what she types next is not sent to the directory as a password.
    await chat.send("Guess-5678");
    expect(world.directory.passwordsSent).toBe(1);
    // The admins' log says the directory did not answer (a warning, as any outage a step meets), never the password.
    const warned = world.logs.lines.filter(
      (line) => line.includes("did not answer a password check") && JSON.parse(line).level === 40,
    );
    expect(warned).toHaveLength(1);
    expect(world.logs.text).not.toContain("Guess-1234");
  });

  it("the try that starts the pause tells it as the slow system's, and the admins are alerted with the ID", async () => {
    world.directory.authenticateUnanswered = true;
    const told: string[] = [];
    for (const name of ["a", "b", "c"]) told.push(await wrongSetup(world.chat(`prober-${name}`), "S1002"));
    expect(told[2]).toContain("The school system is very slow. There were too many tries for this user ID.");
    expect(told[2]).not.toContain("wrong passwords");
    // The alert is raised after the reply (its link-holder read must not slow a real ID's reply).
    await world.engine.settled();
    expect(world.alerts.ofKind("link-paused").map((a) => a.subject)).toEqual(["S1002"]);
    const counted = await world.deps.store.attemptCountsOf("S1002");
    expect(counted.map((c) => c.event)).toContain("link-paused");
  });
});

describe("the day's pause started by a try the directory never answered", () => {
  afterEach(() => vi.useRealTimers());

  it("is told in hours, not as 1,380 minutes", async () => {
    const clock = useSchoolClock();
    const world = await TestWorld.create();
    try {
      world.directory.authenticateUnanswered = true;
      const told: string[] = [];
      for (let hour = 0; hour < 2; hour++) {
        for (const name of ["a", "b", "c"]) {
          const chat = world.chat(`prober-${hour}-${name}`);
          await chat.send("/setup");
          await chat.send("S1002");
          await chat.send("Guess-1234");
          told.push(chat.lastText);
        }
        clock.advance(HOUR);
      }
      expect(told[5]).toContain(
        "The school system is very slow. There were too many tries for this user ID.",
      );
      expect(told[5]).toContain("Please wait about 23 hours, then try again.");
    } finally {
      await world.close();
    }
  });
});

describe("a staff password the directory never answered stays counted", () => {
  let world: TestWorld;
  let phone: TestChat;
  let clock: StaffOnOwnPhone["clock"];
  beforeEach(async () => {
    ({ world, phone, clock } = await teacherOnOwnPhone());
    world.directory.passwordsSent = 0;
    // Past STAFF_PASSWORD_AGAIN_MINUTES: her next command asks for her password.
    clock.advance(16 * 60_000);
  });

  it("ends what she began, says the system is slow, and her third such try pauses and alerts", async () => {
    world.directory.authenticateUnanswered = true;
    const told: string[] = [];
    for (let i = 0; i < 3; i++) {
      await phone.send("/guided S1002");
      await phone.send("Teach-Four-A-2025");
      told.push(phone.lastText);
    }
    expect(told[0]).toContain(
      "the school system is very slow right now, so I could not check your password.",
    );
    expect(told[0]).toContain("Nothing was done.");
    expect(told[2]).toContain("there were too many password tries in this chat");
    expect(told[2]).not.toContain("wrong passwords");
    expect(world.directory.passwordsSent).toBe(3);
    expect(world.alerts.ofKind("staff-password-paused").map((a) => a.subject)).toEqual([MRS_NG.id]);
  });
});
