import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const SAVED_NEW = "I saved your new answer.";
const AGAIN = "Type the same answer again";
const DIFFER = "The two answers were not the same";
const FIX = "Type the answer you want to keep";

/**
 * The practice round's "Type the answer you want to keep": the new answer replaces a known-good one, so a
 * typo there left her unable to reset. Like a new password, it is now typed twice, and only a match saves
 * it; the first is kept only as a keyed digest, and the check costs no argon2.
 */
describe("a changed answer in the practice round is typed twice", () => {
  let world: TestWorld;
  let kid: TestChat;
  const work = { hash: 0, verify: 0 };

  beforeEach(async () => {
    world = await TestWorld.create({}, undefined, { onArgon2: (operation) => (work[operation] += 1) });
    kid = world.chat();
  });
  afterEach(async () => world.close());

  async function reachFix(): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) {
      const text = kid.lastText;
      await kid.send(text.includes("colour") ? "Bleu" : weiLingAnswerFor(text));
    }
    expect(kid.lastText).toContain(FIX);
    work.hash = 0;
    work.verify = 0;
  }

  const answerWith = (colour: string) => (question: string) =>
    question.includes("colour") ? colour : weiLingAnswerFor(question);

  it("the first typing saves nothing and keeps nothing in clear; the same again saves it", async () => {
    await reachFix();
    await kid.send("Orange juice");
    expect(kid.lastText).toContain(AGAIN);
    expect(kid.lastText).not.toContain(SAVED_NEW);
    expect(await openStep(world, kid)).toBe("setup.practiceFixAgain");
    expect(work).toEqual({ hash: 0, verify: 0 });
    for (const place of [world.logs.text, await world.redisDump()])
      expect(place.toLowerCase()).not.toContain("orange juice");

    await kid.send("orange JUICE");
    expect(kid.lastText).toContain(SAVED_NEW);
    // The confirmation adds no argon2: one hash (the other two answers were told apart by their keyed digests).
    expect(work).toEqual({ hash: 1, verify: 0 });
    expect(await openStep(world, kid)).toBeNull();

    await kid.answerReset(WEI_LING.id, answerWith("Orange juice"));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("a second typing that differs saves nothing, costs no argon2, and asks for the answer from the start", async () => {
    await reachFix();
    await kid.send("Orange juice");
    await kid.send("Orange jiuce");
    expect(kid.lastText).toContain(DIFFER);
    expect(kid.lastText).toContain(FIX);
    expect(kid.lastText).not.toContain(SAVED_NEW);
    expect(work).toEqual({ hash: 0, verify: 0 });
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
    for (const place of [world.logs.text, await world.redisDump()])
      expect(place.toLowerCase()).not.toMatch(/orange j/);

    await kid.send("/cancel");
    await kid.answerReset(WEI_LING.id, answerWith(weiLingAnswerFor("colour")));
    expect(kid.lastText).toContain("all 3 answers are right");
  });
});
