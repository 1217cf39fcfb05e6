import { beforeEach, describe, expect, it } from "vitest";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { linkStaff, MRS_NG, PRIYA, staffOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/*
 * An admin sent to "/audit S1001" by an alert (which names IDs only) must see whom the ID is, and which
 * chat it is linked to now, before acting on it: before, the report began "Recent events about S1001:"
 * and a typo of a real ID read as the right person.
 */
describe("/audit says whom the record is about", () => {
  let world: TestWorld;
  let admin: TestChat;

  beforeEach(async () => {
    ({ world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it("a student: her name, class and linked chat first", async () => {
    await weiLingSetUpOnOwnPhone(world);
    await admin.send("/audit s1001");
    expect(admin.lastText).toMatch(
      /^Tan Wei Ling \(S1001\), student in 4A; chat linked now: telegram:wei-ling-phone\.\nRecent events about S1001:\n/,
    );
  });

  it("a teacher, with her classes; a student with no chat says so", async () => {
    await linkStaff(world.chat("mrs-ng-phone"), MRS_NG);
    await admin.send("/audit T2001");
    expect(admin.lastText).toMatch(
      /^Mrs Ng Mei Hua \(T2001\), teacher of 4A; chat linked now: telegram:mrs-ng-phone\.\n/,
    );
    await admin.send("/audit S1002");
    expect(admin.lastText).toMatch(/^Aisha Binte Rahman \(S1002\), student in 4A; no chat linked now\.\n/);
  });
});
