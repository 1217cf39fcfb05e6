import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alreadySetUp, TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

describe("the audit trail cannot be flushed", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create(TYPED_ID_ROUTE);
  });
  afterEach(async () => world.close());

  it("a student's set-up and a teacher's unlock stay on record however many strangers try her id", async () => {
    await alreadySetUp(world, world.chat("wei-ling"), "S1001", {
      animal: "Tiger",
      colour: "Purple",
      food: "Rice",
    });
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    // Suspended, so that the unlock lifts something (one with nothing to lift is only an attempt).
    await world.failStudent("S1001", 5);
    await teacher.send("/unlock S1001");

    for (let i = 0; i < 12; i++) {
      const stranger = world.chat(`stranger-${i % 4}`);
      await stranger.send("/reset");
      await stranger.send("S1001");
      for (let q = 0; q < 3; q++) await stranger.send("a guess");
    }
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    await admin.send("/audit S1001");
    const report = admin.lastText;
    expect(report).toContain("chat link: done");
    expect(report).toContain("unlock: done");
    expect(report).toMatch(/password reset: failed × \d+/);
    const trail = await world.deps.store.auditTrailOf("S1001", 20);
    expect(trail.map((e) => e.event)).toEqual(expect.arrayContaining(["link", "unlock"]));
    expect(trail.some((e) => e.event === "reset" && e.outcome === "failed")).toBe(false);
  });

  /**
   * An unlock that lifted nothing is something any teacher can cause for her students as often as she likes:
   * an attempt, counted per day and shown with who tried, never an entry that could push the student's own
   * set-up and link out of her 20 protected events.
   */
  it("a teacher's /unlock with nothing to lift, again and again, pushes nothing out of the student's trail", async () => {
    await alreadySetUp(world, world.chat("wei-ling"), "S1001", {
      animal: "Tiger",
      colour: "Purple",
      food: "Rice",
    });
    const before = (await world.deps.store.auditTrailOf("S1001", 20)).map((e) => e.event);
    expect(before).toContain("link");
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    for (let i = 0; i < 25; i++) {
      await teacher.send("/unlock S1001");
      expect(teacher.lastText).toContain("Tan Wei Ling was not suspended, and their account was not locked");
    }
    expect((await world.deps.store.auditTrailOf("S1001", 20)).map((e) => e.event)).toEqual(before);
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    await admin.send("/audit S1001");
    expect(admin.lastText).toMatch(/unlock: noted × 25 – by T2001 × 25/);
  });

  it("one chat's attempts are rate-limited in the school-wide record", async () => {
    await world.close();
    world = await TestWorld.create({ ...TYPED_ID_ROUTE, AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: "3" });
    const stranger = world.chat("stranger");
    for (let i = 0; i < 6; i++) {
      await stranger.send("/reset");
      await stranger.send(`Q${9000 + i}`);
      for (let q = 0; q < 3; q++) await stranger.send("a guess");
    }
    const failed = (await world.deps.store.recentAudit(100)).filter((e) => e.event === "reset");
    expect(failed).toHaveLength(3);
  });
});
