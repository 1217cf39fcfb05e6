import { beforeEach, describe, expect, it } from "vitest";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import {
  linkedOnOwnPhone,
  MRS_NG,
  PRIYA,
  staffOnOwnPhone,
  type StaffOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/** A day's share of the school-wide record is 3000 / 30 = 100 events here; the admin is not asked her password again. */
const RECORD = {
  AUDIT_MAX_EVENTS: "3000",
  AUDIT_RETENTION_DAYS: "30",
  STAFF_PASSWORD_AGAIN_MINUTES: "0",
} as const;

/**
 * A day whose share of the record was full only counted its later events (reset ok × n on the export's
 * not-listed line). /stats must count them too: before, a busy day's resets and guided resets vanished
 * from "Last 7 days", and the admin read a quiet week.
 */
describe("/stats on a week whose record was full one day", () => {
  let world: TestWorld;
  let admin: TestChat;
  let clock: StaffOnOwnPhone["clock"];

  beforeEach(async () => {
    ({ world, phone: admin, clock } = await staffOnOwnPhone(PRIYA, RECORD));
  });

  /** Self-service resets of other students (ids made up), each from its own chat, as the flows audit them. */
  async function resetsElsewhere(count: number) {
    for (let i = 0; i < count; i++) {
      const chat = `telegram:kid-${i}`;
      await world.deps.store.appendAudit(
        {
          at: Date.now(),
          event: "reset",
          actor: chat,
          subject: `S9${i}`,
          channel: "telegram",
          outcome: "ok",
        },
        { trail: "protected", chat, personId: `S9${i}` },
      );
    }
  }

  it("counts the resets and guided resets that were only counted, not listed", async () => {
    await resetsElsewhere(120);
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await weiLingSetUpOnOwnPhone(world);
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toContain("Tan Wei Ling's new password is:");

    const unlisted = await world.deps.store.auditUnlisted(Date.now() - 3_600_000);
    expect(unlisted.flatMap((d) => d.counts)).toContainEqual(
      expect.objectContaining({ event: "guided-reset", outcome: "ok", count: 1 }),
    );
    await admin.send("/stats");
    expect(admin.lastText).toContain("Last 7 days: 120 self-service resets, 1 guided reset, 0 suspensions.");
  });

  it("says the numbers may be low when the full day began before the last 7 days", async () => {
    await resetsElsewhere(120);
    // An hour past a week later: that day's counted resets may be from before the 7 days, or not.
    clock.advance(7 * 24 * 3_600_000 + 3_600_000);
    await admin.send("/stats");
    expect(admin.lastText).toContain("Last 7 days: 0 self-service resets");
    expect(admin.lastText).toContain(
      "These numbers may be a little low: the record of 2026-03-02 was full, and the events it only counted that day are left out",
    );
  });

  it("says nothing of a full record when no day left events out", async () => {
    await resetsElsewhere(3);
    await admin.send("/stats");
    expect(admin.lastText).toContain("Last 7 days: 3 self-service resets, 0 guided resets, 0 suspensions.");
    expect(admin.lastText).not.toContain("may be a little low");
  });
});
