import { beforeEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../../src/core/flows/practice-reminder-flow.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../../helpers/dialog-helpers.js";
import { countArgon2, DAY, type SchoolClock, worldOnSchoolClock } from "../../helpers/security-helpers.js";
import type { TestChat, TestWorld } from "../../helpers/test-world.js";

const SAME_AGAIN = (question: number) => `You already gave that answer to question ${question}.`;
const ALL_RIGHT = "All right! You still remember your answers. 🎉";

/*
 * The practice reminder later in the term counts a miss as a failed reset. On a slow phone her first answer,
 * sent twice, was taken as question 2's: her right answers were "not all right", and a try was counted
 * (five lock her out for a day). Set-up keeps her three answers different, so an answer she already gave this
 * round cannot be the next one's: it is not checked or counted, and the same question is asked again.
 */
describe("an answer sent twice at a practice reminder's check", () => {
  let world: TestWorld;
  let clock: SchoolClock;
  let kid: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
    kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.press("No thanks");
    clock.advance(120 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    expect(await openStep(world, kid)).toBe("practice.remind");
    argon = countArgon2();
    return () => argon.restore();
  });

  async function expectNothingCounted() {
    expect(argon.verifications).toBe(3);
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
    const attempts = await world.deps.store.attemptCountsOf(WEI_LING.id);
    expect(attempts.filter((a) => a.outcome === "failed")).toEqual([]);
  }

  it("two taps on Send arriving together: the copy is not question 2's answer, and her right answers are all right", async () => {
    const first = weiLingAnswerFor(kid.lastText);
    await Promise.all([kid.send(first), kid.send(first)]);
    expect(kid.lastText).toContain(SAME_AGAIN(1));
    expect(kid.lastText).toContain("Practice, question 2 of 3");
    expect(await openStep(world, kid)).toBe("practice.remind");
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toBe(ALL_RIGHT);
    await expectNothingCounted();
  });

  it("the copy arriving after question 2 was asked, and an earlier answer written another way at question 3", async () => {
    const first = weiLingAnswerFor(kid.lastText);
    await kid.send(first);
    const outcome = await kid.send(first);
    expect(outcome.deleteInbound).toBe(true);
    expect(kid.lastText).toContain(SAME_AGAIN(1));
    const second = weiLingAnswerFor(kid.lastText);
    await kid.send(second);
    await kid.send(` ${second.toUpperCase()}! `);
    expect(kid.lastText).toContain(SAME_AGAIN(2));
    expect(kid.lastText).toContain("Practice, question 3 of 3");
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toBe(ALL_RIGHT);
    await expectNothingCounted();
  });

  it("a wrong answer sent twice fails once, as one wrong answer does", async () => {
    await kid.send("Lion");
    await kid.send("Lion");
    expect(kid.lastText).toContain(SAME_AGAIN(1));
    await kid.send(weiLingAnswerFor(kid.lastText));
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("Not all right.");
    expect(argon.verifications).toBe(3);
    expect(await world.deps.store.attemptCountsOf(WEI_LING.id)).toEqual([
      expect.objectContaining({ event: "reset", outcome: "failed", count: 1 }),
    ]);
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
    expect(await openStep(world, kid)).toBe("practice.remind");
  });
});
