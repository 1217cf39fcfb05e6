import { beforeEach, describe, expect, it, vi } from "vitest";
import { translate } from "../../src/core/i18n/translate.js";
import { DEMO_PASSWORDS, MINUTE } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MR_LEE, PRIYA, teacherOnOwnPhone } from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/**
 * Anyone can pause a classmate's set-up for an hour by typing her ID with 3 wrong passwords, and again every
 * hour. Her form teacher (or an admin) lifts that pause with the same /unlock that lifts a suspension, so
 * she can set up now; the cap itself stays (the next 3 wrong passwords pause it again).
 */
const PAUSED = "There were too many wrong passwords for this user ID.";
const LIFTED =
  "Aisha Binte Rahman was not suspended, and their account was not locked, but set-up for Aisha Binte " +
  "Rahman was paused after too many wrong passwords. I lifted that pause, so Aisha Binte Rahman can use " +
  "/setup again now. If Aisha Binte Rahman did not type those passwords, someone else may have been trying " +
  "to guess theirs.";

describe("/unlock lifts a student's set-up pause", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let aisha: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone());
    aisha = world.chat("aisha-phone");
  });

  /** A classmate types Aisha's ID with 3 wrong passwords: her set-up is paused. */
  async function classmatePausesAisha(): Promise<void> {
    const prober = world.chat("prober");
    for (let i = 0; i < 3; i++) {
      await prober.send("/setup");
      await prober.send("S1002");
      await prober.send(`Guess-${i}`);
    }
    await aisha.send("/setup");
    await aisha.send("S1002");
    expect(aisha.lastText).toContain(PAUSED);
  }

  async function aishaSetsUp(): Promise<string> {
    await aisha.send("/setup");
    await aisha.send("S1002");
    await aisha.send(DEMO_PASSWORDS.S1002);
    return aisha.lastText;
  }

  it("her form teacher's /unlock lifts it, says so, and is noted in the audit as hers", async () => {
    await classmatePausesAisha();
    await teacher.send("/unlock S1002");
    expect(teacher.last.replies.map((r) => translate(r.text))).toEqual([
      LIFTED,
      "They have not set up their secret questions yet, so they can't reset by themselves. Ask them to type /setup in their own chat. If they need a new password before then, you can help them with /guided.",
    ]);
    expect(await aishaSetsUp()).toContain("Great, it's you, Aisha Binte Rahman!");
    const events = await world.deps.store.recentAudit(50);
    // Anyone can cause the pause, so its lifting is an attempt ("noted"), never in her protected trail.
    expect(events.find((e) => e.event === "unlock")).toMatchObject({
      actor: "T2001",
      subject: "S1002",
      outcome: "info",
      reason: "set-up pause lifted",
    });
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit T2001");
    expect(admin.lastText).toMatch(/unlock: noted \(telegram, about S1002\) – set-up pause lifted/);
    await admin.send("/language");
    await admin.press("Bahasa Melayu");
    await admin.send("/audit T2001");
    expect(admin.lastText).toMatch(
      /buka kunci: catatan \(telegram, tentang S1002\) – jeda persediaan ditamatkan/,
    );
    expect(admin.lastText).not.toContain("set-up pause lifted");
  });

  it("the cap stays: after the lift, 3 more wrong passwords pause it again", async () => {
    await classmatePausesAisha();
    await teacher.send("/unlock S1002");
    const asked = vi.spyOn(world.memoryDirectory, "authenticate");
    const prober = world.chat("prober-2");
    for (let i = 0; i < 4; i++) {
      await prober.send("/setup");
      await prober.send("S1002");
      await prober.send(`Guess-again-${i}`);
    }
    expect(asked).toHaveBeenCalledTimes(3);
    await aisha.send("/setup");
    await aisha.send("S1002");
    expect(aisha.lastText).toContain(PAUSED);
  });

  it("a teacher of another class cannot lift it; an admin can lift anyone's", async () => {
    await classmatePausesAisha();
    const mrLee = await linkedOnOwnPhone(world, MR_LEE);
    await mrLee.send("/unlock S1002");
    expect(mrLee.lastText).toContain("You can only help students in your classes.");
    await aisha.send("/setup");
    await aisha.send("S1002");
    expect(aisha.lastText).toContain(PAUSED);

    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/unlock S1002");
    expect(admin.last.replies.map((r) => translate(r.text))[0]).toBe(LIFTED);
    expect(await aishaSetsUp()).toContain("Great, it's you, Aisha Binte Rahman!");
  });

  it("with a suspension lifted too, the reply says both, and the audit is a done unlock naming both", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.setUp("S1001", DEMO_PASSWORDS.S1001, ["Tiger", "Purple", "Chicken rice"]);
    for (let i = 0; i < 5; i++) await kid.answerReset("S1001", () => "Wrong guess");
    expect(await world.suspendedUntil("S1001", Date.now())).not.toBeNull();
    const prober = world.chat("prober");
    for (let i = 0; i < 3; i++) {
      await prober.send("/setup");
      await prober.send("S1001");
      await prober.send(`Guess-${i}`);
    }
    await teacher.send("/unlock S1001");
    expect(teacher.last.replies.map((r) => translate(r.text))).toEqual([
      "Done! Tan Wei Ling can reset their password by themselves again.",
      "Set-up for Tan Wei Ling was also paused after too many wrong passwords. I lifted that pause, so Tan Wei Ling can use /setup again now.",
    ]);
    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "unlock")).toMatchObject({
      outcome: "ok",
      reason: "suspension lifted; set-up pause lifted",
    });
  });

  it("a set-up that is not paused is not touched: its wrong passwords still count", async () => {
    const prober = world.chat("prober");
    for (let i = 0; i < 2; i++) {
      await prober.send("/setup");
      await prober.send("S1002");
      await prober.send(`Guess-${i}`);
    }
    await teacher.send("/unlock S1002");
    expect(teacher.lastText).not.toContain("set-up");
    await prober.send("/setup");
    await prober.send("S1002");
    await prober.send("Guess-3");
    await aisha.send("/setup");
    await aisha.send("S1002");
    expect(aisha.lastText).toContain(PAUSED);
    // The pause ends by itself as the oldest wrong password leaves the hour.
    vi.setSystemTime(Date.now() + 61 * MINUTE);
    expect(await aishaSetsUp()).toContain("Great, it's you, Aisha Binte Rahman!");
  });
});
