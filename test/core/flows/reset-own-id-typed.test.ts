import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const ID_NOT_NEEDED = "That is your user ID. You don't need it here: I already know it's you.";

/*
 * In her own linked chat, /reset asks no user ID ("Hi, Tan Wei Ling! ... First, answer your 3 secret
 * questions"). A child used to set-up's order types her ID first: it was checked as her first answer, and
 * her reset failed at the end with "one answer may be different" (found playing the demo in Chinese). Set-up
 * has never saved an answer that contains the user ID, so it is told what to do, and nothing is counted.
 */
describe("her own user ID typed at a reset's question in her linked chat", () => {
  let world: TestWorld;
  let kid: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
  });
  afterEach(async () => world.close());

  it("says she need not type it, asks the same question, and her right answers still reset", async () => {
    await kid.send("/reset");
    for (const typed of ["S1001", " s1001 "]) {
      const outcome = await kid.send(typed);
      expect(outcome.deleteInbound).toBe(true);
      expect(kid.lastText).toContain(ID_NOT_NEEDED);
      expect(kid.lastText).toContain("Question 1 of 3");
      expect(await openStep(world, kid)).toBe("reset.answer");
    }
    for (let i = 0; i < 3; i++) await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("says so in every language", async () => {
    for (const [locale, words] of [
      ["zh", "这是你的用户名"],
      ["ms", "Itu ID pengguna kamu"],
      ["ta", "அது உன் பயனர் ID"],
    ] as const) {
      await kid.send("/reset", { locale });
      await kid.send("S1001", { locale });
      expect(kid.lastText, locale).toContain(words);
      await kid.send("/cancel", { locale });
    }
  });
});
