import { beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { childRegisterWords } from "../helpers/register-words.js";
import { alreadySetUp, DEMO_PASSWORDS, HOUR } from "../helpers/security-helpers.js";
import {
  linkedOnOwnPhone,
  noticesTo,
  PRIYA,
  type StaffOnOwnPhone,
  teacherOnOwnPhone,
} from "../helpers/staff-helpers.js";
import { logOut } from "../helpers/logout.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/**
 * A child told "wait about 24 hours" (or "try again in 60 minutes") kept waiting after her teacher's /unlock
 * had lifted it: nobody told her. Her linked chat now hears, in its own language and by her name (a family
 * phone holds several children), that she can /reset (or /setup) now; never who typed the wrong answers or
 * passwords, and nothing when nothing was lifted.
 */
const RESET_NOW =
  "Tan Wei Ling, your teacher lifted the pause, so you don't have to wait any more. You can type /reset to make a new password now.";
const SETUP_NOW =
  "Tan Wei Ling, your teacher lifted the pause, so you don't have to wait any more. You can type /setup now.";
const LOG_IN_NOW =
  "Aisha Binte Rahman, your teacher unlocked your school account. You can log in again now. If you forgot your password, type /reset to make a new one.";

describe("the student hears when an /unlock lifted what kept her waiting", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;
  let clock: StaffOnOwnPhone["clock"];
  let probers = 0;

  beforeEach(async () => {
    // The clock moves past STAFF_PASSWORD_AGAIN_MINUTES here, and the teacher's password asked again is not
    // this file's subject (security-staff-password-again.test.ts): off.
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    kid = world.chat("wei-ling-phone");
  });

  /** What the chat was told since `since` notices, as it reads them (in its own language). */
  function heard(chat: TestChat, since = 0): string[] {
    return noticesTo(world, chat)
      .slice(since)
      .map((n) => translate(n.reply.text, n.reply.language));
  }

  async function suspendWeiLing(): Promise<void> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    for (let i = 0; i < 5; i++) await kid.answerReset("S1001", () => "Wrong guess");
    expect(kid.lastText).toContain("you can't get a new password from me for about 24 hours");
  }

  /** Someone else types S1001 with 3 wrong passwords at /setup: set-up for her ID is paused. */
  async function classmatePausesSetup(): Promise<void> {
    // A new chat each time: one chat has only 5 IDs looked up a minute (CHAT_MAX_ID_LOOKUPS_PER_MINUTE).
    const prober = world.chat(`prober-${probers++}`);
    for (let i = 0; i < 3; i++) {
      await prober.send("/setup");
      await prober.send("S1001");
      await prober.send(`Guess-${i}`);
    }
    expect(await world.deps.limits.blockedUntil("link", "S1001", Date.now())).not.toBeNull();
    expect(noticesTo(world, prober)).toEqual([]);
  }

  it("a lifted suspension tells her linked chat she can /reset now, and the reset works", async () => {
    await suspendWeiLing();
    await teacher.send("/unlock S1001");
    expect(heard(kid)).toEqual([RESET_NOW]);
    // Only her chat: the teacher reads her own reply, nobody else hears anything.
    expect(world.notices).toHaveLength(1);
    await kid.answerReset("S1001", weiLingAnswerFor);
    expect(kid.lastText).toContain("all 3 answers are right");
  });

  it("an admin's lift names the school's computer team, not 'your teacher'", async () => {
    await suspendWeiLing();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/unlock S1001");
    expect(heard(kid)).toEqual([
      "Tan Wei Ling, the school's computer team lifted the pause, so you don't have to wait any more. You can type /reset to make a new password now.",
    ]);
  });

  it("comes in the chat's own language, in the children's words, in every language", async () => {
    const languages = { 中文: "zh", "Bahasa Melayu": "ms", தமிழ்: "ta" } as const;
    await suspendWeiLing();
    for (const [button, language] of Object.entries(languages)) {
      await kid.send("/language");
      await kid.press(button);
      // A new hour: the chat's own count of wrong tries (10 an hour) is not what this is about.
      clock.advance(HOUR);
      for (let i = 0; i < 5; i++) await kid.answerReset("S1001", () => "Wrong guess");
      const before = noticesTo(world, kid).length;
      await teacher.send("/unlock S1001");
      const notices = noticesTo(world, kid).slice(before);
      expect(notices.map((n) => n.reply.language)).toEqual([language]);
      const words = heard(kid, before)[0]!;
      expect(words).toContain("Tan Wei Ling");
      expect(words).toContain("/reset");
      // Malay's "kamu", Tamil's நீ (Chinese says the same to a child and a teacher).
      if (language !== "zh") expect(childRegisterWords(language, words)).not.toEqual([]);
      expect(words).not.toBe(translate(notices[0]!.reply.text, "en"));
    }
  });

  /**
   * Wei Ling linked, her answers cleared (so /setup is what she needs), then her set-up paused by a
   * classmate: how many notices her chat had before the unlock.
   */
  async function linkedWithoutAnswersAndPaused(): Promise<number> {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/clearanswers S1001");
    await teacher.press("Yes, clear them");
    const before = noticesTo(world, kid).length;
    await classmatePausesSetup();
    return before;
  }

  it("a lifted set-up pause tells her she can /setup now, and nothing about the wrong passwords", async () => {
    const before = await linkedWithoutAnswersAndPaused();
    await teacher.send("/unlock S1001");
    expect(heard(kid, before)).toEqual([SETUP_NOW]);
    expect(heard(kid, before)[0]).not.toMatch(/password[^.]*wrong|wrong|guess|tried|someone/i);
  });

  it("a lifted set-up pause tells a student who is set up nothing: it never held her back", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await classmatePausesSetup();
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("I lifted that pause");
    expect(heard(kid)).toEqual([]);
  });

  it("a lifted suspension of a student whose answers were cleared tells her to /setup, not /reset", async () => {
    await suspendWeiLing();
    await teacher.send("/clearanswers S1001");
    await teacher.press("Yes, clear them");
    const before = noticesTo(world, kid).length;
    await teacher.send("/unlock S1001");
    expect(heard(kid, before)).toEqual([SETUP_NOW]);
  });

  it("a lifted lockout of a student with no answers tells her she can log in, not to /reset", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/clearanswers S1001");
    await teacher.press("Yes, clear them");
    const before = noticesTo(world, kid).length;
    world.memoryDirectory.lockOut("S1001");
    await teacher.send("/unlock S1001");
    expect(heard(kid, before)).toEqual([
      "Tan Wei Ling, your teacher unlocked your school account. You can log in again now.",
    ]);
  });

  it("on a family phone the notice names the child it is for", async () => {
    const phone = world.chat("family-phone");
    await alreadySetUp(world, phone, "S1001", { animal: "Tiger", colour: "Purple", food: "Chicken rice" });
    await alreadySetUp(world, phone, "S1002", { animal: "Cat", colour: "Green", food: "Nasi lemak" });
    world.memoryDirectory.lockOut("S1002");
    await teacher.send("/unlock S1002");
    expect(heard(phone)).toEqual([LOG_IN_NOW]);
    expect(await world.memoryDirectory.authenticate("S1002", DEMO_PASSWORDS.S1002)).not.toBeNull();
  });

  it("nothing lifted, or only wrong tries short of a pause forgotten: she is told nothing", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("there was nothing to unlock");
    for (let i = 0; i < 2; i++) await kid.answerReset("S1001", () => "Wrong guess");
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("I cleared their 2 wrong tries");
    expect(heard(kid)).toEqual([]);
  });

  it("a teacher's second lift of the set-up pause, refused, tells her nothing", async () => {
    const before = await linkedWithoutAnswersAndPaused();
    await teacher.send("/unlock S1001");
    expect(heard(kid, before)).toEqual([SETUP_NOW]);
    await classmatePausesSetup();
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("so I did not lift it again");
    expect(heard(kid, before)).toEqual([SETUP_NOW]);
  });

  it("a student with no linked chat is told nothing, and no other chat hears of her", async () => {
    await suspendWeiLing();
    await logOut(kid);
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("no longer suspended");
    expect(world.notices).toEqual([]);
  });

  it("when her chat is also paused for its tries, neither she nor her teacher is told she can /reset now", async () => {
    // Siblings on one phone fail their rounds: each is suspended, and the phone is paused for its tries
    // (an hour). The teacher lifts one child's suspension; only an admin can lift the phone's pause.
    await suspendWeiLing();
    const ctx = { chat: kid.ref, now: Date.now(), deps: world.deps, language: "en" as const };
    for (let i = 0; i < 10; i++)
      await world.deps.limits.fail(ctx, "chat", "telegram:wei-ling-phone", { about: "S1002" });
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain(
      "But Tan Wei Ling's chat is paused for about 60 minutes after too many tries from it, so /reset works there only after that. An admin can lift that pause sooner.",
    );
    // The chat's name (a Telegram user id: on a family phone, the parent's) is for admins, as /audit <chat> is.
    expect(teacher.lastText).not.toContain("telegram:");
    expect(teacher.lastText).toContain("/guided");
    expect(heard(kid)).toEqual([
      "Tan Wei Ling, your teacher lifted the pause. This chat must still wait about 60 minutes. Then you can type /reset to make a new password.",
    ]);
    await kid.send("/reset");
    expect(kid.lastText).toContain("too many tries from this chat");
  });

  /** Her chat fails 10 tries (siblings on one phone): it is paused for its own tries, an hour. */
  async function pauseHerChat(): Promise<void> {
    const ctx = { chat: kid.ref, now: Date.now(), deps: world.deps, language: "en" as const };
    for (let i = 0; i < 10; i++)
      await world.deps.limits.fail(ctx, "chat", "telegram:wei-ling-phone", { about: "S1002" });
  }

  it("with no answers and her chat paused for its tries, neither she nor her teacher is told she can /setup now", async () => {
    const before = await linkedWithoutAnswersAndPaused();
    await pauseHerChat();
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("I lifted that pause.");
    expect(teacher.lastText).not.toContain("can use /setup again now");
    expect(teacher.lastText).toContain(
      "But Tan Wei Ling's chat is paused for about 60 minutes after too many tries from it, so /setup works there only after that. An admin can lift that pause sooner.",
    );
    expect(teacher.lastText).not.toContain("telegram:");
    expect(heard(kid, before)).toEqual([
      "Tan Wei Ling, your teacher lifted the pause. This chat must still wait about 60 minutes. Then you can type /setup.",
    ]);
    await kid.send("/setup");
    expect(kid.lastText).toContain("too many tries from this chat");
  });

  it("a lifted suspension with no answers and her chat paused tells her to /setup later, not now", async () => {
    await suspendWeiLing();
    await teacher.send("/clearanswers S1001");
    await teacher.press("Yes, clear them");
    const before = noticesTo(world, kid).length;
    await pauseHerChat();
    await teacher.send("/unlock S1001");
    expect(teacher.lastText).toContain("so /setup works there only after that");
    expect(heard(kid, before)).toEqual([
      "Tan Wei Ling, your teacher lifted the pause. This chat must still wait about 60 minutes. Then you can type /setup.",
    ]);
  });

  it("an admin's /unlock names the paused chat, so she can lift it with /unlock <chat>", async () => {
    await suspendWeiLing();
    await pauseHerChat();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/unlock S1001");
    expect(admin.lastText).toContain(
      "But Tan Wei Ling's chat (telegram:wei-ling-phone) is paused for about 60 minutes after too many tries from it",
    );
    expect(admin.lastText).toContain("/unlock telegram:wei-ling-phone");
  });
});
