import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chatKey } from "../../src/core/chat.js";
import type { FlowContext } from "../../src/core/flows/flow.js";
import { WEI_LING, WEI_LING_ANSWERS, openStep, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { alreadySetUp, countArgon2, MINUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

/**
 * A staff device paused for failed tries (wrong rounds about several students, CHAT_MAX_STUDENTS) is paused
 * for guided resets by questions too: otherwise whoever holds it could go on guessing other students'
 * answers there, and one right round gives out a password. The teacher is told why in her words, and the
 * in-person route stays.
 */
const QUESTIONS = "They answer their questions here";
const IN_PERSON = "I checked them in person";
const TRIES_PAUSED_ROUTE =
  "Let's get Tan Wei Ling a new password. This device is paused for about 60 minutes after too many wrong " +
  "answers or passwords were typed on it (a limit that stops anyone guessing), so Tan Wei Ling cannot " +
  "answer their questions here. An in-person check still works. How can Tan Wei Ling prove it's them?";

describe("a staff device paused for failed tries", () => {
  let world: TestWorld;

  beforeEach(async () => {
    useSchoolClock();
    // The clock moves past STAFF_PASSWORD_AGAIN_MINUTES here, and the teacher's password asked again is not
    // this file's subject (security-staff-password-again.test.ts): off.
    world = await TestWorld.create({ STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await logOut(kid);
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  /** Pauses a chat for failed tries, as wrong rounds about several students would (on another replica, say). */
  async function pauseForTries(chat: TestChat): Promise<void> {
    const ctx: FlowContext = { chat: chat.ref, now: Date.now(), deps: world.deps, language: "en" };
    for (const id of ["S1002", "S1003", "S1004", "S1005", "S1006"])
      await world.deps.limits.fail(ctx, "chat", chatKey(chat.ref), { about: id });
    expect(await world.deps.limits.blockedUntil("chat", chatKey(chat.ref), Date.now())).not.toBeNull();
  }

  it("after wrong rounds about five students, a sixth student's questions are not offered, and right answers win nothing", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    const others = ["S1002", "S1003", "S1004", "S1005"] as const;
    for (const id of others) {
      const kid = world.chat(`${id}-phone`);
      await alreadySetUp(world, kid, id, { animal: "Tiger", colour: "Purple", food: "Noodles" });
      await logOut(kid);
    }
    const mrLim = world.chat("s1006-phone");
    await mrLim.setUp("S1006", "Lemon-Star-12", WEI_LING_ANSWERS);
    await logOut(mrLim);
    for (const id of ["S1001", ...others]) {
      await admin.send(`/guided ${id}`);
      await admin.press(QUESTIONS);
      for (let i = 0; i < 3; i++) await admin.send(`Wrong guess ${i + 1}`);
    }
    // The admins hear that the chat is paused, someone may be guessing: now it really is paused.
    const [alert] = world.alerts.ofKind("chat-throttled");
    expect(alert).toMatchObject({ subject: "telegram:priya-phone", details: { reason: "failures" } });
    await admin.send("/guided S1006");
    expect(admin.buttons).toEqual([IN_PERSON, "Cancel"]);
    expect(admin.lastText).toContain(
      "This device is paused for about 60 minutes after too many wrong answers",
    );
    expect(world.alerts.ofKind("guided-reset")).toEqual([]);
    // In person still works, and the pause ends with its hour.
    await admin.press(IN_PERSON);
    await admin.press("Yes, I checked");
    expect(admin.lastText).toContain("new password is:");
    vi.setSystemTime(Date.now() + 61 * MINUTE);
    await admin.send("/guided S1001");
    expect(admin.buttons).toEqual([QUESTIONS, IN_PERSON, "Cancel"]);
  });

  describe("a teacher's device", () => {
    let teacher: TestChat;
    beforeEach(async () => {
      teacher = await linkedOnOwnPhone(world, MRS_NG);
    });

    it("paused: the route step says why in her words and offers only in person", async () => {
      await pauseForTries(teacher);
      await teacher.send("/guided S1001");
      expect(teacher.lastText).toBe(TRIES_PAUSED_ROUTE);
      expect(teacher.buttons).toEqual([IN_PERSON, "Cancel"]);
    });

    it("a questions button shown before the pause began is refused with the same words; nothing is checked", async () => {
      await teacher.send("/guided S1001");
      expect(teacher.buttons).toContain(QUESTIONS);
      await pauseForTries(teacher);
      const argon2 = countArgon2();
      try {
        await teacher.press(QUESTIONS);
        expect(argon2.verifications).toBe(0);
      } finally {
        argon2.restore();
      }
      expect(teacher.lastText).toBe(TRIES_PAUSED_ROUTE);
      expect(teacher.buttons).toEqual([IN_PERSON, "Cancel"]);
      expect(await openStep(world, teacher)).toBe("guided.route");
    });

    it("a pause begun during the round stops it at the next answer, unchecked, in her words", async () => {
      await teacher.send("/guided S1001");
      await teacher.press(QUESTIONS);
      await teacher.send(weiLingAnswerFor(teacher.lastText));
      await pauseForTries(teacher);
      const argon2 = countArgon2();
      try {
        await teacher.send(weiLingAnswerFor(teacher.lastText));
        expect(argon2.verifications).toBe(0);
      } finally {
        argon2.restore();
      }
      expect(teacher.lastText).toBe(
        "This device is paused for about 60 minutes after too many wrong answers or passwords were typed on " +
          "it (a limit that stops anyone guessing), so Tan Wei Ling's answers cannot be checked here. Nothing " +
          'was changed. An in-person check still works: start again with /guided and choose "I checked them ' +
          'in person".',
      );
      expect(await openStep(world, teacher)).toBeNull();
      expect(await world.memoryDirectory.authenticate("S1001", WEI_LING.password)).not.toBeNull();
    });

    it("lifted by an admin's /unlock of the chat, the questions are offered again", async () => {
      await pauseForTries(teacher);
      const admin = await linkedOnOwnPhone(world, PRIYA);
      await admin.send("/unlock telegram:mrs-ng-phone");
      await teacher.send("/guided S1001");
      expect(teacher.buttons).toEqual([QUESTIONS, IN_PERSON, "Cancel"]);
    });
  });

  it("a student's own reset meets the same pause at an answer, in a child's words", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.send("/reset");
    await pauseForTries(kid);
    await kid.send(weiLingAnswerFor(kid.lastText));
    expect(kid.lastText).toContain("There have been too many tries from this chat.");
    expect(await openStep(world, kid)).toBeNull();
  });
});
