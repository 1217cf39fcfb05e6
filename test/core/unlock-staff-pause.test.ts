import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import {
  linkedOnOwnPhone,
  linkStaff,
  MR_LEE,
  MRS_NG,
  PRIYA,
  staffOnOwnPhone,
  type StaffOnOwnPhone,
} from "../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../helpers/test-world.js";

/**
 * Anyone can pause a teacher's password in the bot for an hour by typing her ID with 3 wrong passwords, and
 * again every hour: a pupil at /setup, or her own child at the family phone's staff step-up. Until now no one
 * could lift it, so she could not link a chat or act from the family phone all that time. An admin lifts it
 * with the /unlock that lifts a student's; teachers still cannot act on staff accounts.
 */
const PAUSED = "There were too many wrong passwords for this user ID.";
const LIFTED =
  "I lifted the pause on Mrs Ng Mei Hua's password in this bot, which came after too many wrong passwords " +
  "for their user ID, so Mrs Ng Mei Hua can type it here again now.";
const MINUTE = 60_000;
const NOTHING = "Mrs Ng Mei Hua's password is not paused in this bot, so there is nothing to lift.";

describe("an admin's /unlock lifts a staff member's password pause", () => {
  let world: TestWorld;
  let admin: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    ({ world, phone: admin, clock } = await staffOnOwnPhone(PRIYA));
  });

  /** A pupil types Mrs Ng's ID at /setup with 3 wrong passwords. */
  async function pupilPausesMrsNg(): Promise<void> {
    const pupil = world.chat("pupil");
    for (let i = 0; i < 3; i++) {
      await pupil.send("/setup");
      await pupil.send(MRS_NG.id);
      await pupil.send(`Guess-${i}`);
    }
  }

  /** What she is told at /setup with her right password: the pause comes as soon as her ID is typed. */
  async function mrsNgLinks(chat: TestChat): Promise<string> {
    await chat.send("/setup");
    await chat.send(MRS_NG.id);
    const atId = chat.lastText;
    if (atId.includes(PAUSED)) return atId;
    await chat.send(MRS_NG.password);
    return chat.lastText;
  }

  it("lifts the pause a pupil started, so she can link her chat, and the admins hear who lifted it", async () => {
    await pupilPausesMrsNg();
    const teacher = world.chat("mrs-ng-phone");
    expect(await mrsNgLinks(teacher)).toContain(PAUSED);

    await admin.send("/unlock T2001");
    expect(admin.lastText).toContain(LIFTED);
    expect(admin.lastText).toContain("someone else may have been trying to guess it");
    expect(await mrsNgLinks(teacher)).toContain("now linked");

    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "unlock")).toMatchObject({
      actor: "A3001",
      subject: "T2001",
      outcome: "info",
      reason: "set-up pause lifted",
    });
    expect(world.alerts.raised.filter((a) => a.kind === "setup-pause-lifted")).toEqual([
      expect.objectContaining({ subject: "T2001", details: { by: "A3001", byRole: "admin", tries: 3 } }),
    ]);
  });

  it("lifts the pause her child started at the family phone, so her staff command goes on there", async () => {
    const phone = world.chat("mums-phone");
    await phone.send("/setup");
    await phone.send("S1001");
    await phone.send(DEMO_PASSWORDS.S1001);
    await phone.send("/cancel");
    await linkStaff(phone, MRS_NG);
    for (let i = 0; i < 3; i++) {
      await phone.send("/coverage");
      await phone.send(`Guess-${i}`);
    }
    await phone.send("/coverage");
    expect(phone.lastText).toContain("Mrs Ng Mei Hua, I will not ask for your password in this chat for");
    expect(phone.lastText).toContain("An admin can lift it sooner");

    await admin.send("/unlock T2001");
    expect(admin.lastText).toContain(LIFTED);
    await phone.send("/coverage");
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("4A");
  });

  it("says there is nothing to lift, and that the directory is IT's, when her password is not paused", async () => {
    await admin.send("/unlock T2001");
    expect(admin.lastText).toContain(NOTHING);
    expect(admin.lastText).toContain("in the school directory by IT");
    expect(world.alerts.raised.filter((a) => a.kind === "setup-pause-lifted")).toEqual([]);
  });

  it("leaves wrong passwords short of a pause counting: an unlock never gives more tries at her password", async () => {
    const pupil = world.chat("pupil");
    for (let i = 0; i < 2; i++) {
      await pupil.send("/setup");
      await pupil.send(MRS_NG.id);
      await pupil.send(`Guess-${i}`);
    }
    await admin.send("/unlock T2001");
    expect(admin.lastText).toContain(NOTHING);
    await pupil.send("/setup");
    await pupil.send(MRS_NG.id);
    await pupil.send("Guess-2");
    expect(await mrsNgLinks(world.chat("mrs-ng-phone"))).toContain(PAUSED);
  });

  /** Mrs Ng's own phone, her password 16 minutes old there, gets `count` wrong ones at a staff command. */
  async function wrongOnHerPhone(count: number): Promise<TestChat> {
    const phone = await linkedOnOwnPhone(world, MRS_NG);
    clock.advance(16 * MINUTE);
    for (let i = 0; i < count; i++) {
      await phone.send("/coverage");
      await phone.send(`Guess-${i}`);
    }
    return phone;
  }

  /** The admin's /unlock T2001, 16 minutes on: her own phone asks for her password again first. */
  async function adminUnlocksMrsNg(): Promise<void> {
    await admin.send("/unlock T2001");
    await admin.send(PRIYA.password);
  }

  it("leaves her own phone's wrong passwords short of a pause counting too", async () => {
    const phone = await wrongOnHerPhone(2);
    await adminUnlocksMrsNg();
    expect(admin.lastText).toContain(NOTHING);
    await phone.send("/coverage");
    await phone.send("Guess-2");
    expect(phone.lastText).toContain("too many wrong passwords");
  });

  it("audits and alerts a lift of only her own phone's pause as that, not as a set-up pause", async () => {
    await wrongOnHerPhone(3);
    await adminUnlocksMrsNg();
    expect(admin.lastText).toContain(LIFTED);
    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "unlock")).toMatchObject({
      actor: "A3001",
      subject: "T2001",
      reason: "staff password pause lifted",
    });
    expect(world.alerts.ofKind("setup-pause-lifted")).toEqual([]);
    expect(world.alerts.ofKind("staff-password-pause-lifted")).toEqual([
      expect.objectContaining({
        subject: "T2001",
        details: { by: "A3001", byRole: "admin", chat: "telegram:mrs-ng-phone", tries: 3 },
      }),
    ]);
  });

  it("audits and alerts both pauses when it lifts both", async () => {
    await wrongOnHerPhone(3);
    await pupilPausesMrsNg();
    await adminUnlocksMrsNg();
    const events = await world.deps.store.recentAudit(50);
    expect(events.find((e) => e.event === "unlock")?.reason).toBe(
      "set-up pause lifted; staff password pause lifted",
    );
    expect(world.alerts.ofKind("setup-pause-lifted")).toHaveLength(1);
    expect(world.alerts.ofKind("staff-password-pause-lifted")).toHaveLength(1);
  });

  it("is still refused to a teacher, about another teacher", async () => {
    await pupilPausesMrsNg();
    const lee = await linkedOnOwnPhone(world, MR_LEE);
    await lee.send("/unlock T2001");
    expect(lee.lastText).not.toContain("I lifted");
    expect(await mrsNgLinks(world.chat("mrs-ng-phone"))).toContain(PAUSED);
  });
});
