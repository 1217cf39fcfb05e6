import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { countArgon2 } from "../../helpers/security-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";

const SAME_AGAIN = (question: number) => `You already gave that answer to question ${question}.`;
const ALL_MATCH = "All 3 answers match.";

/*
 * The practice round at the end of set-up, on a slow phone: her first answer sent twice was taken as question
 * 2's, came out "not the same as before", and she was sent to change an answer that was right. Set-up keeps
 * her three answers different, so an answer she already gave this round cannot be the next one's: it is not
 * checked, and the same question is asked again.
 */
describe("an answer sent twice in the practice round", () => {
  let world: TestWorld;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;
  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("Check that I remember");
    argon = countArgon2();
  });
  afterEach(async () => {
    argon.restore();
    await world.close();
  });

  it("two taps on Send arriving together: the copy is not question 2's answer, and her right answers all match", async () => {
    const saved = await world.deps.store.getEnrolment(WEI_LING.id);
    const first = weiLingAnswerFor(kid.lastText);
    await Promise.all([kid.send(first), kid.send(first)]);
    expect(kid.lastText).toContain(SAME_AGAIN(1));
    expect(kid.lastText).toContain("Practice, question 2 of 3");
    expect(await openStep(world, kid)).toBe("setup.practice");
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain(ALL_MATCH);
    expect(argon.verifications).toBe(3);
    expect(await world.deps.store.getEnrolment(WEI_LING.id)).toEqual(saved);
  });

  it("the copy arriving after question 2 was asked, and an earlier answer written another way at question 3", async () => {
    const first = weiLingAnswerFor(kid.lastText);
    await kid.send(first);
    const outcome = await kid.send(first);
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(SAME_AGAIN(1));
    expect(kid.lastText).toContain("Practice, question 2 of 3");
    const second = weiLingAnswerFor(kid.lastText);
    await kid.send(second);
    await kid.send(` ${second.toUpperCase()}! `);
    expect(kid.lastText).toContain(SAME_AGAIN(2));
    expect(kid.lastText).toContain("Practice, question 3 of 3");
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain(ALL_MATCH);
    expect(argon.verifications).toBe(3);
  });

  it("a wrong answer sent twice is one answer not the same, as one wrong answer is", async () => {
    await kid.send("Lion");
    await kid.send("Lion");
    expect(kid.lastText).toContain(SAME_AGAIN(1));
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("One answer was not the same as before.");
    expect(argon.verifications).toBe(3);
  });

  it("a round left by older code (no digests kept) goes on as before", async () => {
    await kid.send(weiLingAnswerFor(kid.lastText));
    const stored = await world.deps.store.loadDialog(kid.ref);
    const document = JSON.parse(stored!.json) as { state: { earlierAnswers?: string[] } };
    expect(document.state.earlierAnswers).toHaveLength(1);
    delete document.state.earlierAnswers;
    const json = JSON.stringify(document);
    expect(await world.deps.store.saveDialog(kid.ref, stored!.revision, json, 900)).toBe(true);
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("Practice, question 3 of 3");
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain(ALL_MATCH);
  });

  it("says so in every language", async () => {
    await kid.send("Tiger", { locale: "zh" });
    await kid.send("Tiger", { locale: "zh" });
    expect(kid.lastText).toContain("这个答案你已经在第 1 个问题里回答过了");
    await kid.send("Purple", { locale: "ms" });
    await kid.send("Purple", { locale: "ms" });
    expect(kid.lastText).toContain("Kamu sudah beri jawapan itu untuk soalan 2");
    await kid.send("Tiger", { locale: "ta" });
    expect(kid.lastText).toContain("அந்தப் பதிலை ஏற்கனவே கேள்வி 1-க்குச் சொல்லிவிட்டாய்");
    expect(await openStep(world, kid)).toBe("setup.practice");
  });
});
