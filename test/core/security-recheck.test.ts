import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { reachNewPasswordChoice, WEI_LING } from "../helpers/dialog-helpers.js";
import { MINUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const CHANGED = "Something changed on your account while we were talking, so I stopped.";

/**
 * A reset verified before something changed the student's standing must not finish: it is checked again,
 * atomically, right before the directory is asked to change the password.
 */
describe("a verified reset is checked again when it finishes", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
    teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await reachNewPasswordChoice(kid);
  });
  afterEach(async () => world.close());

  const passwordUnchanged = async () =>
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();

  it("not after a teacher unlinked the lost phone", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    await teacher.press("Yes");
    expect(teacher.lastText).toContain("new password");
    const teachersPassword = await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password);
    expect(teachersPassword).toBeNull();

    await kid.press("Make one for me");
    expect(kid.lastText).toContain(CHANGED);
    expect(kid.lastText).not.toMatch(/[A-Z][a-z]+-[A-Z][a-z]+-[A-Z][a-z]+-\d+/);
  });

  it("not after the account was linked to another chat", async () => {
    const other = world.chat("someone-else");
    await other.send("/setup");
    await other.send(WEI_LING.id);
    await other.send(WEI_LING.password);
    await other.send("/cancel");

    await kid.press("Make one for me");
    expect(kid.lastText).toContain(CHANGED);
    await passwordUnchanged();
  });

  it("not after a teacher cleared the answers", async () => {
    await teacher.send("/clearanswers S1001");
    await teacher.press("Yes");
    await kid.press("I'll type my own");
    await kid.send("Blue-Whale-Song-88");
    await kid.send("Blue-Whale-Song-88");
    expect(kid.lastText).toContain(CHANGED);
    await passwordUnchanged();
  });

  it("not after the student was suspended meanwhile", async () => {
    await world.failStudent(WEI_LING.id, 5);
    await kid.press("Make one for me");
    expect(kid.lastText).toContain(CHANGED);
    await passwordUnchanged();
    const events = await world.deps.store.auditTrailOf(WEI_LING.id, 20);
    expect(events.some((e) => e.event === "reset-interrupted" && e.reason === "changed")).toBe(true);
  });

  it("and it goes through when nothing changed, counting towards the cap once", async () => {
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("Your new password is");
    expect(await world.deps.store.resetSuccesses(WEI_LING.id, Date.now(), 30 * 24 * 3600_000)).toBe(1);
  });
});

describe("a guided reset is checked again when it finishes", () => {
  it("a code read out after the student re-linked elsewhere no longer resets", async () => {
    const world = await TestWorld.create();
    const kid = world.chat("wei-ling-phone");
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await kid.setUp(WEI_LING.id, WEI_LING.password, ["Tiger", "Purple", "Chicken rice"]);
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    const code = /\b(\d{6})\b/.exec(JSON.stringify(world.notices.at(-1)?.reply))?.[1];
    expect(code).toBeDefined();

    const other = world.chat("new-phone");
    await other.send("/setup");
    await other.send(WEI_LING.id);
    await other.send(WEI_LING.password);

    await teacher.send(code!);
    expect(teacher.lastText).toContain("changed while we were working");
    expect(await world.memoryDirectory.authenticate(WEI_LING.id, WEI_LING.password)).not.toBeNull();
    await world.close();
  });
});

describe("a dialog has an absolute lifetime", () => {
  let world: TestWorld;
  let clock: ReturnType<typeof useSchoolClock>;
  beforeEach(async () => {
    clock = useSchoolClock();
    world = await TestWorld.create();
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  it("a verified reset kept busy with a message every 10 minutes ends 30 minutes after it began", async () => {
    const kid = world.chat("wei-ling-phone");
    await reachNewPasswordChoice(kid);
    for (let i = 0; i < 2; i++) {
      clock.advance(10 * MINUTE);
      await kid.send("/help");
      expect(kid.lastText).not.toContain("away");
    }
    clock.advance(10 * MINUTE);
    await kid.send("hello");
    expect(kid.lastText).toContain("We stopped because this took too long.");
    expect(kid.buttons).not.toContain("Make one for me");
  });
});
