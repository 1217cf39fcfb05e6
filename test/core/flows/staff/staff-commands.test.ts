import { beforeEach, describe, expect, it } from "vitest";
import { exportAudit } from "../../../../src/core/audit-file.js";
import { translate } from "../../../../src/core/i18n/translate.js";
import { WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../../../helpers/dialog-helpers.js";
import {
  linkedOnOwnPhone,
  linkStaff,
  MR_LEE,
  MRS_NG,
  noticesTo,
  noticeText,
  PRIYA,
  teacherOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";
import { logOut } from "../../../helpers/logout.js";
import { childRegisterWords } from "../../../helpers/register-words.js";

describe("teachers' and admins' commands", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone());
    kid = world.chat("wei-ling-phone");
  });

  async function suspendWeiLing() {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    for (let i = 0; i < 5; i++) await kid.answerReset("S1001", () => "Wrong guess");
    expect(await world.suspendedUntil("S1001", Date.now())).not.toBeNull();
  }

  it("/help in a teacher's chat lists the teacher commands; an admin also sees the admin ones", async () => {
    await teacher.send("/help");
    expect(teacher.lastText).toContain("/guided ID");
    expect(teacher.lastText).not.toContain("/stats");
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/help");
    expect(admin.lastText).toContain("/stats");
  });

  it("/help heads the shared list 'Staff commands' for an admin, 'Teacher commands' for a teacher, in every language", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    const headings = {
      English: ["Teacher commands:", "Staff commands:"],
      中文: ["老师的命令：", "教职员的命令："],
      "Bahasa Melayu": ["Arahan guru:", "Arahan kakitangan:"],
      தமிழ்: ["ஆசிரியர் கட்டளைகள்:", "பணியாளர் கட்டளைகள்:"],
    };
    for (const [language, [teachers, staffs]] of Object.entries(headings)) {
      await teacher.send("/language");
      await teacher.press(language);
      await teacher.send("/help");
      expect(teacher.lastText.startsWith(teachers!), teacher.lastText).toBe(true);
      await admin.send("/language");
      await admin.press(language);
      await admin.send("/help");
      expect(admin.lastText.startsWith(staffs!), admin.lastText).toBe(true);
      expect(admin.lastText).not.toContain(teachers!);
    }
    // An admin has no class: she may help any student.
    await teacher.send("/language");
    await teacher.press("English");
    await teacher.send("/help");
    expect(teacher.lastText).toContain("/guided ID – help a student of your class get a new password");
    await admin.send("/language");
    await admin.press("English");
    await admin.send("/help");
    expect(admin.lastText).toContain("/guided ID – help a student get a new password");
  });

  it("a teacher who answers buttons with words is asked politely in Tamil (நீங்கள்), a child familiarly (நீ)", async () => {
    await teacher.send("/language");
    await teacher.press("தமிழ்");
    await teacher.send("/guided S1001");
    await teacher.send("the first one");
    // The routes take only a tap (typed words or numbers do not count there), said politely too.
    expect(teacher.lastText).toContain(
      "ஒரு பொத்தானை அழுத்துங்கள். இந்தப் படியில் நீங்கள் தட்டச்சு செய்யும் சொல்லோ எண்ணோ ஏற்கப்படாது",
    );
    await kid.send("/language");
    await kid.press("தமிழ்");
    await kid.send("/setup");
    await kid.send(WEI_LING.id);
    await kid.send(WEI_LING.password);
    await kid.send("the animal one");
    expect(kid.lastText).toContain("ஒரு பொத்தானை அழுத்து, அல்லது அதன் எண்ணைத் தட்டச்சு செய் (1–8).");
  });

  it("unlock lifts a suspension, so the student can reset by themselves again", async () => {
    await suspendWeiLing();
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toBe("Done! Tan Wei Ling can reset their password by themselves again.");
    await kid.answerReset("S1001", weiLingAnswerFor);
    expect(kid.lastText).toContain("all 3 answers are right");
    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "unlock")).toMatchObject({ actor: "T2001", subject: "S1001" });
  });

  it("unlock after the answers were cleared lifts the suspension but does not promise a reset by themselves", async () => {
    await suspendWeiLing();
    await teacher.send("/clearanswers S1001");
    await teacher.press("Yes, clear them");
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toBe(
      "Done, Tan Wei Ling is no longer suspended. They have not set up their secret questions yet, so they can't reset by themselves. Ask them to type /setup in their own chat. If they need a new password before then, you can help them with /guided.",
    );
    expect(await world.suspendedUntil("S1001", Date.now())).toBeNull();
  });

  it("unlock asks for the student when no id is given, and says when nobody was suspended", async () => {
    await teacher.send("/unlock");
    expect(teacher.lastText).toBe("Which student? Type their user ID.");
    await teacher.send("   ");
    expect(teacher.lastText).toBe("I didn't get any words.\nWhich student? Type their user ID.");
    await teacher.send("S1002");
    expect(teacher.lastText).toContain("Aisha Binte Rahman was not suspended");
  });

  it("unlock of a student the directory locked after wrong passwords lifts it, audits it and tells the admins", async () => {
    world.memoryDirectory.lockOut("S1002");
    await teacher.send("/unlock S1002");
    // Aisha has no answers yet: the reply also says she must /setup first.
    expect(teacher.lastText).toContain(
      "Aisha Binte Rahman was not suspended, but the school system had locked their account after too many wrong passwords. I unlocked it, so they can log in again. I told the IT admins, in case someone was trying to guess the password.",
    );
    expect(await world.memoryDirectory.authenticate("S1002", "River-Kite-34")).not.toBeNull();
    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "unlock")).toMatchObject({
      actor: "T2001",
      subject: "S1002",
      outcome: "ok",
      reason: "directory lock lifted",
    });
    expect(world.alerts.ofKind("directory-lock-lifted")).toEqual([
      { kind: "directory-lock-lifted", subject: "S1002", details: { by: "T2001", byRole: "teacher" } },
    ]);
  });

  it("unlock of a suspended student whose account the directory also locked says both", async () => {
    await suspendWeiLing();
    world.memoryDirectory.lockOut("S1001");
    await teacher.send("/unlock S1001");
    expect(teacher.last.replies.map((r) => translate(r.text))).toEqual([
      "Done! Tan Wei Ling can reset their password by themselves again.",
      "The school system had also locked their account after too many wrong passwords. I unlocked it, and told the IT admins, in case someone was trying to guess the password.",
    ]);
    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "unlock")?.reason).toBe("suspension and directory lock lifted");
    expect(world.alerts.ofKind("directory-lock-lifted")).toHaveLength(1);
  });

  it("unlock with nothing to lift, of a student with answers but no linked chat, says they must /setup again", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
    await teacher.send("/unlock S1001");
    expect(teacher.last.replies.map((r) => translate(r.text))).toEqual([
      "Tan Wei Ling was not suspended, and their account was not locked, so there was nothing to unlock.",
      "Their secret questions are set up, but no chat is linked to their account, so they need to link one with /setup before they can reset by themselves.",
    ]);
  });

  it("unlock with nothing to lift says so, and tells no admin", async () => {
    await teacher.send("/unlock S1002");
    expect(teacher.last.replies.map((r) => translate(r.text))).toEqual([
      "Aisha Binte Rahman was not suspended, and their account was not locked, so there was nothing to unlock.",
      "They have not set up their secret questions yet, so they can't reset by themselves. Ask them to type /setup in their own chat. If they need a new password before then, you can help them with /guided.",
    ]);
    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "unlock")?.reason).toBe("not suspended");
    expect(world.alerts.ofKind("directory-lock-lifted")).toEqual([]);
  });

  it("unlock of a student who never set up says so as a plain fact and what to do next, in every language", async () => {
    // The old words ("no secret questions now", "sekarang", "现在", "இப்போது") read as if the unlock removed them.
    const now = { English: "now", 中文: "现在", "Bahasa Melayu": "sekarang", தமிழ்: "இப்போது" };
    for (const [language, word] of Object.entries(now)) {
      await teacher.send("/language");
      await teacher.press(language);
      await teacher.send("/unlock S1002");
      const reply = teacher.last.replies.at(-1)!;
      const notSetUp = translate(reply.text, reply.language);
      expect(notSetUp).toContain("/setup");
      expect(notSetUp).toContain("/guided");
      expect(notSetUp).not.toContain(word === "now" ? " now" : word);
    }
  });

  /**
   * Failed tries short of a suspension are forgotten by an /unlock: the student has her five tries again.
   * That is still only an attempt (noted, counted per day), but its note says what it did, not "not suspended".
   */
  it("unlock of a student with failed tries short of a suspension forgets them, and the audit says so", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    for (let i = 0; i < 2; i++) await kid.answerReset("S1001", () => "Wrong guess");
    await teacher.send("/unlock S1001");
    // Not "nothing to unlock": she did give the student her tries back.
    expect(teacher.lastText).toBe(
      "Tan Wei Ling was not suspended, and their account was not locked. I cleared their 2 wrong tries, so they have all their tries again.",
    );
    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "unlock")).toMatchObject({
      outcome: "info",
      reason: "failures cleared",
    });
    for (let i = 0; i < 3; i++) await kid.answerReset("S1001", () => "Wrong guess");
    expect(await world.suspendedUntil("S1001", Date.now())).toBeNull();

    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit T2001");
    expect(admin.lastText).toMatch(/UTC {2}unlock: noted \(telegram, about S1001\) – failed tries cleared/);
    await admin.send("/language");
    await admin.press("Bahasa Melayu");
    await admin.send("/audit T2001");
    expect(admin.lastText).not.toContain("failures cleared");
  });

  it("clearing answers asks first, then deletes them and tells the student's chat", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/clearanswers S1001");
    expect(teacher.buttons).toEqual(["Yes, clear them", "Cancel"]);
    await teacher.press("Yes, clear them");
    expect(teacher.lastText).toContain("must set up their secret questions again");
    expect(await world.deps.store.getEnrolment("S1001")).toBeNull();
    expect(noticesTo(world, kid).map(noticeText)).toContain(
      "Tan Wei Ling, your school cleared your secret answers, so you need to set them up again: type /setup. If you did not expect this, tell your teacher.",
    );
  });

  it("clearing the answers of a student who never set up says so at once, and what to do next", async () => {
    const nothingToClear =
      "Aisha Binte Rahman has not set up any questions, so there is nothing to clear. Ask them to type /setup in their own chat. If they need a new password before then, you can help them with /guided.";
    await teacher.send("/clearanswers S1002");
    expect(teacher.lastText).toBe(nothingToClear);
    expect(teacher.buttons).toEqual([]);
    await teacher.send("/clearanswers");
    await teacher.send("S1002");
    expect(teacher.lastText).toBe(nothingToClear);
  });

  it.each(["zh", "ms", "ta"])(
    "in %s, nothing to clear also says what to do next, to the teacher as an adult",
    async (language) => {
      await world.deps.store.setChatLanguage(teacher.ref, language);
      await teacher.send("/clearanswers S1002");
      expect(teacher.lastText).toContain("Aisha Binte Rahman");
      expect(teacher.lastText).toContain("/setup");
      expect(teacher.lastText).toContain("/guided");
      expect(childRegisterWords(language, teacher.lastText)).toEqual([]);
    },
  );

  it("cancelling the clear keeps the answers", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/clearanswers S1001");
    await teacher.press("Cancel");
    expect(await world.deps.store.getEnrolment("S1001")).not.toBeNull();
  });

  it("coverage lists who in the class has not set up yet and who is suspended", async () => {
    await suspendWeiLing();
    await teacher.send("/coverage");
    expect(teacher.lastText).toBe(
      [
        "Class 4A: 3 students, 1 set up.",
        "Not set up yet:",
        "• Aisha Binte Rahman (S1002)",
        "• Arjun Kumar (S1003)",
        "Suspended:",
        "• Tan Wei Ling (S1001)",
        // What she can do about it, said where she sees it (before, nothing said so).
        "To help a suspended student: /unlock and their ID lets them reset by themselves again (check it was them first), or /guided and their ID gives them a new password now.",
      ].join("\n"),
    );
  });

  it("a teacher cannot see another class's coverage; an admin picks any class", async () => {
    await teacher.send("/coverage 5B");
    // A report is seen, not helped with: its own words, and what to type instead.
    expect(teacher.lastText).toBe(
      "5B is not one of your classes. Your class is 4A: type /coverage to see it.",
    );
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/coverage");
    expect(admin.buttons).toEqual(["4A", "5B"]);
    await admin.press("5B");
    expect(admin.lastText).toContain("Class 5B: 3 students, 0 set up.");
  });

  it("a long class name typed by a teacher is not audited as typed", async () => {
    // Each refusal is filed in the stream and under the teacher: 400 letters each time, 60 an hour. A class
    // the school does not have is filed as "?" (it may be her password in words).
    await teacher.send(`/coverage ${"x".repeat(400)}`);
    const refused = (await world.deps.store.recentAudit(10)).find((e) => e.event === "staff-refused");
    expect(refused?.subject).toBe("class:?");
    const filed = await world.deps.store.auditByOf("T2001", "attempt", Date.now(), 10);
    expect(filed.events.map((e) => e.subject)).toEqual(["class:?"]);
  });

  it("a class typed with a terminal's control codes reaches `npm run audit` as plain text", async () => {
    // ESC [1A ESC [2K moves a terminal's cursor up and wipes the line: printed by `npm run audit`, her refused
    // class would hide the line above it (her own earlier action) from the admin reading the export.
    // (Words short enough not to look like a password, which would be taken as no class at all.)
    const wipeLineAbove = "\u001b[1A \u001b[2K \u009b1A \u009b2K";
    await teacher.send(`/coverage ${wipeLineAbove}`);
    const exported = await exportAudit(world.deps.store, { since: 0, limit: 100, format: "csv" });
    expect(exported).toContain("staff-refused");
    // Line breaks end its rows; no other control character is left.
    expect(exported.replace(/\n/g, "")).not.toMatch(/\p{Cc}/u);
  });

  it("the admin commands are refused to teachers", async () => {
    await teacher.send("/stats");
    expect(teacher.lastText).toBe(
      "Only admins can use that. Type /help to see the commands you can use, or ask the school's IT team.",
    );
    await teacher.send("/audit S1001");
    expect(teacher.lastText).toBe(
      "Only admins can use that. Type /help to see the commands you can use, or ask the school's IT team.",
    );
  });

  it("an admin reads a person's recent events, with no secret in them, and the week's statistics", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.answerReset("S1001", weiLingAnswerFor);
    await kid.press("Make one for me");
    const password = String(kid.last.replies[0]?.text.params?.password);
    await kid.answerReset("S1001", () => "Wrong guess");

    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit s1001");
    const report = admin.lastText;
    expect(report).toContain("Recent events about S1001:");
    expect(report).toMatch(
      /UTC {2}password reset: done \(telegram, by telegram:wei-ling-phone\) – generated password/,
    );
    expect(report).toContain("Attempts (per day):");
    expect(report).toMatch(/password reset: failed × 1/);
    expect(report).toMatch(/set-up of secret questions: done/);
    for (const secret of [password, WEI_LING.password, ...WEI_LING_ANSWERS])
      expect(report).not.toContain(secret);

    await admin.send("/stats");
    expect(admin.lastText).toContain("• 4A: 1 of 3 set up");
    expect(admin.lastText).toContain("• 5B: 0 of 3 set up");
    expect(admin.lastText).toContain("Last 7 days: 1 self-service reset, 0 guided resets, 0 suspensions.");
  });

  it("/audit without an id, or the menu's audit button, asks whose record and then shows it", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit");
    expect(admin.lastText).toBe("Whose record do you want to see? Type their user ID.");
    await admin.send("S1001");
    expect(admin.lastText).toContain("Recent events about S1001:");
    expect(admin.lastText).toMatch(/set-up of secret questions: done/);

    await admin.send("/start");
    await admin.press("A person's audit record");
    expect(admin.lastText).toBe("Whose record do you want to see? Type their user ID.");
    await admin.send("s1001");
    expect(admin.lastText).toContain("Recent events about S1001:");
  });

  it("a chat linked to a teacher and an admin acts as the admin", async () => {
    await linkStaff(teacher, PRIYA);
    await teacher.send("/audit S1001");
    expect(teacher.lastText).not.toContain("Only admins can use that.");
    await teacher.send("/help");
    expect(teacher.lastText).toContain("/stats");
  });

  it("ids and classes typed with a Chinese keyboard's full-width letters work in staff commands", async () => {
    await suspendWeiLing();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit Ｓ１００１");
    expect(admin.lastText).toContain("Recent events about S1001:");
    await admin.send("/coverage ４Ａ");
    expect(admin.lastText).toContain("Class 4A: 3 students, 1 set up.");
    await teacher.send("/unlock");
    await teacher.send("ｓ１００１");
    expect(teacher.lastText).toBe("Done! Tan Wei Ling can reset their password by themselves again.");
  });

  it("ids and classes pasted with invisible marks (bidi marks, zero-width spaces) work in staff commands", async () => {
    await teacher.send("/coverage \u200b4A");
    expect(teacher.lastText).toContain("Class 4A: 3 students");
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/guided S1001\u200f");
    expect(admin.lastText).toContain("Let's get Tan Wei Ling a new password.");
    await admin.send("/cancel");
    await admin.send("/audit \u200eS1001");
    expect(admin.lastText).toBe(
      "Tan Wei Ling (S1001), student in 4A; no chat linked now.\nThere are no events about or by S1001 yet.",
    );
    // Only an invisible mark after the command is no ID: the bot asks for one, as after "/guided" alone.
    await admin.send("/guided \u200b");
    expect(admin.lastText).toBe("Which student? Type their user ID.");
    await admin.send("S1001\u200b");
    expect(admin.lastText).toContain("Let's get Tan Wei Ling a new password.");
  });

  it("an admin who chose 中文 reads the audit report in Chinese: only ids, channels and stored notes stay", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.answerReset("S1001", () => "Wrong guess");
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/language");
    await admin.press("中文");
    await admin.send("/audit S1001");
    const report = admin.lastText;
    expect(report).toContain("关于 S1001 的最近记录：");
    expect(report).toMatch(/UTC {2}设置秘密问题：完成（telegram，操作者 telegram:wei-ling-phone）/);
    expect(report).toContain("尝试（按天）：");
    expect(report).toMatch(/重设密码：失败 × 1/);
    // Only the ids, channel names and the directory's name and class are in Latin letters (no English words,
    // no event codes).
    const latin = report.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
    expect(new Set(latin)).toEqual(
      new Set(["S", "UTC", "telegram", "wei-ling-phone", "Tan", "Wei", "Ling", "A"]),
    );
  });

  it("an admin who chose 中文 reads why a reset happened in Chinese; the export keeps the stored note", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.answerReset("S1001", weiLingAnswerFor);
    await kid.press("Make one for me");
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/language");
    await admin.press("中文");
    await admin.send("/audit S1001");
    expect(admin.lastText).toMatch(
      /UTC {2}重设密码：完成（telegram，操作者 telegram:wei-ling-phone） – 系统生成的密码/,
    );
    expect(admin.lastText).not.toContain("generated password");
    const stored = await world.deps.store.auditSince(0, 100);
    expect(stored.find((e) => e.event === "reset" && e.outcome === "ok")?.reason).toBe("generated password");
  });

  it("a teacher whose account IT has disabled can no longer act, though their chat is still linked", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    world.memoryDirectory.disable("T2001");
    // Told why (disabled-staff-account.test.ts), not to link the chat with /setup: it is linked.
    const disabled =
      "Mrs Ng Mei Hua (T2001), is disabled in the school directory, so teacher and admin commands";
    await teacher.send("/guided S1001");
    expect(teacher.lastText).toContain(disabled);
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain(disabled);
    expect(await world.deps.store.recentAudit(50)).not.toContainEqual(
      expect.objectContaining({ actor: "T2001", subject: "S1001" }),
    );
  });

  // An admin's /unlock of a staff account lifts her password pause instead (unlock-staff-pause.test.ts).
  it("an admin naming a staff account (her own too) for /guided or /clearanswers is told what to do instead, and it is audited", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    const refusal = (name: string) =>
      `${name} is a staff account, and these commands are only for students. A staff password is reset ` +
      "(or a locked staff account unlocked) in the school directory by IT.";
    for (const [command, note] of [
      ["/guided", "guided"],
      ["/clearanswers", "clear"],
    ] as const) {
      for (const [id, name] of [
        ["A3001", PRIYA.name],
        ["t2001", MRS_NG.name],
      ] as const) {
        await admin.send(`${command} ${id}`);
        expect(admin.lastText).toBe(refusal(name));
        expect(admin.buttons).toEqual([]);
      }
      // Asked for the id, the same.
      await admin.send(command);
      await admin.send("T2001");
      expect(admin.lastText).toBe(refusal(MRS_NG.name));
      const refused = (await world.deps.store.recentAudit(100)).filter(
        (e) => e.event === "staff-refused" && e.reason === note,
      );
      expect(refused.map((e) => [e.actor, e.subject, e.outcome])).toEqual([
        ["A3001", "T2001", "refused"],
        ["A3001", "T2001", "refused"],
        ["A3001", "A3001", "refused"],
      ]);
    }
    // Nothing reached a staff chat, no alert claims a reset, and the passwords are as they were.
    expect(noticesTo(world, admin)).toEqual([]);
    expect(noticesTo(world, teacher)).toEqual([]);
    expect(world.alerts.ofKind("guided-reset")).toEqual([]);
    expect(await world.memoryDirectory.authenticate("T2001", MRS_NG.password)).not.toBeNull();
    expect(await world.memoryDirectory.authenticate("A3001", PRIYA.password)).not.toBeNull();
  });

  // A teacher who types her own student's name was told "You can only help students in your classes":
  // she would think the bot did not know her class. Her own pupils' IDs are given (as /coverage shows them,
  // name-typed-for-student.test.ts); any other name is told from the text alone, the same for every name.
  it("a name typed where the user ID goes is told to be an ID, the same for every name outside her classes", async () => {
    await teacher.send("/guided Tan Wei Ling");
    const own = teacher.lastText;
    expect(own).toContain("That looks like a name. In your classes: Tan Wei Ling (S1001). Type the user ID.");
    expect(own).not.toContain("You can only help students in your classes");
    expect(own).toContain("Which student? Type their user ID.");
    await teacher.send("Chloe Lim");
    const other = teacher.lastText;
    expect(other).toContain("That looks like a name. Type the student's user ID instead");
    expect(other).toContain("/coverage");
    await teacher.send("Someone Unknown");
    expect(teacher.lastText).toBe(other);
    await teacher.send("S1001");
    expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");

    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/unlock Someone Unknown");
    expect(admin.lastText).toContain("That looks like a name.");
    expect(admin.lastText).not.toContain("I can't find anyone");
  });

  // "/unlock S1001 S1002" for two of her own pupils was told "You can only help students in your classes":
  // she would think the bot did not know her class. Told from the text alone, the same for any IDs.
  it.each(["S1001 S1002", "S1001, S1002", "S1001,S1002", "S1001 和 S1002", "S1005 S1006"])(
    "several IDs at once (%s) are told to be one at a time, not someone else's students",
    async (typed) => {
      await teacher.send(`/unlock ${typed}`);
      const reply = teacher.lastText;
      expect(reply).toBe(
        "One student at a time, please: type one user ID. To stop, type /cancel.\nWhich student? Type their user ID.",
      );
      await teacher.send("S1001");
      expect(teacher.lastText).toContain("Tan Wei Ling");

      const admin = await linkedOnOwnPhone(world, PRIYA);
      await admin.send(`/guided ${typed}`);
      expect(admin.lastText).toContain("One student at a time, please: type one user ID.");
      expect(admin.lastText).not.toContain("I can't find anyone");
    },
  );

  it("a teacher of another class cannot unlock or clear this student", async () => {
    await suspendWeiLing();
    const other = await linkedOnOwnPhone(world, MR_LEE);
    await other.send("/unlock S1001");
    expect(other.lastText).toBe(
      "You can only help students in your classes. Check the user ID and type it again. An admin can help students in other classes. To stop, type /cancel.\nWhich student? Type their user ID.",
    );
    await other.send("/clearanswers S1001");
    expect(other.lastText).toBe(
      "You can only help students in your classes. Check the user ID and type it again. An admin can help students in other classes. To stop, type /cancel.\nWhich student? Type their user ID.",
    );
    expect(await world.suspendedUntil("S1001", Date.now())).not.toBeNull();
    expect(await world.deps.store.getEnrolment("S1001")).not.toBeNull();
  });
});
