import { beforeEach, describe, expect, it, vi } from "vitest";
import { formatAlert } from "../../../../src/alerts/format-alert.js";
import type { NotifierRegistry } from "../../../../src/bots/notifier-registry.js";
import { translate } from "../../../../src/core/i18n/translate.js";
import { openStep, WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../../../helpers/dialog-helpers.js";
import { countArgon2, MINUTE } from "../../../helpers/security-helpers.js";
import {
  guidedCodeSent,
  linkedOnOwnPhone,
  MR_LEE,
  noticesTo,
  noticeText,
  PRIYA,
  staffRefusals,
  teacherOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";
import { logOut } from "../../../helpers/logout.js";

/** Every text the teacher's chat was shown, buttons included. */
function everythingShown(teacher: TestChat, log: string[]): void {
  for (const reply of teacher.last.replies) {
    log.push(translate(reply.text), ...(reply.choices ?? []).map((c) => translate(c.label)));
  }
}

describe("a form teacher's guided reset", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;
  let teacherSaw: string[];

  beforeEach(async () => {
    // The clock moves past STAFF_PASSWORD_AGAIN_MINUTES here, and the teacher's password asked again is not
    // this file's subject (security-staff-password-again.test.ts): off.
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = world.chat("wei-ling-phone");
    teacherSaw = [];
  });

  async function teacherSays(text: string) {
    await teacher.send(text);
    everythingShown(teacher, teacherSaw);
  }

  it("sends a one-time code to the student's own chat, then the new password there too, never to the teacher", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacherSays("/guided S1001");
    expect(teacher.lastText).toContain("How can Tan Wei Ling prove it's them?");
    expect(teacher.buttons).toEqual(["Send a code to their chat", "They can't use their chat", "Cancel"]);
    await teacher.press("Send a code");
    everythingShown(teacher, teacherSaw);
    expect(teacher.lastText).toContain("I sent a 6-digit code to Tan Wei Ling's own chat");

    const [codeNotice] = noticesTo(world, kid);
    expect(codeNotice?.reply.protect).toBeDefined();
    const code = String(codeNotice?.reply.text.params?.code);
    expect(code).toMatch(/^\d{6}$/);
    expect(noticeText(codeNotice!)).toContain("Mrs Ng Mei Hua");

    const typed = await teacher.send(code);
    everythingShown(teacher, teacherSaw);
    expect(typed.deleteInbound).toBe(true);
    expect(teacher.lastText).toContain("new password was sent to their own chat");

    const passwordNotice = noticesTo(world, kid).at(-1)!;
    const password = String(passwordNotice.reply.text.params?.password);
    expect(passwordNotice.reply.protect?.deleteAfterSeconds).toBe(300);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    expect(world.memoryDirectory.mustChangePassword("S1001")).toBe(true);

    // The teacher's chat never held the password, nor an answer.
    const shown = teacherSaw.join("\n");
    expect(shown).not.toContain(password);
    for (const answer of WEI_LING_ANSWERS) expect(shown).not.toContain(answer);
    expect(world.alerts.ofKind("guided-reset")).toEqual([
      { kind: "guided-reset", subject: "S1001", details: { by: "T2001", byRole: "teacher", route: "code" } },
    ]);
    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "guided-reset")).toMatchObject({ actor: "T2001", outcome: "ok" });
  });

  it("when the password cannot reach the student's chat, the teacher is told and the audit says so", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const code = await guidedCodeSent(world, teacher, kid);
    const notifier = world.deps.notifier as NotifierRegistry;
    notifier.register("telegram", async () => {
      throw new Error("Forbidden: bot was blocked by the user");
    });
    await teacher.send(code);
    expect(teacher.lastText).toContain("I could not reach Tan Wei Ling's chat");
    const events = await world.deps.store.recentAudit(20);
    expect(events.find((e) => e.event === "guided-reset")).toMatchObject({
      outcome: "failed",
      reason: "password set but not delivered",
    });
  });

  it("a code works once: typing it again changes nothing", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const code = await guidedCodeSent(world, teacher, kid);
    await teacher.send(code);
    const passwordsSent = noticesTo(world, kid).length;
    await teacher.send(code);
    expect(teacher.lastText).toContain("What would you like to do?");
    expect(noticesTo(world, kid)).toHaveLength(passwordsSent);
  });

  it("a code expires after 10 minutes", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const code = await guidedCodeSent(world, teacher, kid);
    vi.setSystemTime(Date.now() + 10 * MINUTE + 1000);
    await teacher.send(code);
    expect(teacher.lastText).toBe("That code has expired. Start again with /guided.");
    expect(await world.memoryDirectory.authenticate("S1001", WEI_LING.password)).not.toBeNull();
  });

  it("three wrong codes end the attempt", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const code = await guidedCodeSent(world, teacher, kid);
    const wrong = code === "000000" ? "111111" : "000000";
    await teacher.send(wrong);
    expect(teacher.lastText).toContain("That code is not right");
    await teacher.send(wrong);
    await teacher.send(wrong);
    expect(teacher.lastText).toBe("Too many wrong codes. Start again with /guided.");
    await teacher.send(code);
    expect(await world.memoryDirectory.authenticate("S1001", WEI_LING.password)).not.toBeNull();
    // The admins read who tried: the teacher, as for a guided reset that worked, not her chat.
    const events = await world.deps.store.recentAudit(50);
    expect(events.filter((e) => e.event === "guided-reset")).toEqual([
      expect.objectContaining({ actor: "T2001", outcome: "failed", reason: "wrong one-time codes" }),
    ]);
  });

  it("an empty line, a word or a command word at the code prompt uses up no try; a code typed with spaces or full-width digits works", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const code = await guidedCodeSent(world, teacher, kid);
    for (const notACode of ["", "   ", "hmm?", "12345", "1234567"]) {
      const sent = await teacher.send(notACode);
      expect(sent.deleteInbound).toBe(true);
      // Says what a code looks like, and nothing about tries: none was used.
      expect(teacher.lastText).toContain("The code has 6 digits.");
      expect(teacher.lastText).not.toContain("tries left");
      expect(teacher.lastText).toContain("Type the code Tan Wei Ling reads to you.");
    }
    // A command word is the command (a code is never one): the help, and the same question again.
    await teacher.send("help");
    expect(teacher.lastText).toContain("Teacher commands");
    expect(teacher.lastText).toContain("Type the code Tan Wei Ling reads to you.");
    await teacher.send("12345");
    expect(teacher.lastText).toContain("The code has 6 digits.");
    // The first real wrong code then leaves two of the three tries.
    const wrong = code === "000000" ? "111111" : "000000";
    await teacher.send(wrong);
    expect(teacher.lastText).toContain("(2 tries left)");
    const fullWidth = [...code].map((d) => String.fromCharCode(0xff10 + Number(d))).join("");
    await teacher.send(` ${fullWidth.slice(0, 3)} ${fullWidth.slice(3)} `);
    expect(teacher.lastText).toContain("new password was sent to their own chat");
  });

  it("without a linked chat, the student answers on the teacher's device and the password is shown there once", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
    await teacher.send("/guided s1001");
    expect(teacher.buttons).toEqual([
      "They answer their questions here",
      "I checked them in person",
      "Cancel",
    ]);
    await teacher.press("They answer their questions here");
    for (let i = 0; i < 3; i++) {
      const asked = teacher.lastText;
      const answered = await teacher.send(weiLingAnswerFor(asked));
      expect(answered.deleteInbound).toBe(true);
    }
    const shown = teacher.last.replies[0]!;
    expect(shown.protect?.deleteAfterSeconds).toBe(300);
    const password = String(shown.text.params?.password);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    expect(world.memoryDirectory.mustChangePassword("S1001")).toBe(true);
  });

  it("wrong answers on the teacher's device change nothing, and count like the student's own failures", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
    for (let attempt = 1; attempt <= 4; attempt++) {
      await teacher.send("/guided S1001");
      await teacher.press("They answer their questions here");
      for (let i = 0; i < 3; i++) await teacher.send(`Wrong guess ${i + 1}`);
      expect(teacher.lastText).toBe(
        'Those answers did not match. If you have checked Tan Wei Ling in person, start again with /guided and choose "I checked them in person".',
      );
    }
    // The fifth starts the suspension: the teacher is told so, and what still works.
    await teacher.send("/guided S1001");
    await teacher.press("They answer their questions here");
    for (let i = 0; i < 3; i++) await teacher.send(`Wrong guess ${i + 1}`);
    expect(teacher.lastText).toBe(
      "Those answers did not match. There have been too many wrong answers for Tan Wei Ling, so answering " +
        "questions is paused for about 24 hours. An in-person check still works: start again with /guided " +
        'and choose "I checked them in person".',
    );
    expect(await world.memoryDirectory.authenticate("S1001", WEI_LING.password)).not.toBeNull();
    expect(world.alerts.ofKind("suspension")).toEqual([expect.objectContaining({ subject: "S1001" })]);
    // Each failed try, and the suspension it led to, names the teacher who ran it.
    const events = await world.deps.store.recentAudit(100);
    const failed = events.filter((e) => e.event === "guided-reset");
    expect(failed).toHaveLength(5);
    for (const event of failed)
      expect(event).toMatchObject({ actor: "T2001", outcome: "failed", reason: "answers did not match" });
    expect(events.find((e) => e.event === "reset-suspended")).toMatchObject({
      actor: "T2001",
      subject: "S1001",
    });
    // Suspended: the questions are not offered any more, and the teacher is told why; an in-person check is.
    vi.setSystemTime(Date.now() + 90 * MINUTE);
    await teacher.send("/guided S1001");
    expect(teacher.lastText).toBe(
      "Let's get Tan Wei Ling a new password. Tan Wei Ling's questions are paused for about 23 hours after " +
        "too many wrong answers, so they cannot answer them here. How can Tan Wei Ling prove it's them?",
    );
    expect(teacher.buttons).toEqual(["I checked them in person", "Cancel"]);
    await teacher.press("I checked them in person");
    await teacher.press("Yes, I checked");
    const password = String(teacher.last.replies[0]?.text.params?.password);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
  });

  /** The open dialog's button prefix, read off a button it showed (a user-API client can send any data after it). */
  function buttonPrefix(chat: TestChat): string {
    const id = chat.last.replies.flatMap((r) => r.choices ?? [])[0]?.id ?? "";
    return id.slice(0, id.indexOf(":"));
  }

  const PAUSED_ROUTE_WORDS =
    "Let's get Tan Wei Ling a new password. Tan Wei Ling's questions are paused for about 24 hours after " +
    "too many wrong answers, so they cannot answer them here. How can Tan Wei Ling prove it's them?";

  it('a forged "questions" button cannot start a suspended student\'s questions: the teacher hears they are paused', async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
    await world.failStudent("S1001", 5);
    await teacher.send("/guided S1001");
    expect(teacher.lastText).toBe(PAUSED_ROUTE_WORDS);
    expect(teacher.buttons).toEqual(["I checked them in person", "Cancel"]);

    const argon2 = countArgon2();
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        await teacher.deliver({ choice: `${buttonPrefix(teacher)}:questions` });
        expect(teacher.lastText).toBe(PAUSED_ROUTE_WORDS);
        expect(teacher.buttons).toEqual(["I checked them in person", "Cancel"]);
        expect(await openStep(world, teacher)).toBe("guided.route");
      }
      expect(argon2.verifications).toBe(0);
    } finally {
      argon2.restore();
    }
    // The admins can see a staff chat sent a button it was not shown; as an attempt, never in the protected trail.
    const refused = await staffRefusals(world);
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatchObject({ actor: "T2001", subject: "S1001", reason: "questions not offered" });
    const trail = await world.deps.store.auditTrailOf("S1001", 20);
    expect(trail.filter((e) => e.event === "staff-refused")).toEqual([]);
    // The in-person check still works.
    await teacher.press("I checked them in person");
    await teacher.press("Yes, I checked");
    const password = String(teacher.last.replies[0]?.text.params?.password);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
  });

  it("a suspension that starts after the buttons were shown stops the questions button too", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
    await teacher.send("/guided S1001");
    expect(teacher.buttons).toContain("They answer their questions here");
    await world.failStudent("S1001", 5);
    await teacher.press("They answer their questions here");
    expect(teacher.lastText).toBe(PAUSED_ROUTE_WORDS);
    expect(teacher.buttons).toEqual(["I checked them in person", "Cancel"]);
    expect(await openStep(world, teacher)).toBe("guided.route");
    // A real button pressed in a race is no forgery: nothing is audited as refused.
    const refused = await staffRefusals(world);
    expect(refused).toEqual([]);
  });

  it("a student who never set up gets a password shown once after the teacher confirms an in-person check", async () => {
    await teacher.send("/guided S1002");
    expect(teacher.buttons).toEqual(["I checked them in person", "Cancel"]);
    await teacher.press("I checked them in person");
    expect(teacher.lastText).toContain("checked in person that this is Aisha Binte Rahman");
    await teacher.press("Yes, I checked");
    const password = String(teacher.last.replies[0]?.text.params?.password);
    expect(teacher.last.replies[0]?.protect).toBeDefined();
    expect(await world.memoryDirectory.authenticate("S1002", password)).not.toBeNull();
  });

  it("when the student's chat is lost, confirming unlinks it and tells it, then shows the password here", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    expect(teacher.lastText).toContain("Their chat will be unlinked");
    await teacher.press("Yes, I checked");
    const password = String(teacher.last.replies[0]?.text.params?.password);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    expect(await world.deps.store.linkedPerson(kid.ref)).toBeNull();
    const told = noticesTo(world, kid).map(noticeText).join("\n");
    expect(told).toContain("Tan Wei Ling, your teacher unlinked this chat");
    expect(told).not.toContain(password);
    // The admins read how the student was checked in the school's language, not as an English code.
    const [alert] = world.alerts.ofKind("guided-reset");
    expect(formatAlert(alert!, 0, "en")).toContain("(route: checked in person; their chat was unlinked)");
    expect(formatAlert(alert!, 0, "zh")).toContain("当面确认");
    expect(formatAlert(alert!, 0, "zh")).not.toMatch(/in.person/);
  });

  it("an admin's guided reset of a student is alerted as an admin's, not a teacher's", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/guided S1002");
    await admin.press("I checked them in person");
    await admin.press("Yes, I checked");
    const [alert] = world.alerts.ofKind("guided-reset");
    expect(alert?.details).toEqual({ by: "A3001", byRole: "admin", route: "in-person" });
    expect(formatAlert(alert!, 0, "en")).toContain("An admin (A3001) reset the password of S1002");
  });

  it("a teacher cannot help a student of another class, and the refusal is audited", async () => {
    const other = await linkedOnOwnPhone(world, MR_LEE);
    await other.send("/guided S1001");
    expect(other.lastText).toBe(
      "You can only help students in your classes. Check the user ID and type it again. An admin can help students in other classes. To stop, type /cancel.\nWhich student? Type their user ID.",
    );
    await other.send("/guided S9999");
    expect(other.lastText).toBe(
      "You can only help students in your classes. Check the user ID and type it again. An admin can help students in other classes. To stop, type /cancel.\nWhich student? Type their user ID.",
    );
    const events = await world.deps.store.recentAudit(20);
    expect(events.filter((e) => e.event === "staff-refused" && e.actor === "T2002")).toHaveLength(2);
  });

  it("a student cannot use the teachers' commands", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    for (const command of [
      "/guided S1002",
      "/unlock S1002",
      "/clearanswers S1002",
      "/coverage 4A",
      "/stats",
    ]) {
      await kid.send(command);
      expect(kid.lastText).toContain("Only teachers and admins can use that.");
    }
  });
});
