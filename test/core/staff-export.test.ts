import { beforeEach, describe, expect, it } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS, weiLingAnswerFor } from "../helpers/dialog-helpers.js";
import { worldOnSchoolClock } from "../helpers/security-helpers.js";
import { linkedOnOwnPhone, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import type { TestWorld } from "../helpers/test-world.js";

describe("an admin's /export", () => {
  let world: TestWorld;
  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
  });

  it("sends the last week's audit as a CSV file of ids, events and times, and audits the export", async () => {
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await kid.answerReset("S1001", weiLingAnswerFor);
    await kid.press("Make one for me");
    const password = String(kid.last.replies[0]?.text.params?.password);

    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/export");
    const [reply] = admin.last.replies;
    expect(admin.lastText).toMatch(/^Here is the audit of the last 7 days as a file: \d+ events\./);
    expect(reply?.file?.name).toMatch(/^audit-\d{4}-\d\d-\d\d-7d\.csv$/);
    const csv = reply!.file!.content;
    expect(csv.split("\n")[0]).toBe("time,event,outcome,actor,subject,channel,reason");
    expect(csv).toMatch(/,enrol,ok,telegram:wei-ling-phone,S1001,telegram,/);
    expect(csv).toMatch(/,reset,ok,telegram:wei-ling-phone,S1001,telegram,generated password/);
    for (const secret of [password, WEI_LING.password, PRIYA.password, ...WEI_LING_ANSWERS]) {
      expect(csv).not.toContain(secret);
    }

    await admin.send("/export 30");
    expect(admin.last.replies[0]?.file?.content).toContain(
      ",audit-exported,ok,A3001,-,telegram,7 days: 5 events",
    );
  });

  it("is refused to teachers, and a wrong number of days is explained", async () => {
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await teacher.send("/export");
    expect(teacher.lastText).toBe(
      "Only admins can use that. Type /help to see the commands you can use, or ask the school's IT team.",
    );
    expect(teacher.last.replies[0]?.file).toBeUndefined();

    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/export lots");
    expect(admin.lastText).toBe("Give the number of days as a whole number from 1 to 90, e.g. /export 30.");
  });

  // Number() also reads "0x10" as 16 and "1e1" as 10: an admin got a file of days she never typed.
  it.each(["0x10", "1e1", "+7", "7.0"])(
    "/export %s (not plain digits) is explained, with no file",
    async (days) => {
      const admin = await linkedOnOwnPhone(world, PRIYA);
      await admin.send(`/export ${days}`);
      expect(admin.lastText).toBe("Give the number of days as a whole number from 1 to 90, e.g. /export 30.");
      expect(admin.last.replies[0]?.file).toBeUndefined();
    },
  );
});
