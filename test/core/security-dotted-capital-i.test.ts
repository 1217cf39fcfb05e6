import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../src/directory/school-file.js";
import { answersFor, resetTranscript, TYPED_ID_ROUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const PAUSED = "There were too many wrong passwords for this user ID.";
const MIA = {
  id: "mia",
  password: "Blue-Cloud-58",
  answers: ["Cat", "Red", "Noodles"] as [string, string, string],
};

/**
 * The Turkish capital İ typed for i ("mİa"). OpenLDAP finds mia for it, Active Directory and the memory
 * directory find nobody. A made-up ID's counters and decoy questions take İ as i, so "qİa" counts with
 * "qia": a real ID written with İ must be her too, on every directory, or a pause (or the questions) would
 * tell a real ID from a made-up one.
 */
describe("a user ID written with İ for i is the same ID, real or made up, on a directory that does not match İ", () => {
  let world: TestWorld;

  beforeEach(async () => {
    useSchoolClock();
    const { people } = await readSchoolFile(DEMO_SCHOOL_FILE);
    const mia = {
      id: MIA.id,
      name: "Mia Tan",
      role: "student" as const,
      classes: ["4A"],
      password: MIA.password,
      disabled: false,
    };
    world = await TestWorld.create(TYPED_ID_ROUTE, new MemoryDirectory([...people, mia]));
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  async function wrongPasswords(id: string): Promise<void> {
    for (const name of ["a", "b", "c"]) {
      const chat = world.chat(`${id}-${name}`);
      await chat.send("/setup");
      await chat.send(id);
      await chat.send("Not-Her-Password-1");
    }
  }

  async function pausedAt(chat: TestChat, id: string): Promise<boolean> {
    await chat.send("/setup");
    await chat.send(id);
    return chat.lastText.includes(PAUSED);
  }

  it("3 wrong passwords for a real ID pause it written with İ, as they do a made-up one", async () => {
    await wrongPasswords("qia");
    expect(await pausedAt(world.chat("late-q"), "qİa")).toBe(true);
    await wrongPasswords(MIA.id);
    expect(await pausedAt(world.chat("late-m"), "mİa")).toBe(true);
    expect(await pausedAt(world.chat("late-m2"), "MİA")).toBe(true);
  });

  it("a real ID written with İ gets her questions, as a made-up one gets the same questions both ways", async () => {
    await world.chat("kid-mia").setUp(MIA.id, MIA.password, MIA.answers);
    const wrong = answersFor({});
    const madeUp = await resetTranscript(world.chat("stranger-1"), "qia", wrong);
    const madeUpDotted = await resetTranscript(world.chat("stranger-2"), "qİa", wrong);
    expect(madeUpDotted.questions).toEqual(madeUp.questions);
    const real = await resetTranscript(world.chat("stranger-3"), MIA.id, wrong);
    const realDotted = await resetTranscript(world.chat("stranger-4"), "mİa", wrong);
    expect(real.questions).toEqual(["animal", "colour", "food"]);
    expect(realDotted.questions).toEqual(real.questions);
  });
});
