import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
});
