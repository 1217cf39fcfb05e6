import { beforeEach, describe, expect, it } from "vitest";
import {
  openStep,
  WEI_LING,
  weiLingAnswerFor,
  weiLingSetUpOnOwnPhone,
} from "../../../helpers/dialog-helpers.js";
import { countArgon2, DAY, HOUR } from "../../../helpers/security-helpers.js";
import { teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";
import { logOut } from "../../../helpers/logout.js";

const SAME_AGAIN = (question: number) => `Tan Wei Ling already gave that answer to question ${question}.`;
const WRONG = "Those answers did not match.";

/*
 * A guided reset's questions route: the student answers on her teacher's device, and wrong answers count like
 * her own failed resets. On a slow school Wi-Fi her first answer, sent twice, was taken as question 2's: her
 * right answers did not match, and a try was counted against her. Set-up keeps her three answers different,
 * so an answer she already gave this round cannot be the next one's: it is not checked or counted, and the
 * same question is asked again.
 */
describe("an answer sent twice at a guided reset's questions", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let argon: ReturnType<typeof countArgon2>;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    const kid = await weiLingSetUpOnOwnPhone(world, "declined");
    await logOut(kid);
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    expect(await openStep(world, teacher)).toBe("guided.answer");
    argon = countArgon2();
    return () => argon.restore();
  });

  async function failedRounds() {
    const events = await world.deps.store.recentAudit(100);
    return events.filter((e) => e.event === "guided-reset" && e.outcome === "failed");
  }

  /** The student's failed tries, as her suspension counts them. */
  function triesCounted() {
    const rule = { maxFailures: 5, windowMs: HOUR, blockMs: DAY };
    return world.deps.store.failureTimes("student", WEI_LING.id, Date.now(), rule);
  }

  async function expectNothingCounted() {
    expect(argon.verifications).toBe(3);
    expect(await world.suspendedUntil(WEI_LING.id)).toBeNull();
    expect(await failedRounds()).toEqual([]);
    expect(await triesCounted()).toEqual([]);
  }

  async function expectPasswordShown() {
    const password = String(teacher.last.replies[0]?.text.params?.password);
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, password)).not.toBeNull();
  }

  it("two taps on Send arriving together: the copy is not question 2's answer, and her right answers reset", async () => {
    const first = weiLingAnswerFor(teacher.lastText);
    await Promise.all([teacher.send(first), teacher.send(first)]);
    expect(teacher.lastText).toContain(SAME_AGAIN(1));
    expect(teacher.lastText).toContain("Question 2 of 3 for Tan Wei Ling");
    expect(await openStep(world, teacher)).toBe("guided.answer");
    await teacher.send(weiLingAnswerFor(teacher.lastText));
    await teacher.send(weiLingAnswerFor(teacher.lastText));
    await expectPasswordShown();
    await expectNothingCounted();
  });

  it("the copy arriving after question 2 was asked, and an earlier answer written another way at question 3", async () => {
    const first = weiLingAnswerFor(teacher.lastText);
    await teacher.send(first);
    const outcome = await teacher.send(first);
    expect(outcome.deleteInbound).toBe(true);
    expect(teacher.lastText).toContain(SAME_AGAIN(1));
    const second = weiLingAnswerFor(teacher.lastText);
    await teacher.send(second);
    await teacher.send(` ${second.toUpperCase()}! `);
    expect(teacher.lastText).toContain(SAME_AGAIN(2));
    expect(teacher.lastText).toContain("Question 3 of 3 for Tan Wei Ling");
    await teacher.send(weiLingAnswerFor(teacher.lastText));
    await expectPasswordShown();
    await expectNothingCounted();
  });

  it("a wrong answer sent twice fails once, as one wrong answer does", async () => {
    await teacher.send("Lion");
    await teacher.send("Lion");
    expect(teacher.lastText).toContain(SAME_AGAIN(1));
    await teacher.send(weiLingAnswerFor(teacher.lastText));
    await teacher.send(weiLingAnswerFor(teacher.lastText));
    expect(teacher.lastText).toContain(WRONG);
    expect(argon.verifications).toBe(3);
    expect(await failedRounds()).toHaveLength(1);
    expect(await triesCounted()).toHaveLength(1);
  });

  it("says so in every language", async () => {
    await teacher.send("Tiger", { locale: "zh" });
    await teacher.send("Tiger", { locale: "zh" });
    expect(teacher.lastText).toContain("Tan Wei Ling 已经在第 1 个问题里给过这个答案了");
    await teacher.send("Purple", { locale: "ms" });
    await teacher.send("Purple", { locale: "ms" });
    expect(teacher.lastText).toContain("Tan Wei Ling sudah beri jawapan itu untuk soalan 2");
    await teacher.send("Tiger", { locale: "ta" });
    expect(teacher.lastText).toContain("Tan Wei Ling அந்தப் பதிலை ஏற்கனவே கேள்வி 1-க்குக் கொடுத்துவிட்டார்");
    expect(await openStep(world, teacher)).toBe("guided.answer");
  });
});
