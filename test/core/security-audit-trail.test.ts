import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  alreadySetUp,
  DEMO_PASSWORDS,
  TYPED_ID_ROUTE,
  UNPACED_ID_LOOKUPS,
} from "../helpers/security-helpers.js";
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
      for (let q = 0; q < 3; q++) await stranger.send(`a guess ${q + 1}`);
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
      for (let q = 0; q < 3; q++) await stranger.send(`a guess ${q + 1}`);
    }
    const failed = (await world.deps.store.recentAudit(100)).filter((e) => e.event === "reset");
    expect(failed).toHaveLength(3);
  });

  /**
   * A student who knows her own password can link and unlink her chat as fast as she can type (five messages
   * a round, two protected events): before, every one went into the day's school-wide stream, so a few hours
   * of a script filled the day's share of AUDIT_MAX_EVENTS and pushed out everyone else's events of the day,
   * hers against classmates among them. Her own chat's events are now rate-limited there as attempts are; her
   * own trail still keeps them.
   */
  it("one chat linking and unlinking itself again and again cannot push the day's other events out", async () => {
    await world.close();
    world = await TestWorld.create({ AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: "20", ...UNPACED_ID_LOOKUPS });
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    const classmate = world.chat("classmate");
    await classmate.send("/setup");
    await classmate.send("S1002");
    await classmate.send(DEMO_PASSWORDS.S1002);
    const kid = world.chat("kid");
    // Well past the rate of 20: every round after the 20th reaches her trail only.
    for (let i = 0; i < 30; i++) {
      await kid.send("/setup");
      await kid.send("S1001");
      await kid.send(DEMO_PASSWORDS.S1001);
      await kid.send("/logout");
      await kid.press("Yes");
    }
    expect(kid.lastText).toContain("no longer linked");
    const day = await world.deps.store.auditSince(Date.now() - 3_600_000, 10_000);
    // The classmate's and the teacher's links are still in the school-wide record; the day is not full.
    expect(day.filter((e) => e.event === "link").map((e) => e.subject)).toEqual(
      expect.arrayContaining(["T2001", "S1002"]),
    );
    expect(world.alerts.ofKind("audit-full")).toHaveLength(0);
    // The kid's own chat reached the stream 41 times in the hour (20 unlinks count against the rate of 20,
    // and the links are held to it); her trail keeps her latest events.
    expect(day.filter((e) => e.actor === "telegram:kid")).toHaveLength(41);
    const trail = await world.deps.store.auditTrailOf("S1001", 20);
    expect(trail[0]).toMatchObject({ event: "unlink", outcome: "ok" });
  });

  it("a student's whole set-up keeps no audit rate counter: the rate costs Redis nothing until a chat unlinks", async () => {
    const kid = world.chat("kid");
    await kid.setUp("S1001", DEMO_PASSWORDS.S1001, ["Tiger", "Purple", "Noodles"]);
    await kid.press("No thanks");
    expect(kid.lastText).not.toContain("wrong");
    expect(await world.redis.keys(`${world.prefix}*audit-rate*`)).toEqual([]);
    await kid.send("/logout");
    await kid.press("Yes");
    expect(await world.redis.keys(`${world.prefix}*audit-rate*`)).toHaveLength(1);
  });

  it("a chat over its audit rate that takes over a classmate's link: the move stays in the day's record and in her trail", async () => {
    await world.close();
    world = await TestWorld.create({ AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: "20", ...UNPACED_ID_LOOKUPS });
    const victim = world.chat("victim");
    await victim.send("/setup");
    await victim.send("S1002");
    await victim.send(DEMO_PASSWORDS.S1002);
    // Someone who knows S1002's password first spends the chat's audit rate on her own account...
    const thief = world.chat("thief");
    for (let i = 0; i < 15; i++) {
      await thief.send("/setup");
      await thief.send("S1001");
      await thief.send(DEMO_PASSWORDS.S1001);
      await thief.send("/logout");
      await thief.press("Yes");
    }
    // ...then links S1002 here, moving her link away from her own chat, and links and unlinks her again
    // and again to push the move out of her trail.
    for (let i = 0; i < 15; i++) {
      await thief.send("/setup");
      await thief.send("S1002");
      await thief.send(DEMO_PASSWORDS.S1002);
      await thief.send("/logout");
      await thief.press("Yes");
    }
    const moved = {
      event: "relink",
      subject: "S1002",
      actor: "telegram:thief",
      reason: "was telegram:victim",
    };
    const day = await world.deps.store.auditSince(Date.now() - 3_600_000, 10_000);
    expect(day).toContainEqual(expect.objectContaining(moved));
    const trail = await world.deps.store.auditTrailOf("S1002", 40);
    expect(trail).toContainEqual(expect.objectContaining(moved));
  });
});
