import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AuditEvent } from "../../../../src/core/ports/audit-log.js";
import { useSchoolClock } from "../../../helpers/security-helpers.js";
import { linkedOnOwnPhone, MR_LEE, MRS_NG, PRIYA } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

const DAY = 86_400_000;
/** The school's other audit events: 60 a day for the last 10 days, about 60 other students. */
const OTHER_EVENTS_PER_DAY = 60;
const OTHER_DAYS = 10;

/**
 * /audit of one person reads that person's record, not the school's: the work it asks of Redis stays the
 * same however big the school-wide audit stream grows, and the report says what it said when it read it all.
 */
describe("/audit ID reads only the person's own record", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let other: TestChat;
  let admin: TestChat;

  beforeEach(async () => {
    const clock = useSchoolClock();
    world = await TestWorld.create();
    teacher = await linkedOnOwnPhone(world, MRS_NG);
    other = await linkedOnOwnPhone(world, MR_LEE);
    admin = await linkedOnOwnPhone(world, PRIYA);
    const now = clock.now();
    for (let day = OTHER_DAYS; day >= 1; day--) {
      for (let i = 0; i < OTHER_EVENTS_PER_DAY; i++) {
        const event: AuditEvent = {
          at: now - day * DAY + i * 1000,
          event: "reset",
          outcome: "failed",
          actor: `telegram:${9000 + i}`,
          subject: `S${5000 + i}`,
          channel: "telegram",
        };
        await world.deps.store.appendAudit(event, { trail: "attempt", chat: event.actor });
      }
    }
    // What /audit shows: another teacher's refused tries about S1001, and Mrs Ng's own actions.
    for (let i = 0; i < 3; i++) await other.send("/unlock S1001");
    await world.failStudent("S1001", 5);
    await teacher.send("/unlock S1001");
    await teacher.send("/unlock S1002");
    await teacher.send("/unlock S1002");
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  /** How many audit entries and fields Redis hands back while `act` runs (streams, sets, hashes alike). */
  async function entriesRead(act: () => Promise<unknown>): Promise<number> {
    let read = 0;
    const redis = world.redis as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    for (const name of ["xrange", "xrevrange", "zrevrangebyscore", "zrange", "hgetall", "hmget"]) {
      const original = redis[name]!.bind(redis);
      vi.spyOn(redis, name).mockImplementation(async (...args: unknown[]) => {
        const reply = await original(...args);
        read += Array.isArray(reply) ? reply.length : Object.keys(reply ?? {}).length;
        return reply;
      });
    }
    await act();
    vi.restoreAllMocks();
    return read;
  }

  it("a teacher's record: her own actions, with no read of the 600 other events", async () => {
    const read = await entriesRead(() => admin.send("/audit T2001"));
    const report = admin.lastText;
    expect(report).toContain("Recent events by T2001 (from the school-wide record):");
    expect(report).toMatch(/UTC {2}unlock: done \(telegram, about S1001\) – suspension lifted/);
    const attempts = report.slice(report.indexOf("Attempts by T2001:")).split("\n").slice(1);
    expect(attempts).toHaveLength(2);
    expect(attempts.every((line) => /unlock: noted \(telegram, about S1002\)/.test(line))).toBe(true);
    // Before: every event of the stream (600 others and hers), whatever the person.
    expect(read).toBeLessThan(60);
  });

  it("a student's record: who made each day's attempts, with no read of the other events", async () => {
    const read = await entriesRead(() => admin.send("/audit S1001"));
    const report = admin.lastText;
    expect(report).toContain("2026-03-02  staff command: refused × 3 – by T2002 × 3");
    expect(report).toMatch(/unlock: done \(telegram, by T2001\) – suspension lifted/);
    expect(read).toBeLessThan(60);
  });
});
