import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { typedUserId } from "../../src/core/flows/typed-id.js";
import { directoryMatching, MIA } from "../helpers/matching-directory.js";
import { answersFor, resetTranscript, TYPED_ID_ROUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const PAUSED = "There were too many wrong passwords for this user ID.";

/** Each character in capitals on its own (ß keeps its one letter), as Active Directory compares names. */
function inCapitals(id: string): string {
  return [...id.trim()].map((c) => (c === "ß" ? c : c.toUpperCase())).join("");
}

/**
 * The Turkish dotless ı typed for i ("mıa"). Active Directory finds mia for it (ı is I in capitals); a
 * made-up ID's counters and decoy questions must then take ı as i too, so "qıa" counts with "qia", or three
 * wrong passwords and one more try (or the questions) tell a real ID from a made-up one.
 */
describe("a user ID written with the dotless ı for i is the same ID, real or made up, on a directory that matches by capitals", () => {
  let world: TestWorld;

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create(TYPED_ID_ROUTE, await directoryMatching(inCapitals));
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

  it("typedUserId writes ı as i, also the mathematical ı a keyboard of symbols gives", () => {
    expect(typedUserId("mıa")).toBe("mia");
    expect(typedUserId("m\u{1D6A4}a")).toBe("mia");
  });

  it("3 wrong passwords for a real ID pause it written with ı, as they do a made-up one", async () => {
    await wrongPasswords(MIA.id);
    expect(await pausedAt(world.chat("late-m"), "mıa")).toBe(true);
    await wrongPasswords("qia");
    expect(await pausedAt(world.chat("late-q"), "qıa")).toBe(true);
    expect(await pausedAt(world.chat("late-q2"), "QıA")).toBe(true);
  });

  it("a made-up ID gets the same questions written with ı, as a real one gets hers", async () => {
    await world.chat("kid-mia").setUp(MIA.id, MIA.password, MIA.answers);
    const wrong = answersFor({});
    const real = await resetTranscript(world.chat("stranger-1"), MIA.id, wrong);
    const realDotless = await resetTranscript(world.chat("stranger-2"), "mıa", wrong);
    expect(real.questions).toEqual(["animal", "colour", "food"]);
    expect(realDotless.questions).toEqual(real.questions);
    const madeUp = await resetTranscript(world.chat("stranger-3"), "qia", wrong);
    const madeUpDotless = await resetTranscript(world.chat("stranger-4"), "qıa", wrong);
    expect(madeUpDotless.questions).toEqual(madeUp.questions);
  });
});
