import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORDS } from "../helpers/security-helpers.js";
import {
  expectOneWrongStaffPasswordCounted,
  linkStaff,
  MRS_NG,
  teacherOnOwnPhone,
  type StaffOnOwnPhone,
} from "../helpers/staff-helpers.js";
import { LOGOUT_BUTTON } from "../helpers/logout.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

/**
 * A teacher's unlocked phone on her desk: a pupil who picks it up must not unlink her (and then, with a few
 * wrong passwords at /setup, keep her from linking again for an hour). /logout of a staff link asks for her
 * password as her staff commands do: on her own phone once STAFF_PASSWORD_AGAIN_MINUTES have passed since
 * she last typed it there, on a phone shared with a student every time.
 */
const AGAIN = "To keep your students safe, type your password to go on, Mrs Ng Mei Hua.";
const SHARED_ASK = "This phone is also linked to a student, so only Mrs Ng Mei Hua can go on here.";
const MINUTE = 60_000;
const WRONG = "Teach-Four-A-2025";

describe("/logout on a teacher's own phone", () => {
  let world: TestWorld;
  let phone: TestChat;
  let clock: StaffOnOwnPhone["clock"];
  beforeEach(async () => {
    ({ world, phone, clock } = await teacherOnOwnPhone());
  });

  it("16 minutes after her password, a pupil cannot unlink her without it", async () => {
    clock.advance(16 * MINUTE);
    const asked = await phone.send("/logout");
    expect(phone.lastText).toContain(AGAIN);
    expect(phone.buttons).not.toContain(LOGOUT_BUTTON);
    expect(asked.replies.at(-1)?.expectsSecret).toBe(true);
    const refused = await phone.send(WRONG);
    expect(refused.deleteInbound).toBe(true);
    expect(phone.lastText).toContain("password, so nothing was done");
    await phone.send("/cancel");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001"]);
    await expectOneWrongStaffPasswordCounted(world, MRS_NG.id, "telegram:mrs-ng-phone");
  });

  it("with her password it asks, as for anyone, and 'Yes, unlink' unlinks her", async () => {
    clock.advance(16 * MINUTE);
    await phone.send("/logout");
    const taken = await phone.send(MRS_NG.password);
    expect(taken.deleteInbound).toBe(true);
    expect(phone.buttons).toContain(LOGOUT_BUTTON);
    await phone.press(LOGOUT_BUTTON);
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual([]);
  });

  it("within 15 minutes of her password, /logout only asks to confirm", async () => {
    clock.advance(14 * MINUTE);
    await phone.send("/logout");
    expect(phone.lastText).not.toContain(AGAIN);
    await phone.press(LOGOUT_BUTTON);
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual([]);
  });

  it("a 'Yes, unlink' left on the screen past the window does not unlink her", async () => {
    clock.advance(14 * MINUTE);
    await phone.send("/logout");
    clock.advance(2 * MINUTE);
    await phone.press(LOGOUT_BUTTON);
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001"]);
  });
});

describe("/logout on a family phone shared by a pupil and her mother, a teacher", () => {
  let world: TestWorld;
  let phone: TestChat;
  beforeEach(async () => {
    world = await TestWorld.create();
    phone = world.chat("mums-phone");
    await phone.send("/setup");
    await phone.send("S1001");
    await phone.send(DEMO_PASSWORDS.S1001);
    await phone.send("/cancel");
    await linkStaff(phone, MRS_NG);
  });
  afterEach(async () => world.close());

  it("the child unlinks herself with a tap, as before", async () => {
    await phone.send("/logout");
    await phone.press("Tan Wei Ling");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001"]);
  });

  it("tapping her mother's name asks for her mother's password; a wrong one unlinks nobody", async () => {
    await phone.send("/logout");
    await phone.press(MRS_NG.name);
    expect(phone.lastText).toContain(SHARED_ASK);
    await phone.send(WRONG);
    await phone.send("/cancel");
    expect((await world.deps.store.linkedPeople(phone.ref)).sort()).toEqual(["s1001", "t2001"]);
  });

  it("'Everyone' asks for her password too, and with it unlinks both", async () => {
    await phone.send("/logout");
    await phone.press("Everyone");
    expect(phone.lastText).toContain(SHARED_ASK);
    expect((await world.deps.store.linkedPeople(phone.ref)).sort()).toEqual(["s1001", "t2001"]);
    await phone.send(MRS_NG.password);
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual([]);
  });

  it("while the directory does not answer, the child still unlinks herself (nobody is kept linked for want of it)", async () => {
    await phone.send("/logout");
    world.directory.down = true;
    await phone.press("Tan Wei Ling");
    world.directory.down = false;
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["t2001"]);
  });

  it("her mother's own password unlinks her", async () => {
    await phone.send("/logout");
    await phone.press(MRS_NG.name);
    await phone.send(MRS_NG.password);
    expect(phone.lastText).toContain("Mrs Ng Mei Hua");
    expect(await world.deps.store.linkedPeople(phone.ref)).toEqual(["s1001"]);
  });
});
