import { beforeEach, describe, expect, it } from "vitest";
import { exportAudit } from "../../src/core/audit-file.js";
import { DEMO_PASSWORDS, UNPACED_ID_LOOKUPS, worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, PRIYA } from "../helpers/staff-helpers.js";
import type { TestWorld } from "../helpers/test-world.js";

/**
 * A day's share of the school-wide stream is 3000 / 30 = 100 here: attempts and a chat's repeatable links
 * fill 90 of it, and the last 10 are kept for the events that always reach it (a relink, a reset, ...).
 * Before, one account moved back and forth between two chats filled those 10 with its own relinks (never
 * rate-limited); a victim's takeover that day was then only counted, not listed.
 */
const RECORD = { AUDIT_MAX_EVENTS: "3000", AUDIT_RETENTION_DAYS: "30", ...UNPACED_ID_LOOKUPS } as const;

describe("the part of the day's audit share kept for protected events", () => {
  let world: TestWorld;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock(RECORD));
  });

  const today = () => world.deps.store.auditSince(Date.now() - 3_600_000, 10_000);

  async function linkFrom(chatId: string, id: keyof typeof DEMO_PASSWORDS) {
    const chat = world.chat(chatId);
    await chat.send("/setup");
    await chat.send(id);
    await chat.send(DEMO_PASSWORDS[id]);
    expect(chat.lastText).toContain("This chat is now linked");
    await chat.send("/cancel");
  }

  it("one account moved back and forth between two chats cannot use it up", async () => {
    // The attacker knows one password (their own) and has two chats.
    for (let move = 0; move < 60; move++) await linkFrom(move % 2 === 0 ? "home" : "phone", "S1004");
    const own = (await today()).filter((e) => e.event === "relink" && e.subject === "S1004");
    expect(own.length).toBeLessThanOrEqual(5);
    // Their own record still holds the moves (its ring of events others caused), and the admins were told.
    const trail = await world.deps.store.auditTrailOf("S1004", 30);
    expect(trail.filter((e) => e.event === "relink")).toHaveLength(10);

    // A classmate's link taken over that day is still listed.
    await linkFrom("wei-ling", "S1002");
    await linkFrom("home", "S1002");
    expect(await today()).toContainEqual(
      expect.objectContaining({ event: "relink", subject: "S1002", actor: "telegram:home" }),
    );
    // And the export says how many moves of one account were only counted.
    const file = await exportAudit(world.deps.store, {
      since: Date.now() - 3_600_000,
      limit: 10_000,
      format: "csv",
    });
    expect(file).toMatch(/,not-listed,info,-,-,-,"[^"]*relink info × 54/);
    expect(file).toContain("an account's link moved more than 5 times that day");
  });

  it("an admin's /export says the day left out one account's moves, not that the record was full", async () => {
    for (let move = 0; move < 12; move++) await linkFrom(move % 2 === 0 ? "home" : "phone", "S1004");
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/export");
    expect(admin.lastText).not.toContain("the record was full");
    expect(admin.lastText).toContain(
      "6 more events were only counted, not listed, because on 1 day one account's link moved more than 5 times",
    );
    expect(admin.last.replies[0]?.file?.content).toContain(
      "an account's link moved more than 5 times that day",
    );
  });

  it("lists a never-set-up account's first link with the protected events", async () => {
    // Many chats, each linking its own account again and again (log out, link again), fill 90% of the share.
    for (let round = 0; round < 60; round++) {
      const chat = world.chat(`loop-${round % 4}`);
      await linkFrom(`loop-${round % 4}`, (["S1001", "S1003", "S1004", "S1005"] as const)[round % 4]!);
      await chat.send("/logout");
      await chat.press("Yes");
    }
    const flooded = await today();
    expect(flooded.length).toBeGreaterThanOrEqual(90);
    // A student who never set up is linked by someone who learnt her password: her first link is listed.
    await linkFrom("sneak", "S1002");
    expect(await today()).toContainEqual(
      expect.objectContaining({ event: "link", outcome: "ok", subject: "S1002", actor: "telegram:sneak" }),
    );
  });
});
