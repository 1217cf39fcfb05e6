import { beforeEach, describe, expect, it, vi } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import type { FlowContext } from "../../src/core/flows/flow.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { alreadySetUp, countArgon2, MINUTE } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, PRIYA, staffRefusals, teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

/**
 * A teacher whose device runs many guided resets by questions: every answer checked there is paid from
 * that chat's answer-check budget (CHAT_MAX_ANSWER_CHECKS, 30 an hour), right answers too, so that no one
 * device can guess without end. When the budget is spent she is told so in her own words, with what still
 * works, and the questions are not offered while a whole round could not be checked.
 */
const STUDENT_WORDS = "There have been too many tries from this chat.";
const QUESTIONS = "They answer their questions here";
const IN_PERSON = "I checked them in person";

describe("a teacher's device that has used its answer checks", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    // The clock moves past STAFF_PASSWORD_AGAIN_MINUTES here, and the teacher's password asked again is not
    // this file's subject (security-staff-password-again.test.ts): off.
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
  });

  /** The teacher's chat as the limits see it. */
  function teacherCtx(): FlowContext {
    return { chat: teacher.ref, now: Date.now(), deps: world.deps, language: "en" };
  }

  /** Spends `count` of the teacher's chat's answer checks, as other rounds on her device would. */
  async function spendChecks(count: number): Promise<void> {
    for (let i = 0; i < count; i++) await world.deps.limits.chargeAnswerCheck(teacherCtx());
  }

  /** One guided reset by questions, all three answers right. */
  async function goodRound(): Promise<void> {
    await teacher.send("/guided S1001");
    await teacher.press(QUESTIONS);
    for (let i = 0; i < 3; i++) await teacher.send(weiLingAnswerFor(teacher.lastText));
    expect(teacher.lastText).toContain("Tan Wei Ling's new password is:");
  }

  it("wrong rounds about several students from a staff device: the admins get the guessing alert, not 'she may be helping'", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    const students = ["S1002", "S1003", "S1004", "S1005"] as const;
    for (const id of students) {
      const kid = world.chat(`${id}-phone`);
      await alreadySetUp(world, kid, id, { animal: "Tiger", colour: "Purple", food: "Noodles" });
      await logOut(kid);
    }
    for (const id of ["S1001", ...students]) {
      await admin.send(`/guided ${id}`);
      await admin.press(QUESTIONS);
      for (let i = 0; i < 3; i++) await admin.send(`Wrong guess ${i + 1}`);
    }
    expect(world.alerts.ofKind("staff-chat-throttled")).toEqual([]);
    const [paused] = world.alerts.ofKind("chat-throttled");
    expect(paused?.details).toMatchObject({ reason: "failures" });
    expect(formatAlert(paused!, Date.now(), "en")).toContain("Someone may be guessing");
  });

  it("after ten right rounds (30 checks) the questions are not offered: she is told why, and that in person works", async () => {
    for (let round = 0; round < 10; round++) await goodRound();
    await teacher.send("/guided S1001");
    expect(teacher.lastText).toBe(
      "Let's get Tan Wei Ling a new password. This device has checked as many answers as one device may " +
        "for now (a limit that stops anyone guessing answers without end), so Tan Wei Ling cannot answer " +
        "their questions here for about 60 minutes. An in-person check still works. How can Tan Wei Ling " +
        "prove it's them?",
    );
    expect(teacher.buttons).toEqual([IN_PERSON, "Cancel"]);
    expect(teacher.lastText).not.toContain(STUDENT_WORDS);
    await teacher.press(IN_PERSON);
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toContain("Tan Wei Ling's new password is:");
    // The pause ends with its hour: the questions are offered again.
    vi.setSystemTime(Date.now() + 61 * MINUTE);
    await teacher.send("/guided S1001");
    expect(teacher.buttons).toEqual([QUESTIONS, IN_PERSON, "Cancel"]);
  });

  it("a round is not started when the checks left cannot finish it: the child types no answer in vain", async () => {
    await spendChecks(28);
    vi.setSystemTime(Date.now() + 10 * MINUTE);
    await teacher.send("/guided S1001");
    // Two checks left, three answers to check: wait until the oldest check leaves the hour.
    expect(teacher.lastText).toContain("cannot answer their questions here for about 50 minutes");
    expect(teacher.buttons).toEqual([IN_PERSON, "Cancel"]);
  });

  it("with three checks left the round is offered, and all three answers are checked", async () => {
    await spendChecks(27);
    await goodRound();
  });

  it("a questions button shown before the pause began is refused with the same words, and no answer is asked", async () => {
    await teacher.send("/guided S1001");
    expect(teacher.buttons).toContain(QUESTIONS);
    await spendChecks(30);
    const argon2 = countArgon2();
    try {
      await teacher.press(QUESTIONS);
      expect(argon2.verifications).toBe(0);
    } finally {
      argon2.restore();
    }
    expect(teacher.lastText).toContain(
      "so Tan Wei Ling cannot answer their questions here for about 60 minutes",
    );
    expect(teacher.buttons).toEqual([IN_PERSON, "Cancel"]);
    expect(await openStep(world, teacher)).toBe("guided.route");
    // A real button pressed in a race is no forgery: nothing is audited as refused.
    const refused = await staffRefusals(world);
    expect(refused).toEqual([]);
  });

  it("a pause met at an answer is told in the teacher's words, naming the in-person route", async () => {
    await teacher.send("/guided S1001");
    await teacher.press(QUESTIONS);
    // Spent elsewhere meanwhile (another replica's turn, a setting changed): the first answer uses the last.
    await spendChecks(29);
    await teacher.send(weiLingAnswerFor(teacher.lastText));
    expect(teacher.lastText).toBe(
      "This device has checked as many answers as one device may for now (a limit that stops anyone " +
        "guessing answers without end), so Tan Wei Ling's answers cannot be checked here for about 60 " +
        'minutes. Nothing was changed. An in-person check still works: start again with /guided and choose "I ' +
        'checked them in person".',
    );
    expect(teacher.lastText).not.toContain(STUDENT_WORDS);
    expect(await openStep(world, teacher)).toBeNull();
    expect(await world.memoryDirectory.authenticate("S1001", WEI_LING.password)).not.toBeNull();
  });

  it("a student's own chat still hears the student's words", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const kidCtx: FlowContext = { chat: kid.ref, now: Date.now(), deps: world.deps, language: "en" };
    for (let i = 0; i < 30; i++) await world.deps.limits.chargeAnswerCheck(kidCtx);
    await kid.send("/reset");
    expect(kid.lastText).toContain(STUDENT_WORDS);
  });

  it("/audit of the paused chat shows the pause, whose chat it is and until when; never an answer", async () => {
    for (let round = 0; round < 10; round++) await goodRound();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit telegram:mrs-ng-phone");
    const report = admin.lastText;
    expect(report).toContain("Chat telegram:mrs-ng-phone");
    expect(report).toContain("Linked to: Mrs Ng Mei Hua (T2001)");
    expect(report).toContain("Paused now: answer checks, until 2026-03-02 09:00 UTC");
    expect(report).toMatch(
      /UTC {2}chat pause: refused \(about telegram:mrs-ng-phone, by T2001\) – too many answer checks from one chat/,
    );
    for (const answer of WEI_LING_ANSWERS) expect(report).not.toContain(answer);
    // Asked for without an id, the same.
    await admin.send("/audit");
    await admin.send("telegram:mrs-ng-phone");
    expect(admin.lastText).toBe(report);
  });

  it("/audit of a chat nobody uses says so, rather than 'no events'", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit slack:U0NOBODY");
    expect(admin.lastText).toContain("Chat slack:U0NOBODY");
    expect(admin.lastText).toContain("Linked to: nobody");
    expect(admin.lastText).toContain("Paused now: no");
  });

  it("/audit of a chat with no events says there are none, not 'nobody'", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit slack:U0NOBODY");
    expect(admin.lastText).toMatch(/Events about this chat in the last 7 days:\n• none/);
  });

  it("/unlock of a chat that was not paused, or of a key with no chat id, says so instead of 'Done'", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/unlock telegram:999");
    expect(admin.lastText).toContain("telegram:999 was not paused, so there was nothing to lift");
    // Nothing done is only noted, as a student's unlock that lifted nothing: /audit and the export say so.
    const unlocks = (await world.deps.store.recentAudit(50)).filter((e) => e.event === "unlock");
    expect(unlocks).toEqual([
      expect.objectContaining({ subject: "telegram:999", outcome: "info", reason: "chat nothing to lift" }),
    ]);
    await admin.send("/audit telegram:999");
    expect(admin.lastText).toMatch(
      /unlock: noted \(about telegram:999, by A3001\) – the chat was not paused, and nothing was counted/,
    );
    await admin.send("/unlock telegram:");
    expect(admin.lastText).not.toContain("Done");
    // No chat id: taken as a mistyped id, and asked again.
    expect(admin.lastText).toContain("I can't find anyone with that user ID");
    expect(admin.lastText).toContain("Whose account or chat?");
  });

  it("/unlock of a chat that was not paused but had counted checks says it cleared them, not 'check the name'", async () => {
    await goodRound();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/unlock telegram:mrs-ng-phone");
    expect(admin.lastText).toBe(
      "The chat telegram:mrs-ng-phone was not paused. I cleared what it had counted, so its answer checks and failed tries start again from zero.",
    );
    await admin.send("/audit telegram:mrs-ng-phone");
    expect(admin.lastText).toMatch(
      /unlock: noted \(about telegram:mrs-ng-phone, by A3001\) – the chat was not paused \(its counts were cleared\)/,
    );
  });

  it("an admin on another chat lifts the pause with /unlock and the chat key; the teacher's questions are back", async () => {
    for (let round = 0; round < 10; round++) await goodRound();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/unlock telegram:mrs-ng-phone");
    expect(admin.lastText).toBe(
      "Done: the chat telegram:mrs-ng-phone is not paused now, and its answer checks and failed tries count again from zero.",
    );
    await teacher.send("/guided S1001");
    expect(teacher.buttons).toEqual([QUESTIONS, IN_PERSON, "Cancel"]);
    await admin.send("/audit telegram:mrs-ng-phone");
    expect(admin.lastText).toContain("Paused now: no");
    expect(admin.lastText).toMatch(
      /unlock: done \(about telegram:mrs-ng-phone, by A3001\) – chat pause lifted/,
    );
  });

  it("a teacher cannot lift a chat's pause, not even her own device's, and the refusal is audited", async () => {
    for (let round = 0; round < 10; round++) await goodRound();
    await teacher.send("/unlock telegram:mrs-ng-phone");
    expect(teacher.lastText).toBe(
      "Only an admin can lift a chat's pause. It ends by itself; meanwhile an in-person guided reset still works.",
    );
    await teacher.send("/guided S1001");
    expect(teacher.buttons).toEqual([IN_PERSON, "Cancel"]);
    const refused = await staffRefusals(world);
    expect(refused).toEqual([
      expect.objectContaining({ actor: "T2001", subject: "telegram:mrs-ng-phone", reason: "unlock" }),
    ]);
  });

  it("an admin cannot lift the pause of the chat she is using: another admin must", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    const adminCtx: FlowContext = { chat: admin.ref, now: Date.now(), deps: world.deps, language: "en" };
    for (let i = 0; i < 30; i++) await world.deps.limits.chargeAnswerCheck(adminCtx);
    await admin.send("/unlock");
    await admin.send("telegram:priya-phone");
    expect(admin.lastText).toBe(
      "You can't lift the pause of the chat you are using: another admin can, with /unlock telegram:priya-phone from their own chat. It also ends by itself.",
    );
    expect(
      await world.deps.limits.blockedUntil("answer-checks", "telegram:priya-phone", Date.now()),
    ).not.toBeNull();
  });

  it("an admin's /unlock of her own chat when it is not paused says there is nothing to lift, not 'ask another admin'", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/unlock telegram:priya-phone");
    expect(admin.lastText).toBe(
      "The chat you are using (telegram:priya-phone) is not paused, so there is nothing to lift.",
    );
    expect(admin.lastText).not.toContain("another admin");
  });

  it("an alert about a staff device names the staff account, and does not call every answer a guess", async () => {
    for (let round = 0; round < 10; round++) await goodRound();
    expect(world.alerts.ofKind("chat-throttled")).toEqual([]);
    expect(world.alerts.ofKind("staff-chat-throttled")).toEqual([
      {
        kind: "staff-chat-throttled",
        subject: "telegram:mrs-ng-phone",
        details: { failures: 30, reason: "answerChecks", staff: "T2001" },
      },
    ]);
    const text = formatAlert(world.alerts.ofKind("staff-chat-throttled")[0]!);
    expect(text).toContain(
      "The chat telegram:mrs-ng-phone, linked to the staff account T2001, was paused after 30 answer checks.",
    );
    expect(text).toContain("/audit telegram:mrs-ng-phone");
    expect(text).toContain("/unlock telegram:mrs-ng-phone");
    expect(text).not.toContain("check /audit for the students they tried");
  });
});
