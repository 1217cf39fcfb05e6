import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { idMatchKey, typedUserId } from "../../src/core/flows/typed-id.js";
import { directoryMatching, MIA, ROSS } from "../helpers/matching-directory.js";
import { answersFor, resetTranscript, TYPED_ID_ROUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const PAUSED = "There were too many wrong passwords for this user ID.";

/**
 * As Windows Active Directory compares logon names: the accents and other marks over or under a letter are
 * not looked at (björn is bjorn), ß is ss (Microsoft KB 938447), ø is o, and case does not count.
 */
function withoutMarks(id: string): string {
  return id
    .trim()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/gu, "ss")
    .replace(/ø/giu, "o")
    .toUpperCase();
}

/**
 * A real ID with an accent typed over one of its letters ("mía", "mïa"): Windows Active Directory finds
 * mia for it. A made-up ID's counters and decoy questions must then take "qía" as "qia" too, or three wrong
 * passwords and one more try (or the questions) tell a real ID from a made-up one.
 */
describe("a user ID typed with accents is the same ID, real or made up, on a directory that does not look at them", () => {
  let world: TestWorld;

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create(TYPED_ID_ROUTE, await directoryMatching(withoutMarks));
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

  it("typedUserId and idMatchKey leave out the marks over and under Latin letters, not a Tamil vowel sign", () => {
    expect(typedUserId("Mía")).toBe("Mia");
    expect(typedUserId("mi\u0308a")).toBe("mia");
    expect(typedUserId("b\u0328jǫrṅ")).toBe("bjorn");
    expect(idMatchKey("Jösé")).toBe("jose");
    expect(typedUserId("கமலா")).toBe("கமலா");
    expect(typedUserId("RØß")).toBe("ROss");
  });

  it("ø for o and ß for ss, which Windows takes for them too, count with the ID", async () => {
    await wrongPasswords(ROSS.id);
    expect(await pausedAt(world.chat("late-r"), "røss")).toBe(true);
    expect(await pausedAt(world.chat("late-r2"), "roß")).toBe(true);
    await wrongPasswords("qoss");
    expect(await pausedAt(world.chat("late-q"), "qøss")).toBe(true);
    expect(await pausedAt(world.chat("late-q2"), "qoß")).toBe(true);
  });

  it("3 wrong passwords for a real ID pause it written with an accent, as they do a made-up one", async () => {
    await wrongPasswords(MIA.id);
    expect(await pausedAt(world.chat("late-m"), "mía")).toBe(true);
    await wrongPasswords("qia");
    expect(await pausedAt(world.chat("late-q"), "qía")).toBe(true);
    expect(await pausedAt(world.chat("late-q2"), "QÏA")).toBe(true);
  });

  it("a made-up ID gets the same questions written with an accent, as a real one gets hers", async () => {
    await world.chat("kid-mia").setUp(MIA.id, MIA.password, MIA.answers);
    const wrong = answersFor({});
    const real = await resetTranscript(world.chat("stranger-1"), MIA.id, wrong);
    const realAccented = await resetTranscript(world.chat("stranger-2"), "mía", wrong);
    expect(real.questions).toEqual(["animal", "colour", "food"]);
    expect(realAccented.questions).toEqual(real.questions);
    const madeUp = await resetTranscript(world.chat("stranger-3"), "qia", wrong);
    const madeUpAccented = await resetTranscript(world.chat("stranger-4"), "qía", wrong);
    expect(madeUpAccented.questions).toEqual(madeUp.questions);
  });
});
