import { beforeEach, describe, expect, it } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { DEMO_PASSWORDS, type SchoolClock, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { WEI_LING, WEI_LING_ANSWERS } from "../helpers/dialog-helpers.js";
import {
  expectOneWrongStaffPasswordCounted,
  linkedOnOwnPhone,
  linkStaff,
  MRS_NG,
  noticesTo,
  PRIYA,
  teacherOnOwnPhone,
} from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/**
 * A teacher's own phone, linked only to her staff account, left unlocked on the desk: a pupil who picks it
 * up must not give a classmate a new password. After STAFF_PASSWORD_AGAIN_MINUTES (15) without her
 * password typed there, a staff command asks for it, as a phone shared with a student does at every one.
 */
const AGAIN = "To keep your students safe, type your password to go on, Mrs Ng Mei Hua.";
const SHARED_ASK = "This phone is also linked to a student, so only";
const MINUTE = 60_000;
const WRONG = "Teach-Four-A-2025";

/** What a pupil does with the phone: a guided reset of a classmate, by the in-person route if offered. */
async function pupilTriesInPerson(phone: TestChat): Promise<string> {
  const screens: string[] = [];
  await phone.send("/guided S1002");
  screens.push(phone.lastText);
  if (phone.buttons.some((b) => b.includes("I checked them in person"))) {
    await phone.press("I checked them in person");
    screens.push(phone.lastText);
    if (phone.buttons.some((b) => b.startsWith("Yes"))) {
      await phone.press("Yes");
      screens.push(phone.lastText);
    }
  } else {
    // At a password prompt the button's words are typed instead: a wrong password.
    await phone.send("I checked them in person");
    screens.push(phone.lastText);
  }
  return screens.join("\n");
}

describe("a chat linked only to its teacher asks for her password again after 15 minutes", () => {
  let world: TestWorld;
  let phone: TestChat;
  let clock: SchoolClock;
  beforeEach(async () => {
    ({ world, phone, clock } = await teacherOnOwnPhone());
  });

  it("a pupil who picks up the phone 16 minutes later gets no classmate's password", async () => {
    clock.advance(16 * MINUTE);
    const screen = await pupilTriesInPerson(phone);
    expect(screen).not.toContain("new password is");
    expect(await world.memoryDirectory.authenticate("S1002", DEMO_PASSWORDS.S1002)).not.toBeNull();
    expect(screen).toContain(AGAIN);
    expect(screen).toContain("password, so nothing was done");
  });

  it("the prompt says when it asks again, hides the password, and the command goes on after it", async () => {
    clock.advance(16 * MINUTE);
    const asked = await phone.send("/guided S1002");
    expect(phone.lastText).toContain(AGAIN);
    expect(phone.lastText).toContain("I ask again after 15 minutes without it.");
    expect(phone.lastText).not.toContain(SHARED_ASK);
    expect(asked.replies.at(-1)?.expectsSecret).toBe(true);
    const taken = await phone.send(MRS_NG.password);
    expect(taken.deleteInbound).toBe(true);
    expect(phone.lastText).toContain("How can Aisha Binte Rahman prove it's them?");
  });

  it("within 15 minutes of linking, nothing is asked", async () => {
    clock.advance(14 * MINUTE);
    await phone.send("/guided S1002");
    expect(phone.lastText).toContain("How can Aisha Binte Rahman prove it's them?");
    expect(phone.lastText).not.toContain(AGAIN);
  });

  it("after the right password nothing is asked for 15 minutes, then it is asked again", async () => {
    clock.advance(20 * MINUTE);
    await phone.send("/coverage");
    expect(phone.lastText).toContain(AGAIN);
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("4A");

    clock.advance(14 * MINUTE);
    await phone.send("/unlock S1002");
    expect(phone.lastText).not.toContain(AGAIN);
    expect(phone.lastText).toContain("Aisha Binte Rahman");

    clock.advance(2 * MINUTE);
    await phone.send("/guided S1002");
    expect(phone.lastText).toContain(AGAIN);
    expect(phone.lastText).not.toContain("prove it's them");
  });

  it("linking again with the password counts as typing it", async () => {
    clock.advance(20 * MINUTE);
    await phone.send("/setup");
    await phone.send(MRS_NG.id);
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("still linked");
    await phone.send("/coverage");
    expect(phone.lastText).not.toContain(AGAIN);
    expect(phone.lastText).toContain("4A");
  });

  it("a wrong password does nothing and is counted, refused and audited as on a shared phone", async () => {
    clock.advance(16 * MINUTE);
    await phone.send("/guided S1002");
    const refused = await phone.send(WRONG);
    expect(refused.deleteInbound).toBe(true);
    expect(phone.lastText).toContain("password, so nothing was done");
    expect(phone.lastText).not.toContain("Aisha");
    await expectOneWrongStaffPasswordCounted(world, "T2001", "telegram:mrs-ng-phone");
    const audit = await world.deps.store.recentAudit(20);
    const note = audit.find((e) => e.event === "staff-refused")?.reason;
    expect(note).toBe("wrong staff password asked again on a staff chat");
  });

  it("three wrong passwords pause hers as on a shared phone, and the admins are alerted", async () => {
    clock.advance(16 * MINUTE);
    for (let i = 0; i < 3; i++) {
      await phone.send("/coverage");
      await phone.send(`${WRONG}-${i}`);
    }
    expect(phone.lastText).toContain("too many wrong passwords");
    expect(
      world.alerts.raised.filter((a) => a.kind === "staff-password-paused").map((a) => a.subject),
    ).toEqual(["T2001"]);
    await phone.send("/coverage");
    expect(phone.lastText).toContain("too many wrong passwords");
    expect(phone.lastText).not.toContain("4A");
  });

  it("wrong passwords for her ID at /setup, from a pupil's own chats, never stop her commands on her phone", async () => {
    // Anyone who knows a staff ID (T2001, A3001) can type 3 wrong passwords for it at /setup each hour. That
    // pauses set-up for the ID; it must not also refuse her password on her own phone, nor the admin's on
    // hers, or one pupil keeps every teacher and admin from helping a locked-out child.
    const admin = await linkedOnOwnPhone(world, PRIYA);
    clock.advance(16 * MINUTE);
    const bully = world.chat("bully");
    for (const id of [MRS_NG.id, PRIYA.id]) {
      for (let i = 0; i < 3; i++) {
        await bully.send("/setup");
        await bully.send(id);
        await bully.send(`${WRONG}-${i}`);
      }
      // A chat has 5 IDs looked up a minute (CHAT_MAX_ID_LOOKUPS_PER_MINUTE): the bully waits for the next.
      clock.advance(MINUTE);
    }
    expect(bully.lastText).toContain("too many wrong passwords for this user ID");
    await phone.send("/guided S1002");
    expect(phone.lastText).toContain(AGAIN);
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("How can Aisha Binte Rahman prove it's them?");
    await admin.send("/stats");
    await admin.send(PRIYA.password);
    expect(admin.lastText).not.toContain("too many wrong passwords");
    // Set-up for the IDs stays paused: the bully's guesses reach the directory no faster.
    await bully.send("/setup");
    await bully.send(MRS_NG.id);
    expect(bully.lastText).toContain("too many wrong passwords for this user ID");
  });

  it("a conversation she opened in time stops once her password is 15 minutes old: a pupil cannot finish it", async () => {
    clock.advance(14 * MINUTE);
    await phone.send("/guided S1002");
    expect(phone.lastText).toContain("How can Aisha Binte Rahman prove it's them?");
    clock.advance(14 * MINUTE);
    await phone.press("I checked them in person");
    expect(phone.lastText).toContain(
      "It is more than 15 minutes since you typed your password here, so I stopped what you began.",
    );
    expect(phone.buttons.some((b) => b.startsWith("Yes"))).toBe(false);
    expect(await world.memoryDirectory.authenticate("S1002", DEMO_PASSWORDS.S1002)).not.toBeNull();
    // Begun again, the command asks for her password first.
    await phone.send("/guided S1002");
    expect(phone.lastText).toContain(AGAIN);
  });

  it("a conversation her password opened stops too once that password is 15 minutes old", async () => {
    clock.advance(16 * MINUTE);
    await phone.send("/guided S1002");
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("How can Aisha Binte Rahman prove it's them?");
    // Kept alive within its 5 quiet minutes, as a teacher (or a pupil) might.
    for (let i = 0; i < 4; i++) {
      clock.advance(4 * MINUTE);
      await phone.send("/language");
    }
    await phone.press("I checked them in person");
    expect(phone.lastText).toContain("since you typed your password here, so I stopped what you began.");
    expect(phone.buttons.some((b) => b.startsWith("Yes"))).toBe(false);
  });

  it("a conversation her password opened on her own phone waits 15 quiet minutes, not a shared phone's 5", async () => {
    // A child at home reads the guided code to her over a call; the code works for 10 minutes. Her own
    // phone's proof holds for the window, so the 5 quiet minutes that close a family phone's staff step
    // (for the child who picks it up) would only end the guided reset and waste one of the child's codes.
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    clock.advance(16 * MINUTE);
    await phone.send("/guided S1001");
    expect(phone.lastText).toContain(AGAIN);
    await phone.send(MRS_NG.password);
    await phone.press("Send a code");
    const code = String(noticesTo(world, kid).at(-1)?.reply.text.params?.code);
    clock.advance(7 * MINUTE);
    await phone.send(code);
    expect(phone.lastText).toContain("Done! Tan Wei Ling's new password was sent to their own chat.");
  });

  it("neither the right nor a wrong password reaches a log line or Redis", async () => {
    clock.advance(16 * MINUTE);
    await phone.send("/coverage");
    await phone.send(WRONG);
    await phone.send(MRS_NG.password);
    const dump = await world.redisDump();
    for (const secret of [WRONG, MRS_NG.password]) {
      expect(world.logs.text).not.toContain(secret);
      expect(dump).not.toContain(secret);
    }
  });

  it.each([
    ["zh", "中文", "为了学生的安全"],
    ["ms", "Bahasa Melayu", "Untuk keselamatan murid anda"],
    ["ta", "தமிழ்", "உங்கள் மாணவர்களின் பாதுகாப்புக்காக"],
  ] as const)("in %s she is asked in her language", async (_language, button, words) => {
    await phone.send("/language");
    await phone.press(button);
    clock.advance(16 * MINUTE);
    await phone.send("/coverage");
    expect(phone.lastText).toContain(words);
    expect(phone.lastText).toContain("15");
  });
});

describe("STAFF_PASSWORD_AGAIN_MINUTES", () => {
  it("0 never asks on a chat linked only to its teacher", async () => {
    const { phone, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    clock.advance(24 * 60 * MINUTE);
    await phone.send("/guided S1002");
    expect(phone.lastText).toContain("How can Aisha Binte Rahman prove it's them?");
  });

  it("a shorter window asks sooner, and says so", async () => {
    const { phone, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "5" });
    clock.advance(6 * MINUTE);
    await phone.send("/coverage");
    expect(phone.lastText).toContain("I ask again after 5 minutes without it.");
  });

  it("the admins' alert of her paused password names LINK_FAILURE_WINDOW_MINUTES, not 'within the hour'", async () => {
    const { world, phone, clock } = await teacherOnOwnPhone({ LINK_FAILURE_WINDOW_MINUTES: "120" });
    clock.advance(16 * MINUTE);
    for (let i = 0; i < 3; i++) {
      await phone.send("/coverage");
      await phone.send(`${WRONG}-${i}`);
    }
    const [alert] = world.alerts.ofKind("staff-password-paused");
    for (const language of ["en", "zh", "ms", "ta"]) {
      const text = formatAlert(alert!, Date.now(), language);
      expect(text, language).toContain("120");
    }
    expect(formatAlert(alert!)).toContain("(within 120 minutes)");
    expect(formatAlert(alert!)).not.toContain("hour");
  });

  it("the shared phone still asks at every command, within the window too", async () => {
    const { world } = await worldOnSchoolClock();
    const phone = world.chat("family-phone");
    await phone.send("/setup");
    await phone.send("S1001");
    await phone.send(DEMO_PASSWORDS.S1001);
    await phone.send("/cancel");
    await linkStaff(phone, MRS_NG);
    await phone.send("/coverage");
    expect(phone.lastText).toContain(SHARED_ASK);
    await phone.send(MRS_NG.password);
    await phone.send("/coverage");
    expect(phone.lastText).toContain(SHARED_ASK);
  });
});
