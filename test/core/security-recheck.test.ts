import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ANSWERS_RIGHT_ACCOUNT_CHANGED, ANSWERS_RIGHT_SUSPENDED } from "../../src/core/flows/reset-flow.js";
import { DEFAULT_QUESTIONS } from "../../src/core/questions/question-list.js";
import {
  reachNewPasswordChoice,
  WEI_LING,
  WEI_LING_ANSWERS,
  weiLingAnswerFor,
} from "../helpers/dialog-helpers.js";
import { MINUTE, type SchoolClock, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const CHANGED = "Something changed on your account while we were talking, so I stopped.";
/** What changed is told when a teacher did it (see verified-reset-overtaken-by-teacher.test.ts). */
const GUIDED_MEANWHILE = "While we were talking, Mrs Ng Mei Hua made you a new password, so I stopped here.";
const CLEARED_MEANWHILE =
  "While we were talking, your school cleared your secret answers, so I stopped here.";

/**
 * A reset verified before something changed the student's standing must not finish: it is checked again,
 * atomically, right before the directory is asked to change the password.
 */
describe("a verified reset is checked again when it finishes", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
    teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await reachNewPasswordChoice(kid);
  });
  afterEach(async () => world.close());

  const passwordUnchanged = async () =>
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();

  it("not after a teacher unlinked the lost phone", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    await teacher.press("Yes");
    expect(teacher.lastText).toContain("new password");
    const teachersPassword = await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password);
    expect(teachersPassword).toBeNull();

    await kid.press("Make one for me");
    expect(kid.lastText).toContain(GUIDED_MEANWHILE);
    expect(kid.lastText).not.toMatch(/[A-Z][a-z]+-[A-Z][a-z]+-[A-Z][a-z]+-\d+/);
  });

  it("not after the account was linked to another chat", async () => {
    const other = world.chat("someone-else");
    await other.send("/setup");
    await other.send(WEI_LING.id);
    await other.send(WEI_LING.password);
    await other.send("/cancel");

    await kid.press("Make one for me");
    expect(kid.lastText).toContain(CHANGED);
    await passwordUnchanged();
  });

  it("not after a teacher cleared the answers", async () => {
    await teacher.send("/clearanswers S1001");
    await teacher.press("Yes");
    await kid.press("I'll type my own");
    await kid.send("Blue-Whale-Song-88");
    await kid.send("Blue-Whale-Song-88");
    expect(kid.lastText).toContain(CLEARED_MEANWHILE);
    await passwordUnchanged();
  });

  it("not after the student was suspended meanwhile", async () => {
    await world.failStudent(WEI_LING.id, 5);
    await kid.press("Make one for me");
    expect(kid.lastText).toContain(CHANGED);
    await passwordUnchanged();
    const events = await world.deps.store.auditTrailOf(WEI_LING.id, 20);
    expect(events.some((e) => e.event === "reset-interrupted" && e.reason === "changed")).toBe(true);
  });

  it("and it goes through when nothing changed, counting towards the cap once", async () => {
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("Your new password is");
    expect(await world.deps.store.resetSuccesses(WEI_LING.id, Date.now(), 30 * 24 * 3600_000)).toBe(1);
  });
});

describe("a guided reset is checked again when it finishes", () => {
  it("a code read out after the student re-linked elsewhere no longer resets", async () => {
    const world = await TestWorld.create();
    const kid = world.chat("wei-ling-phone");
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    const code = /\b(\d{6})\b/.exec(JSON.stringify(world.notices.at(-1)?.reply))?.[1];
    expect(code).toBeDefined();

    const other = world.chat("new-phone");
    await other.send("/setup");
    await other.send(WEI_LING.id);
    await other.send(WEI_LING.password);

    await teacher.send(code!);
    expect(teacher.lastText).toContain("changed while we were working");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    await world.close();
  });
});

describe("a dialog has an absolute lifetime", () => {
  let world: TestWorld;
  let clock: SchoolClock;
  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
  });

  it("a verified reset kept busy with a message every 10 minutes ends 30 minutes after it began", async () => {
    const kid = world.chat("wei-ling-phone");
    await reachNewPasswordChoice(kid);
    for (let i = 0; i < 2; i++) {
      clock.advance(10 * MINUTE);
      await kid.send("/help");
      expect(kid.lastText).not.toContain("away");
    }
    clock.advance(10 * MINUTE);
    await kid.send("hello");
    expect(kid.lastText).toContain("We stopped because this took too long.");
    expect(kid.buttons).not.toContain("Make one for me");
  });
});

/**
 * Right answers in a round whose account changed before its last answer fail as wrong ones do, so the
 * words never tell whoever holds the chat that the answers were right. The audit is for the admins: it must
 * not say the answers were wrong, or an admin reads a guessing student where a teacher's guided reset (or a
 * suspension the round outlived) was the cause.
 */
describe("a reset whose account changed during its questions", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;
  const WRONG_WORDS = "An answer may be different from the one you set up.";

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
    teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/reset");
    await kid.send(weiLingAnswerFor(askedQuestion(kid)));
    await kid.send(weiLingAnswerFor(askedQuestion(kid)));
  });
  afterEach(async () => world.close());

  const lastResetReason = async () => {
    const events = await world.deps.store.recentAudit(100);
    return events.filter((e) => e.event === "reset" && e.subject === WEI_LING.id)[0]?.reason;
  };

  it("is audited as right answers on a changed account, after a teacher's guided reset", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    await teacher.press("Yes");
    await kid.send(weiLingAnswerFor(askedQuestion(kid)));
    expect(kid.lastText).toContain(WRONG_WORDS);
    expect(await lastResetReason()).toBe(ANSWERS_RIGHT_ACCOUNT_CHANGED);
  });

  it("is audited as right answers while suspended, after a suspension the round outlived", async () => {
    await world.failStudent(WEI_LING.id, 5);
    await kid.send(weiLingAnswerFor(askedQuestion(kid)));
    expect(kid.lastText).toContain(WRONG_WORDS);
    expect(await lastResetReason()).toBe(ANSWERS_RIGHT_SUSPENDED);
  });

  it("still says the answers did not match when they did not", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    await teacher.press("Yes");
    await kid.send("not my answer");
    expect(kid.lastText).toContain(WRONG_WORDS);
    expect(await lastResetReason()).toBe("answers did not match");
  });
});

/** The question the kid's chat was asked last, in English. */
function askedQuestion(kid: TestChat): string {
  const asked = DEFAULT_QUESTIONS.find((q) => kid.lastText.includes(q.text.en ?? "\u0000"));
  if (asked === undefined) throw new Error(`no question asked: ${kid.lastText}`);
  return asked.text.en ?? "";
}
