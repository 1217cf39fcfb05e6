import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AnswerHasher } from "../../src/core/answers/answer-hasher.js";
import type { Argon2Parameters } from "../../src/core/answers/argon2-parameters.js";
import { chatKey } from "../../src/core/chat.js";
import {
  alreadySetUp,
  answersFor,
  resetTranscript,
  TYPED_ID_ROUTE,
  UNPACED_ID_LOOKUPS,
} from "../helpers/security-helpers.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER, TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
/** A parameter set a newer version of the bot brings, which the replica still on the old version lacks. */
const NEWER_ARGON2: Argon2Parameters = { id: 252, memoryCost: 2_048, timeCost: 1, parallelism: 1 };

/**
 * A school on the typed-ID route (RESET_REQUIRES_LINKED_CHAT=false) during a rolling deploy: a new replica
 * saved a student's answers with a parameter set the old replicas do not know yet. Another chat typing her
 * ID at an old replica must be paused after as many failed resets as with a made-up ID; before, its failed
 * resets on her ID were not counted for the chat at all, so the chat's pause told which IDs were real.
 */
describe("typed-ID reset of a student whose answers a newer version saved, from another chat", () => {
  let world: TestWorld;
  let stranger: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create({ ...TYPED_ID_ROUTE, ...UNPACED_ID_LOOKUPS });
    world.deps.hasher = new AnswerHasher(Buffer.from(TEST_PEPPER), { parameters: NEWER_ARGON2 });
    await alreadySetUp(world, world.chat("kid-wei-ling"), "S1001", ANSWERS);
    world.deps.hasher = new AnswerHasher(Buffer.from(TEST_PEPPER), { parameters: TEST_ARGON2 });
    stranger = world.chat("stranger");
  });
  afterEach(async () => world.close());

  async function failuresUntilPaused(id: string): Promise<number> {
    for (let tries = 1; tries <= 20; tries++) {
      await resetTranscript(stranger, id, answersFor({}));
      if ((await world.deps.limits.blockedUntil("chat", chatKey(stranger.ref), Date.now())) !== null)
        return tries;
    }
    return Infinity;
  }

  it("pauses the chat after as many wrong tries as a made-up ID does, with the same words", async () => {
    const real = await failuresUntilPaused("S1001");
    const realWords = stranger.lastText;
    await world.close();
    world = await TestWorld.create({ ...TYPED_ID_ROUTE, ...UNPACED_ID_LOOKUPS });
    stranger = world.chat("stranger");
    const madeUp = await failuresUntilPaused("S1999");
    expect(real).toBe(madeUp);
    expect(realWords).toBe(stranger.lastText);
  });
});
