import { beforeEach, describe, expect, it, vi } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { DAY, DEMO_PASSWORDS, HOUR } from "../helpers/security-helpers.js";
import {
  linkedOnOwnPhone,
  PRIYA,
  type StaffOnOwnPhone,
  teacherOnOwnPhone,
} from "../helpers/staff-helpers.js";
import { childRegisterWords } from "../helpers/register-words.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/**
 * A rogue form teacher guessing a pupil's current directory password through set-up: 3 wrong passwords
 * pause set-up for the ID, and her /unlock lifted the pause, for 3 more, without end (found in QA). A
 * teacher lifts one student's set-up pause at most once a day; after that only an admin can, and every
 * lift is told to the admins, by whom and for whom.
 */
const PAUSED = "There were too many wrong passwords for this user ID.";
const ADMIN_MUST_LIFT =
  "You already lifted the set-up pause for Aisha Binte Rahman in the last 24 hours, so I did not lift it " +
  "again. Someone may be trying to guess their password. Ask an IT admin to check, and to lift the pause " +
  "if it should go. It also ends by itself in 60 minutes.";

describe("a teacher's /unlock of a set-up pause is capped", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    // The clock moves past STAFF_PASSWORD_AGAIN_MINUTES here, and the teacher's password asked again is not
    // this file's subject (security-staff-password-again.test.ts): off.
    ({ world, phone: teacher, clock } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  /** One guess at S1002's password from a fresh chat; true when it linked the chat as her. */
  let chats = 0;
  async function guess(password: string): Promise<{ linked: boolean; paused: boolean }> {
    const c = world.chat(`guesser-${chats++}`);
    await c.send("/setup");
    await c.send("S1002");
    if (c.lastText.includes(PAUSED)) return { linked: false, paused: true };
    await c.send(password);
    return { linked: c.lastText.includes("it's you"), paused: false };
  }

  it("the QA repro: 29 wrong guesses and /unlock at every pause never reach the 30th, right one", async () => {
    const asked = vi.spyOn(world.memoryDirectory, "authenticate");
    const guesses = Array.from({ length: 29 }, (_, i) => `Wrong-${i}`).concat([DEMO_PASSWORDS.S1002]);
    const replies: string[] = [];
    let linked = false;
    for (const password of guesses) {
      let tried = await guess(password);
      if (tried.paused) {
        await teacher.send("/unlock S1002");
        replies.push(teacher.last.replies.map((r) => translate(r.text)).join("\n"));
        tried = await guess(password);
      }
      linked ||= tried.linked;
    }
    expect(linked).toBe(false);
    // 3 before the first pause, 3 after her one lift.
    expect(asked).toHaveBeenCalledTimes(6);
    expect(replies[0]).toContain("I lifted that pause");
    expect(replies.slice(1).every((reply) => reply.startsWith(ADMIN_MUST_LIFT))).toBe(true);
    expect(await world.deps.limits.blockedUntil("link", "S1002", Date.now())).not.toBeNull();
    // Her one lift went to the admins, naming her and the pupil; the refusals are in the audit as attempts.
    expect(world.alerts.ofKind("setup-pause-lifted")).toEqual([
      { kind: "setup-pause-lifted", subject: "S1002", details: { by: "T2001", byRole: "teacher", tries: 6 } },
    ]);
    const events = await world.deps.store.recentAudit(500);
    const refusals = events.filter((e) => e.event === "staff-refused" && e.subject === "S1002");
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals[0]).toMatchObject({
      actor: "T2001",
      outcome: "refused",
      reason: "set-up pause lifted already",
    });
  });

  it("an admin can still lift it after her, and is not capped; each lift is alerted", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    for (let i = 0; i < 3; i++) await guess(`Wrong-a${i}`);
    await teacher.send("/unlock S1002");
    for (let i = 0; i < 3; i++) await guess(`Wrong-b${i}`);
    await teacher.send("/unlock S1002");
    expect(teacher.last.replies.map((r) => translate(r.text))[0]).toBe(ADMIN_MUST_LIFT);
    await admin.send("/unlock S1002");
    expect(admin.lastText).toContain("I lifted that pause");
    for (let i = 0; i < 3; i++) await guess(`Wrong-c${i}`);
    await admin.send("/unlock S1002");
    expect(admin.lastText).toContain("I lifted that pause");
    expect((await guess(DEMO_PASSWORDS.S1002)).linked).toBe(true);
    expect(world.alerts.ofKind("setup-pause-lifted").map((a) => a.details)).toEqual([
      { by: "T2001", byRole: "teacher", tries: 6 },
      { by: "A3001", byRole: "admin", tries: 6 },
      { by: "A3001", byRole: "admin", tries: 6 },
    ]);
  });

  it("a day after her lift she may lift it once more", async () => {
    for (let i = 0; i < 3; i++) await guess(`Wrong-a${i}`);
    await teacher.send("/unlock S1002");
    clock.advance(DAY - HOUR);
    for (let i = 0; i < 3; i++) await guess(`Wrong-b${i}`);
    await teacher.send("/unlock S1002");
    expect(teacher.last.replies.map((r) => translate(r.text))[0]).toBe(ADMIN_MUST_LIFT);
    clock.advance(HOUR);
    for (let i = 0; i < 3; i++) await guess(`Wrong-c${i}`);
    await teacher.send("/unlock S1002");
    expect(teacher.lastText).toContain("I lifted that pause");
  });

  it("her unlock still lifts a suspension when the set-up pause stays, and says both", async () => {
    const kid = world.chat("aisha-phone");
    await kid.setUp("S1002", DEMO_PASSWORDS.S1002, ["Tiger", "Purple", "Chicken rice"]);
    for (let i = 0; i < 3; i++) await guess(`Wrong-a${i}`);
    await teacher.send("/unlock S1002");
    clock.advance(2 * HOUR);
    for (let i = 0; i < 5; i++) await kid.answerReset("S1002", () => "Wrong guess");
    for (let i = 0; i < 3; i++) await guess(`Wrong-b${i}`);
    await teacher.send("/unlock S1002");
    const said = teacher.last.replies.map((r) => translate(r.text));
    expect(said[0]).toBe("Done! Aisha Binte Rahman can reset their password by themselves again.");
    expect(said[1]).toBe(ADMIN_MUST_LIFT);
    expect(await world.suspendedUntil("S1002", Date.now())).toBeNull();
    expect(await world.deps.limits.blockedUntil("link", "S1002", Date.now())).not.toBeNull();
  });

  it("says so in Malay, Chinese and Tamil, in the staff register", () => {
    const params = { name: "Aisha", hours: 24, minutes: 60 };
    const english = translate({ key: "unlock.setupPauseAdminOnly", params }, "en");
    for (const language of ["ms", "zh", "ta"]) {
      const text = translate({ key: "unlock.setupPauseAdminOnly", params }, language);
      expect(text).not.toBe(english);
      for (const fact of ["Aisha", "24", "60"]) expect(text).toContain(fact);
      expect(childRegisterWords(language, text)).toEqual([]);
    }
  });
});
