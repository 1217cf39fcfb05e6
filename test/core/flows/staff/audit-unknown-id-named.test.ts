import { describe, expect, it } from "vitest";
import { linkedOnOwnPhone, PRIYA, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";

/*
 * An IT admin reads a teacher's record after her first week: "staff command: refused (telegram, about
 * unknown-id) – the /guided command". "unknown-id" reads as somebody's user ID (the school's look like
 * "S1001"), and she looks it up. It is what the bot files for an ID that is nobody's (a typo, a made-up ID),
 * never the typed words. The line now says so in words, in her language; the export keeps "unknown-id".
 */
describe("an audit line about an ID nobody has", () => {
  it("says 'a user ID nobody has', in the staff member's record, in her language", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    await teacher.send("/guided S9999");
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/audit T2001");
    expect(admin.lastText).toContain("staff command: refused (telegram, about a user ID nobody has)");
    expect(admin.lastText).not.toContain("unknown-id");
    await admin.send("/audit T2001", { locale: "zh" });
    expect(admin.lastText).not.toContain("unknown-id");
    const exported = (await world.deps.store.recentAudit(50)).filter((e) => e.event === "staff-refused");
    expect(exported.map((e) => e.subject)).toEqual(["unknown-id"]);
  });
});
