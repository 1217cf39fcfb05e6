import { beforeEach, describe, expect, it } from "vitest";
import { eventsOf, exportAudit } from "../../../../src/core/audit-file.js";
import {
  linkedOnOwnPhone,
  linkStaff,
  MR_LEE,
  MRS_NG,
  PRIYA,
  staffOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const HINT =
  "5B is a class. For one student's record, type /audit and their user ID: /coverage 5B shows each student's ID.";
const HEADING = "Events about class 5B in the last 7 days:";
const REFUSAL =
  /^2026-03-02 \d\d:\d\d UTC {2}staff command: refused \(telegram, by T2001\) – the \/coverage command$/;

/*
 * Mrs Ng (4A) asks for /coverage 5B, a class that is not hers: refused, and audited about "class:5B". The
 * admin who looks into it had no way to read that record in chat: "/audit class:5B" said "I can't find
 * anyone with that user ID", and "/audit 5B" only that 5B is a class. Now both show the class's events.
 */
describe("an admin's /audit of a class", () => {
  let world: TestWorld;
  let admin: TestChat;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    teacher = world.chat(MRS_NG.ownPhone);
    await linkStaff(teacher, MRS_NG);
  });

  it.each(["/audit 5B", "/audit class 5B", "/audit class:5B", "/audit 5 b"])(
    "%s: the class hint, then the refused /coverage, by whom and when",
    async (command) => {
      await teacher.send("/coverage 5B");
      expect(teacher.lastText).toBe(
        "5B is not one of your classes. Your class is 4A: type /coverage to see it.",
      );

      await admin.send(command);
      const [hint, heading, line, ...rest] = admin.lastText.split("\n");
      expect(hint).toBe(HINT);
      expect(heading).toBe(HEADING);
      expect(line).toMatch(REFUSAL);
      expect(rest).toEqual([]);
      // The command has ended: the next line is no one's ID at "Whose record?".
      await admin.send("S1001");
      expect(admin.lastText).not.toContain("Tan Wei Ling (S1001)");
    },
  );

  it("finds the class however the teacher wrote it, newest first", async () => {
    await teacher.send("/coverage 5 B");
    await teacher.send("/coverage Class 5b");
    await admin.send("/audit 5B");
    const lines = admin.lastText.split("\n");
    expect(lines.slice(0, 2)).toEqual([HINT, HEADING]);
    expect(lines.slice(2)).toHaveLength(2);
    for (const line of lines.slice(2)) expect(line).toMatch(REFUSAL);
  });

  it("files each refusal under the class as the directory spells it, as the export's --person reads it", async () => {
    await teacher.send("/coverage 5 b");
    const file = await exportAudit(world.deps.store, {
      since: 0,
      limit: 1000,
      personId: "class:5B",
      format: "csv",
    });
    expect(file).toContain(",staff-refused,refused,T2001,class:5B,telegram,coverage");
  });

  it("the export's --person class:5B also finds a record written as the teacher typed the class", () => {
    const refusal = (subject: string, actor = "T2001") => ({
      at: 1,
      event: "staff-refused",
      outcome: "refused" as const,
      channel: "telegram",
      actor,
      subject,
    });
    const events = [refusal("class:5 b"), refusal("class:Class 5B"), refusal("class:4A"), refusal("class:?")];
    expect(eventsOf(events, "class:5B").map((e) => e.subject)).toEqual(["class:5 b", "class:Class 5B"]);
    expect(eventsOf(events, "T2001")).toHaveLength(4);
  });

  it("keeps only the hint and asks again when nothing is on record about the class", async () => {
    await admin.send("/audit 5B");
    expect(admin.lastText).toBe(
      "5B is a class. Type the user ID of one student: /coverage 5B shows each student's ID. To stop, type /cancel.\nWhose record do you want to see? Type their user ID.",
    );
  });

  it("another class's events are not shown", async () => {
    await teacher.send("/coverage 5B");
    await admin.send("/audit 4A");
    expect(admin.lastText).not.toContain("staff command");
  });

  it("is in the admin's language", async () => {
    await teacher.send("/coverage 5B");
    await admin.send("/language");
    await admin.press("Bahasa Melayu");
    await admin.send("/audit 5B");
    expect(admin.lastText).toContain(
      "5B ialah kelas. Untuk rekod seorang murid, taip /audit dan ID penggunanya: /coverage 5B menunjukkan ID setiap murid.",
    );
    expect(admin.lastText).toContain("Peristiwa tentang kelas 5B dalam 7 hari lalu:");
  });

  it("stays an admin's: a teacher's /audit of the class is refused and shows nothing", async () => {
    await teacher.send("/coverage 5B");
    const other = await linkedOnOwnPhone(world, MR_LEE);
    for (const command of ["/audit 5B", "/audit class:5B"]) {
      await other.send(command);
      expect(other.lastText).not.toContain("T2001");
      expect(other.lastText).not.toContain("Events about");
    }
  });
});
