import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { storeKeys } from "../../src/store/keys.js";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import {
  alreadySetUp,
  answersFor,
  DAY,
  resetTranscript,
  useSchoolClock,
} from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../helpers/test-world.js";

const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };

/**
 * A directory call that times out after the request went out may have set the password. It counts as a
 * reset (towards the cap, in the audit), the student is told kindly what to do, and the admins hear of it.
 * A definite refusal (the directory's password policy, or a directory that could not be reached before
 * anything was sent) changes nothing and counts nowhere.
 */
describe("when the directory may have set the new password", () => {
  let world: TestWorld;
  let kid: TestChat;

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  const resetsCounted = () => world.deps.store.resetSuccesses("S1001", Date.now(), 30 * DAY);
  const verified = async () => {
    await resetTranscript(kid, "S1001", answersFor(ANSWERS));
    expect(kid.lastText).toContain("all 3 answers are right");
  };

  it("a generated password is shown with what to do, counts as a reset, and is audited as 'may have been set'", async () => {
    await verified();
    world.directory.setPasswordFails = "after-setting";
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("not sure");
    expect(kid.lastText).toContain("form teacher");
    const shown = kid.last.replies.find((r) => r.text.params?.password !== undefined);
    expect(shown?.protect).toBeDefined();
    const password = String(shown!.text.params!.password);
    // It was in fact set: the password shown is the one that works.
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    expect(await resetsCounted()).toBe(1);
    expect(await world.redis.exists(storeKeys(world.prefix).resetReservation("S1001"))).toBe(0);
    const audit = await world.deps.store.recentAudit(20);
    expect(audit.some((e) => e.event === "reset" && (e.reason ?? "").includes("may have been set"))).toBe(
      true,
    );
    expect(world.alerts.ofKind("directory-error")).toHaveLength(1);
    expect(world.logs.text).not.toContain(password);
  });

  it("a typed password: told to try the one they typed, and it counts as a reset", async () => {
    await verified();
    await kid.press("I'll type my own");
    await kid.send("Blue-Whale-Song-8");
    world.directory.setPasswordFails = "after-setting";
    await kid.send("Blue-Whale-Song-8");
    expect(kid.lastText).toContain("not sure");
    expect(kid.lastText).toContain("password you just typed");
    expect(kid.lastText).not.toContain("Blue-Whale-Song-8");
    expect(await resetsCounted()).toBe(1);
    expect(await world.memoryDirectory.authenticate("S1001", "Blue-Whale-Song-8")).not.toBeNull();
  });

  it("three such timeouts use up the cap, as three resets would", async () => {
    world.directory.setPasswordFails = "after-setting";
    for (let i = 0; i < 3; i++) {
      await verified();
      await kid.press("Make one for me");
      expect(kid.lastText).toContain("not sure");
    }
    await kid.send("/reset");
    expect(kid.lastText).toContain("You have already made 3 new passwords in the last 30 days");
  });

  it("a directory that could not be reached before sending changes nothing and counts nowhere", async () => {
    await verified();
    world.directory.setPasswordFails = "before-sending";
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("The school system is not answering");
    expect(await resetsCounted()).toBe(0);
    expect(await world.memoryDirectory.authenticate("S1001", WEI_LING.password)).not.toBeNull();
  });

  it("a password the directory's policy refuses counts nowhere", async () => {
    await verified();
    await kid.press("I'll type my own");
    // The memory directory, like a real one, refuses the password the account already has.
    await kid.send(WEI_LING.password);
    await kid.send(WEI_LING.password);
    expect(kid.lastText).toContain("used");
    expect(await resetsCounted()).toBe(0);
  });
});

describe("a guided reset whose password the directory may have set", () => {
  it("is still shown to the teacher, with word that it may not be saved, and audited so", async () => {
    useSchoolClock();
    const world = await TestWorld.create();
    const teacher = world.chat("mrs-ng-phone");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/guided S1001");
    await teacher.press("I checked them in person");
    world.directory.setPasswordFails = "after-setting";
    await teacher.press("Yes");
    expect(teacher.lastText).toContain("may not be saved");
    const shown = teacher.last.replies.find((r) => r.text.params?.password !== undefined);
    expect(shown?.protect).toBeDefined();
    const password = String(shown!.text.params!.password);
    expect(await world.memoryDirectory.authenticate("S1001", password)).not.toBeNull();
    const audit = await world.deps.store.recentAudit(20);
    expect(
      audit.some((e) => e.event === "guided-reset" && (e.reason ?? "").includes("may have been set")),
    ).toBe(true);
    await world.close();
    vi.useRealTimers();
  });
});
