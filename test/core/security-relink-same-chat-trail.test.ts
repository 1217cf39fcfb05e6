import { afterEach, describe, expect, it, vi } from "vitest";
import {
  alreadySetUp,
  DEMO_PASSWORDS,
  useSchoolClock,
  UNPACED_ID_LOOKUPS,
} from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";
import { logOut } from "../helpers/logout.js";

/*
 * Set-up proven again from the chat already linked to the same student changes no link. Whoever knows her
 * password can do it as often as they like (a right password gives its try back): as a protected event, 20
 * rounds of /setup, ID, password, /cancel would push her suspension and the staff's actions on her out of her
 * trail. It is an attempt ("noted"), counted per day like a refused /reset.
 */
const ANSWERS = { animal: "Tiger", colour: "Purple", food: "Chicken rice" };

let world: TestWorld;
afterEach(async () => {
  await world.close();
  vi.useRealTimers();
});

describe("set-up proven again and again from the chat already linked to the student", () => {
  it("pushes nothing out of her trail, and is counted as an attempt", async () => {
    useSchoolClock();
    world = await TestWorld.create(UNPACED_ID_LOOKUPS);
    const kid = world.chat("wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    await world.failStudent("S1001", 5);
    const before = await world.deps.store.auditTrailOf("S1001", 20);
    expect(before.map((e) => e.event)).toEqual(expect.arrayContaining(["link", "reset-suspended"]));

    for (let round = 0; round < 25; round++) {
      await kid.send("/setup");
      await kid.send("S1001");
      await kid.send(DEMO_PASSWORDS.S1001);
      expect(kid.lastText).toContain("still linked");
      await kid.send("/cancel");
    }
    expect(await world.deps.store.auditTrailOf("S1001", 20)).toEqual(before);
    const tries = await world.deps.store.attemptCountsOf("S1001");
    expect(tries).toContainEqual(expect.objectContaining({ event: "link", outcome: "info", count: 25 }));
  });
});

describe("her own chat's real changes, repeated by whoever knows her password", () => {
  it("/logout and set-up again, round after round, push out neither her suspension nor a teacher's action", async () => {
    const clock = useSchoolClock();
    world = await TestWorld.create();
    const kid = world.chat("wei-ling");
    await alreadySetUp(world, kid, "S1001", ANSWERS);
    const teacher = world.chat("mrs-ng");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/guided S1001");
    await teacher.press("Send a code");
    await world.failStudent("S1001", 5);
    const kept = (await world.deps.store.auditTrailOf("S1001", 50)).filter(
      (e) => e.event === "reset-suspended" || e.event === "code-sent",
    );
    expect(kept.map((e) => e.event).sort()).toEqual(["code-sent", "reset-suspended"]);

    // Each round is two real changes (unlink, link), so each is a protected event of her own.
    for (let round = 0; round < 15; round++) {
      clock.advance(60_000);
      await logOut(kid);
      await kid.send("/setup");
      await kid.send("S1001");
      await kid.send(DEMO_PASSWORDS.S1001);
      await kid.send("/cancel");
    }
    const trail = await world.deps.store.auditTrailOf("S1001", 50);
    expect(trail).toEqual(expect.arrayContaining(kept));
    // Her own events are still kept, the newest of them.
    expect(trail.filter((e) => e.event === "link").length).toBeGreaterThan(5);
    // And an admin's /audit shows the whole trail, not only the 20 newest.
    const admin = world.chat("priya");
    await linkStaff(admin, PRIYA);
    await admin.send("/audit S1001");
    expect(admin.lastText).toMatch(/code sent/i);
    expect(admin.lastText).toMatch(/reset suspension/i);
  });
});
