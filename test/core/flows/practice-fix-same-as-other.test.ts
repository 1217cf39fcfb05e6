import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../src/core/i18n/translate.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const SAME_AS_OTHER = translate({ key: "answer.sameAsOther" }, "en");

/*
 * The practice round finds her colour "not the same as before", and she types as her new colour one of her
 * other two answers ("tiger", her animal). Before, she was asked to type it again, and only then told that
 * she had used it already: set-up says so at once. Now the first typing is refused with set-up's words, by
 * set-up's keyed digests (no argon2), and her message is deleted as any answer is.
 */
describe("a new practice answer equal to one of her other answers", () => {
  let world: TestWorld;
  let kid: TestChat;
  const work = { hash: 0, verify: 0 };

  beforeEach(async () => {
    world = await TestWorld.create({}, undefined, { onArgon2: (operation) => (work[operation] += 1) });
    kid = world.chat("wei-ling");
  });
  afterEach(async () => world.close());

  async function atFix(): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) {
      const text = kid.lastText;
      await kid.send(text.includes("colour") ? "Bleu" : weiLingAnswerFor(text));
    }
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
    work.hash = 0;
    work.verify = 0;
  }

  it.each(["TIGER", "chicken-rice"])("'%s' is refused at its first typing, with no argon2", async (typed) => {
    await atFix();
    const outcome = await kid.send(typed);
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(SAME_AS_OTHER);
    expect(kid.lastText).not.toContain("Type the same answer again");
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
    expect(work).toEqual({ hash: 0, verify: 0 });
  });

  it("a new answer that differs from the others is still typed twice and saved, with one hash", async () => {
    await atFix();
    await kid.send("Orange");
    await kid.send("orange");
    expect(kid.lastText).toContain("I saved your new answer.");
    expect(work).toEqual({ hash: 1, verify: 0 });
    await kid.answerReset(WEI_LING.id, (q) => (q.includes("colour") ? "Orange" : weiLingAnswerFor(q)));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("a second changed answer equal to the first one just changed is refused at once", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    for (let i = 0; i < 3; i++) await kid.send(`Wrong thing ${i + 1}`);
    await kid.send("Lion");
    await kid.send("Lion");
    expect(kid.lastText).toContain("I saved your new answer.");
    const outcome = await kid.send("lion");
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(SAME_AS_OTHER);
    expect(await openStep(world, kid)).toBe("setup.practiceFix");
  });
});
