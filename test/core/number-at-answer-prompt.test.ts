import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import type { countArgon2 } from "../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import { closeCounted, expectNothingCounted, weiLingSetUpAndCounted } from "../helpers/nothing-counted.js";

/**
 * "Question 1 of 3:" after set-up's numbered buttons: a child types "1" to pick it, then "2", then "3". Set-up
 * has never saved an answer of one or two digits (3 letters or numbers at least), so none can be right:
 * checked, the three only counted a failed reset towards her 24-hour pause, and she was told "an answer may be
 * different", not what she did.
 */
describe("a question's number typed at an answer prompt", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    ({ world, kid, argon } = await weiLingSetUpAndCounted());
  });
  afterEach(() => closeCounted(world, argon));

  it("at a reset question says no number is needed, asks the same question again, and counts nothing", async () => {
    await kid.send("/reset");
    for (const typed of ["1", "2", " 3 ", "２"]) {
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain("You don't need to choose a number here.");
      expect(kid.lastText).toContain("Question 1 of 3");
    }
    expect(kid.lastText).not.toContain("Sorry, that didn't work.");
    await expectNothingCounted(world, argon, kid);
  });

  it("she then answers the same round and gets her new password choice", async () => {
    await kid.send("/reset");
    await kid.send("1");
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("says so in the chat's language", async () => {
    await kid.send("/language");
    await kid.send("2");
    await kid.send("/reset");
    await kid.send("1");
    expect(kid.lastText).toContain("这里不用选号码。");
    expect(kid.lastText).toContain("第 1 个问题（共 3 个）");
  });

  it("an answer of three digits or more is still checked as her answer", async () => {
    await kid.send("/reset");
    await kid.send("123");
    expect(kid.lastText).toContain("Question 2 of 3");
  });
});

/** The same at set-up: "1" sent twice (the question's number, then again) was told it needs 3 letters. */
describe("a question's number typed at set-up's answer prompt", () => {
  let world: TestWorld;

  afterEach(async () => world.close());

  it("is told no number is needed there, and the same question is asked again", async () => {
    world = await TestWorld.create();
    const kid = world.chat("aisha");
    await kid.send("/setup");
    await kid.send("S1002");
    await kid.send("River-Kite-34");
    await kid.send("1");
    const outcome = await kid.send("1");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain("You don't need to choose a number here.");
    expect(kid.lastText).not.toContain("at least 3 letters");
    expect(kid.lastText).toContain("What is your favourite animal?");
  });
});
