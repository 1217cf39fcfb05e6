import { afterEach, describe, expect, it } from "vitest";
import { PRIYA, linkedOnOwnPhone } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

const DAY = 86_400_000;
const PER_DAY = 600;

/** `count` reset events on the day `daysAgo` before today, spread over it, written straight to its stream. */
async function fillDay(world: TestWorld, daysAgo: number, count: number): Promise<void> {
  const start = (Math.floor(Date.now() / DAY) - daysAgo) * DAY;
  // One event through the store lists the day; the rest go straight to its stream (the store's Lua is slow on the mock).
  await world.deps.store.appendAudit(
    { at: start, event: "reset", outcome: "ok", actor: "telegram:c0", subject: "S0", channel: "telegram" },
    { trail: "none" } as never,
  );
  const day = new Date(start).toISOString().slice(0, 10).replace(/-/g, "");
  const key = `${world.prefix}{audit}:day-${day}`;
  const step = Math.floor((DAY - 60_000) / count);
  for (let i = 1; i < count; i += 5_000) {
    const pipeline = world.redis.pipeline();
    for (let j = i; j < Math.min(count, i + 5_000); j++) {
      const fields = ["event", "reset", "actor", `telegram:c${j}`, "subject", `S${j}`, "channel", ""];
      pipeline.xadd(key, `${start + j * step}-0`, ...fields, "outcome", "ok");
    }
    await pipeline.exec();
  }
}

/*
 * More events on the two days before today than a file holds (AUDIT_EXPORT_MAX_EVENTS; a tester's 30,000 each
 * against the default 50,000): /export 7 said "50,000 events" and its file ended the
 * day before, today's events (the /export itself among them) silently dropped for the oldest.
 */
describe("an admin's /export of more events than a file holds", () => {
  let world: TestWorld;
  afterEach(async () => {
    // The mock keeps a key per stream entry, too many for the world's own clean-up.
    await world.redis.flushall();
    await world.close();
  });

  it("keeps the newest AUDIT_EXPORT_MAX_EVENTS (1,000), today's included, and says in the reply and the file that older ones were left out", async () => {
    world = await TestWorld.create({ AUDIT_MAX_EVENTS: "10000000", AUDIT_EXPORT_MAX_EVENTS: "1000" });
    await fillDay(world, 2, PER_DAY);
    await fillDay(world, 1, PER_DAY);
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/export 7");

    const reply = admin.last.replies[0]!;
    const lines = reply.file!.content.trim().split("\n");
    const today = new Date().toISOString().slice(0, 10);
    expect(lines.at(-1)!.slice(0, 10)).toBe(today);
    expect(lines[1]).toMatch(
      /^[^,]+,older-left-out,info,-,-,-,"?this file holds only the newest 1000 events, from /,
    );
    const firstListed = lines[2]!.slice(0, 16).replace("T", " ");
    expect(admin.lastText).toContain(
      `The file holds only the newest 1,000 events, from ${firstListed} UTC: older events were left out. npm run audit on the bot's server exports them all.`,
    );
    expect(lines.length).toBe(1 + 1 + 1_000);
  });

  it("/export 90 of a record kept 30 days says the last 30 days", async () => {
    world = await TestWorld.create({});
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/export 90");
    expect(admin.lastText).toMatch(/^Here is the audit of the last 30 days as a file: /);
    expect(admin.last.replies[0]?.file?.name).toMatch(/-30d\.csv$/);
  });
});
