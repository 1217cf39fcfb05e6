import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AlertService } from "../../src/alerts/alert-service.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { Alert } from "../../src/core/ports/alerts.js";
import { storeKeys } from "../../src/store/keys.js";
import { QUICK_DELIVERY, RecordingSink } from "../alerts/alert-fakes.js";
import { WEI_LING } from "../helpers/dialog-helpers.js";
import {
  alreadySetUp,
  answersFor,
  DAY,
  resetTranscript,
  useSchoolClock,
  worldOnSchoolClock,
} from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG, teacherOnOwnPhone } from "../helpers/staff-helpers.js";
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
    ({ world } = await worldOnSchoolClock());
    kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
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
    expect(world.alerts.ofKind("password-maybe-set")).toHaveLength(1);
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
    const { world, phone: teacher } = await teacherOnOwnPhone();
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
  });
});

/**
 * What the admins read, through the real AlertService (it de-duplicates by kind and subject): while the
 * directory is timing out, a directory alert has likely just gone out, and the word that a student's
 * password may be set must still reach them, naming the account to check.
 */
describe("the admins' alert that a password may have been set", () => {
  const ANSWERS_SET = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };

  async function worldWithSink() {
    const sink = new RecordingSink();
    const relay: { to?: AlertService; raise(alert: Alert): void } = {
      raise: (alert) => relay.to?.raise(alert),
    };
    const world = await TestWorld.create({}, undefined, { alerts: relay });
    const service = new AlertService({
      store: world.deps.store,
      logger: world.logs.logger,
      sinks: [sink],
      dedupeMs: loadConfig({}).alerts.dedupeMs,
      delivery: QUICK_DELIVERY,
    });
    relay.to = service;
    // The directory was slow a moment ago: its health check already told the admins.
    service.raise({ kind: "directory-error", subject: "directory", details: { during: "login-check" } });
    await service.flush();
    expect(sink.sent).toHaveLength(1);
    return { world, sink, service };
  }

  afterEach(() => vi.useRealTimers());

  it("reaches them after another directory alert, and names the student", async () => {
    useSchoolClock();
    const { world, sink, service } = await worldWithSink();
    const kid = world.chat("kid-wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS_SET);
    await resetTranscript(kid, "S1001", answersFor(ANSWERS_SET));
    world.directory.setPasswordFails = "after-setting";
    await kid.press("Make one for me");
    expect(kid.lastText).toContain("not sure");
    await service.flush();
    expect(sink.sent).toHaveLength(2);
    expect(sink.sent[1]).toContain("S1001");
    expect(sink.sent[1]).toContain("may have been set");
    await service.close();
    await world.close();
  });

  it("after a guided reset, too, one per student", async () => {
    useSchoolClock();
    const { world, sink, service } = await worldWithSink();
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    world.directory.setPasswordFails = "after-setting";
    for (const id of ["S1001", "S1002"]) {
      await teacher.send(`/guided ${id}`);
      await teacher.press("I checked them in person");
      await teacher.press("Yes");
      expect(teacher.lastText).toContain("may not be saved");
    }
    await service.flush();
    const maybeSet = sink.sent.filter((text) => text.includes("may have been set"));
    expect(maybeSet).toHaveLength(2);
    expect(maybeSet[0]).toContain("S1001");
    expect(maybeSet[1]).toContain("S1002");
    await service.close();
    await world.close();
  });
});
