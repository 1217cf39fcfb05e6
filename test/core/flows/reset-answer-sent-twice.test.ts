import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { countArgon2 } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const SAME_AGAIN = (question: number) => `You already gave that answer to question ${question}.`;
const VERIFIED = "all 3 answers are right";

/*
 * A child on a slow phone taps Send twice on her first answer. The copy was taken as question 2's answer,
 * she answered question 3 right, and the reset failed and counted a try (five lock her out for a day). Set-up
 * keeps her three answers different, so an answer she already gave this reset cannot be the next one's: it is
 * not taken, nothing is checked or counted, and the same question is asked again.
 */
describe("an answer sent twice at a reset", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    argon = countArgon2();
  });
  afterEach(async () => {
    argon.restore();
    await world.close();
  });

  async function expectNothingMoreCounted() {
    expect(argon.verifications).toBe(3);
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
    const trail = await world.deps.store.auditTrailOf(WEI_LING.id, 30);
    expect(trail.filter((e) => e.event === "reset" && e.outcome === "failed")).toEqual([]);
  }

  it("two taps on Send arriving together: the copy is not question 2's answer, and her right answers reset", async () => {
    await kid.send("/reset");
    const first = weiLingAnswerFor(kid.lastText);
    await Promise.all([kid.send(first), kid.send(first)]);
    expect(kid.lastText).toContain(SAME_AGAIN(1));
    expect(kid.lastText).toContain("Question 2 of 3");
    expect(await openStep(world, kid)).toBe("reset.answer");
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain(VERIFIED);
    await expectNothingMoreCounted();
  });

  it("the copy arriving after question 2 was asked, and an earlier answer written another way at question 3", async () => {
    await kid.send("/reset");
    const first = weiLingAnswerFor(kid.lastText);
    await kid.send(first);
    const outcome = await kid.send(first);
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(SAME_AGAIN(1));
    expect(kid.lastText).toContain("Question 2 of 3");
    const second = weiLingAnswerFor(kid.lastText);
    await kid.send(second);
    await kid.send(` ${second.toUpperCase()}! `);
    expect(kid.lastText).toContain(SAME_AGAIN(2));
    expect(kid.lastText).toContain("Question 3 of 3");
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain(VERIFIED);
    await expectNothingMoreCounted();
  });

  it("a wrong answer sent twice fails once, as one wrong answer does", async () => {
    await kid.send("/reset");
    await kid.send("Lion");
    await kid.send("Lion");
    expect(kid.lastText).toContain(SAME_AGAIN(1));
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("Sorry, that didn't work.");
    expect(argon.verifications).toBe(3);
  });

  it("after she chose to start again, her first answer is taken again at question 1", async () => {
    await kid.send("/reset");
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send("start again");
    await kid.press("Yes, start again");
    expect(kid.lastText).toContain("Question 1 of 3");
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).not.toContain(SAME_AGAIN(1));
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain(VERIFIED);
  });

  it("says so in every language", async () => {
    for (const [locale, words] of [
      ["zh", "这个答案你已经在第 1 个问题里回答过了"],
      ["ms", "Kamu sudah beri jawapan itu untuk soalan 1"],
      ["ta", "அந்தப் பதிலை ஏற்கனவே கேள்வி 1-க்குச் சொல்லிவிட்டாய்"],
    ] as const) {
      await kid.send("/reset", { locale });
      await kid.send("Tiger", { locale });
      await kid.send("Tiger", { locale });
      expect(kid.lastText, locale).toContain(words);
      await kid.send("/cancel", { locale });
    }
  });
});
