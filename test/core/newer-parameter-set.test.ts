import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AnswerHasher } from "../../src/core/answers/answer-hasher.js";
import type { Argon2Parameters } from "../../src/core/answers/argon2-parameters.js";
import { chatKey } from "../../src/core/chat.js";
import { reasonText } from "../../src/core/flows/staff/audit-reasons.js";
import { translate } from "../../src/core/i18n/translate.js";
import { alreadySetUp, answersFor, resetTranscript } from "../helpers/security-helpers.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER, TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };
/** A parameter set a newer version of the bot brings, which the replica still on the old version lacks. */
const NEWER_ARGON2: Argon2Parameters = { id: 252, memoryCost: 2_048, timeCost: 1, parallelism: 1 };

/**
 * A rolling deploy: a replica of the new version saved a student's answers with a parameter set the old
 * replicas do not know yet. A reset that lands on an old replica cannot check them, and that is not the
 * child's fault: nothing counts against her, as with an answer normalisation version it does not know.
 */
describe("answers saved with an argon2 parameter set this replica does not know", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
    world.deps.hasher = new AnswerHasher(Buffer.from(TEST_PEPPER), { parameters: NEWER_ARGON2 });
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    // The old replica: the same pepper, only the parameter sets of its own version.
    world.deps.hasher = new AnswerHasher(Buffer.from(TEST_PEPPER), { parameters: TEST_ARGON2 });
  });
  afterEach(async () => world.close());

  it("right answers are never counted as wrong: no suspension however often she tries", async () => {
    for (let i = 0; i < 6; i++) {
      await resetTranscript(kid, "S1001", answersFor(ANSWERS));
      expect(kid.lastText).toContain("try again later");
    }
    const now = Date.now();
    expect(await world.suspendedUntil("S1001", now)).toBeNull();
    expect(await world.deps.limits.blockedUntil("chat", chatKey(kid.ref), now)).toBeNull();
  });

  it("the audit says the answers were saved by a newer version, and the log names the parameter set", async () => {
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    const [event] = (await world.deps.store.recentAudit(100)).filter((e) => e.event === "reset");
    const words = reasonText("reset", event!.reason ?? "", (inner) => translate(inner, "en"));
    expect(words === null ? null : translate(words, "en")).toContain("newer version of the bot");
    expect(world.logs.text).toContain('"parameterSet":252');
  });
});
