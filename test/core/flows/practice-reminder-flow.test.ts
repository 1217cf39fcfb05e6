import { beforeEach, describe, expect, it } from "vitest";
import { sendDueReminders } from "../../../src/core/flows/practice-reminder-flow.js";
import { openStep, WEI_LING } from "../../helpers/dialog-helpers.js";
import {
  countArgon2,
  DAY,
  DEMO_PASSWORDS,
  HOUR,
  type SchoolClock,
  worldOnSchoolClock,
} from "../../helpers/security-helpers.js";
import { linkStaff, MRS_NG, noticeText } from "../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../helpers/test-world.js";
import { logOut } from "../../helpers/logout.js";

const ANSWERS = ["Tiger", "Purple", "Chicken rice"] as [string, string, string];
const answerFor = (text: string) =>
  text.includes("animal") ? "Tiger" : text.includes("colour") ? "Purple" : "Chicken rice";

describe("the practice reminder later in the term", () => {
  let world: TestWorld;
  let clock: SchoolClock;
  let kid: TestChat;

  beforeEach(async () => {
    ({ world, clock } = await worldOnSchoolClock());
    kid = world.chat("wei-ling");
    await kid.setUp(WEI_LING.id, WEI_LING.password, ANSWERS);
    await kid.press("No thanks");
  });

  it("comes once per term on the linked chat, and says only 'all right'", async () => {
    clock.advance(119 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(0);
    clock.advance(DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
    // Once a day at most, whichever replica looks first; and not the next day.
    expect(await sendDueReminders(world.deps)).toBe(0);
    clock.advance(DAY);
    expect(await sendDueReminders(world.deps)).toBe(0);
    clock.advance(-DAY);
    const notice = world.notices.at(-1)!;
    expect(notice.chat).toEqual(kid.ref);
    expect(noticeText(notice)).toContain("Do you still remember your secret answers?");

    await kid.deliver({ choice: notice.reply.choices![0]!.id });
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();

    clock.advance(120 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
  });

  it("on a family phone asks which child is checking, and never offers a teacher linked there", async () => {
    const sister = { id: "S1002", password: DEMO_PASSWORDS.S1002 };
    await kid.setUp(sister.id, sister.password, ["Rabbit", "Orange", "Dumplings"]);
    await kid.press("No thanks");
    await linkStaff(kid, MRS_NG);
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    expect(kid.lastText).toBe("Which of you is checking their answers?");
    expect(kid.buttons).toEqual(["Tan Wei Ling", "Aisha Binte Rahman"]);
    await kid.press("Tan Wei Ling");
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
  });

  it("on a family phone, goes straight to the child whose reminder it is; each child's once", async () => {
    clock.advance(3 * DAY);
    const sister = { id: "S1002", password: DEMO_PASSWORDS.S1002 };
    await kid.setUp(sister.id, sister.password, ["Rabbit", "Orange", "Dumplings"]);
    await kid.press("No thanks");
    clock.advance(117 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
    const weiLings = world.notices.at(-1)!.reply.choices![0]!.id;
    await kid.deliver({ choice: weiLings });
    expect(kid.buttons).toEqual([]);
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
    // Her sister's falls due three days later, with a button of its own.
    clock.advance(3 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(1);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    expect(kid.buttons).toEqual([]);
    const sisterAnswer = (text: string) =>
      text.includes("animal") ? "Rabbit" : text.includes("colour") ? "Orange" : "Dumplings";
    for (let i = 0; i < 3; i++) await kid.send(sisterAnswer(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
    await kid.deliver({ choice: weiLings });
    expect(kid.lastText).toContain(OLD_BUTTON);
  });

  it("with one child and a teacher on the phone, goes straight to the child's check", async () => {
    await linkStaff(kid, MRS_NG);
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    expect(kid.buttons).toEqual([]);
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
  });

  it("on a phone linked to more than one person it names the child, so a parent does not take it for hers", async () => {
    // Her mother, a teacher, shares the phone: "your secret answers" with no name reads as hers (she has
    // none), and the check it opens counts a miss as a failed reset of the child's.
    await linkStaff(kid, MRS_NG);
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    const notice = world.notices.at(-1)!;
    expect(noticeText(notice)).toBe(
      "Tan Wei Ling, do you still remember your secret answers? Tap the button to check. It only takes a minute.",
    );
    expect(notice.reply.choices).toHaveLength(1);
  });

  it("on a chat linked to the child alone it stays as it was, with no name to look up", async () => {
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    expect(noticeText(world.notices.at(-1)!)).toBe(
      "Do you still remember your secret answers? Tap the button to check. It only takes a minute.",
    );
  });

  it("counts like a reset: its checks are charged to the chat, and a miss counts as a failed reset", async () => {
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    const argon = countArgon2();
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    for (let i = 0; i < 3; i++) await kid.send(`a wrong guess ${i + 1}`);
    expect(kid.lastText).toContain("Not all right.");
    expect(kid.lastText).toContain("/setup");
    expect(argon.verifications).toBe(3);
    argon.restore();
    const trail = await world.deps.store.attemptCountsOf(WEI_LING.id);
    expect(trail).toEqual([expect.objectContaining({ event: "reset", outcome: "failed", count: 1 })]);
  });

  it("a round that a suspension or a re-link overtook is 'not all right', whatever was typed", async () => {
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    for (let i = 0; i < 2; i++) await kid.send(answerFor(kid.lastText));
    // Wrong rounds on a teacher's device suspend her meanwhile: this round must not learn it was right.
    await world.failStudent(WEI_LING.id, 5);
    await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toContain("Not all right.");

    // A phone she has re-linked away from (a lost one, say) learns nothing either.
    const nextTerm = world.chat("wei-ling-new-phone");
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    await kid.deliver({ choice: world.notices.at(-1)!.reply.choices![0]!.id });
    for (let i = 0; i < 2; i++) await kid.send(answerFor(kid.lastText));
    await nextTerm.send("/setup");
    await nextTerm.send(WEI_LING.id);
    await nextTerm.send(WEI_LING.password);
    await nextTerm.send("/cancel");
    await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toContain("Not all right.");
  });

  /** The button of the newest reminder sent, as the chat got it. */
  const reminderButton = () => world.notices.at(-1)!.reply.choices![0]!.id;
  const OLD_BUTTON = "That button is old and doesn't work any more. Please use the newest message.";

  it("a practice button the bot never sent starts nothing: any user-API client can send one", async () => {
    const argon = countArgon2();
    try {
      for (const forged of [
        "m:practice",
        "m:practice:20000:AAAAAAAAAAAAAAAAAAAAAA",
        "m:practice:x:y",
        "m:practice:",
      ]) {
        await kid.deliver({ choice: forged });
        expect(kid.lastText).toContain(OLD_BUTTON);
        expect(await openStep(world, kid)).toBeNull();
      }
      expect(argon.verifications).toBe(0);
    } finally {
      argon.restore();
    }
    const events = await world.deps.store.recentAudit(50);
    expect(events.filter((e) => e.reason === "practice reminder")).toEqual([]);
  });

  it("a reminder's button is taken once; tapped again (or after a week) it is an old button", async () => {
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    const button = reminderButton();
    await kid.deliver({ choice: button });
    for (let i = 0; i < 3; i++) await kid.send(answerFor(kid.lastText));
    expect(kid.lastText).toBe("All right! You still remember your answers. 🎉");
    await kid.deliver({ choice: button });
    expect(kid.lastText).toContain(OLD_BUTTON);
    // With nothing open, the menu follows: the words alone would leave the child nothing to tap.
    expect(kid.buttons).toContain("I forgot my password");
    expect(await openStep(world, kid)).toBeNull();

    // Next term's reminder, left a week, has gone stale.
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    const late = reminderButton();
    clock.advance(7 * DAY);
    await kid.deliver({ choice: late });
    expect(kid.lastText).toContain(OLD_BUTTON);
  });

  it("a reminder's button works only in the chat it was sent to", async () => {
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    const button = reminderButton();
    // Wei Ling's sister's own chat, set up on the same day: its own button works, Wei Ling's does not.
    clock.advance(-120 * DAY);
    const sister = world.chat("aisha");
    await sister.setUp("S1002", DEMO_PASSWORDS.S1002, ["Rabbit", "Orange", "Dumplings"]);
    await sister.press("No thanks");
    clock.advance(120 * DAY);
    await sister.deliver({ choice: button });
    expect(sister.lastText).toContain(OLD_BUTTON);
    expect(await openStep(world, sister)).toBeNull();
  });

  it("a staff chat that sends the button hears it is old, not that it should set up questions", async () => {
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    clock.advance(120 * DAY);
    await sendDueReminders(world.deps);
    for (const choice of ["m:practice", reminderButton()]) {
      await teacher.deliver({ choice });
      expect(teacher.lastText).toContain(OLD_BUTTON);
      expect(teacher.lastText).not.toContain("/setup");
    }
  });

  it("a tap while another dialog is open leaves that dialog where it was", async () => {
    await kid.send("/reset");
    expect(kid.lastText).toContain("Question 1 of 3");
    await kid.deliver({ choice: "m:practice" });
    expect(kid.lastText).toContain(OLD_BUTTON);
    expect(kid.lastText).toContain("Question 1 of 3");
    expect(await openStep(world, kid)).toBe("reset.answer");
  });

  it("goes out at PRACTICE_REMINDER_HOUR_UTC, not at the first look after midnight UTC (a child's night in London)", async () => {
    const school = await TestWorld.create({ PRACTICE_REMINDER_HOUR_UTC: "8" });
    const child = school.chat("child");
    await child.setUp(WEI_LING.id, WEI_LING.password, ANSWERS);
    await child.press("No thanks");
    // The due day's first look, at 00:30 UTC: nothing yet, and the day is not used up by it.
    clock.advance(120 * DAY - 7.5 * HOUR);
    expect(await sendDueReminders(school.deps)).toBe(0);
    clock.advance(7 * HOUR);
    expect(await sendDueReminders(school.deps)).toBe(0);
    // 08:00 UTC: 16:00 in Singapore, after school.
    clock.advance(0.5 * HOUR);
    expect(await sendDueReminders(school.deps)).toBe(1);
    expect(school.notices.at(-1)!.chat).toEqual(child.ref);
    // The admin can see that they went (once, from the replica that sent them), never to whom.
    const lines = school.logs.lines.filter((l) => l.includes('"event":"practice_reminders"'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ sent: 1, msg: "sent the day's practice reminders" });
    expect(lines[0]).not.toMatch(/S1001|child/i);
    await school.close();
  });

  it("is not sent once the chat is unlinked, nor when reminders are off", async () => {
    await logOut(kid);
    clock.advance(121 * DAY);
    expect(await sendDueReminders(world.deps)).toBe(0);

    const off = await TestWorld.create({ PRACTICE_REMINDER_DAYS: "0" });
    const other = off.chat("other");
    await other.setUp(WEI_LING.id, WEI_LING.password, ANSWERS);
    clock.advance(365 * DAY);
    expect(await sendDueReminders(off.deps)).toBe(0);
    await off.close();
  });
});
