import { beforeEach, describe, expect, it } from "vitest";
import { weiLingSetUpOnOwnPhone } from "../../../helpers/dialog-helpers.js";
import { teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const ASK_AGAIN = "Tap a button, or type its number (1–2).";

/**
 * A busy teacher types "yes" (or 好, "ya", ஆம்) where a yes-or-no question has buttons, as children may at the
 * practice offer. Before, "yes" at "Please confirm that you have checked in person..." was "Tap a button".
 */
describe("yes or no typed at a staff member's confirmation", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  async function atInPersonConfirm() {
    await teacher.send("/guided S1002");
    await teacher.press("I checked them in person");
    expect(teacher.lastText).toContain("Please confirm that you have checked in person");
  }

  it.each(["yes", "Yes!", "好", "ya", "ஆம்"])(
    "%s at the in-person check shows the new password",
    async (yes) => {
      await atInPersonConfirm();
      await teacher.send(yes);
      expect(teacher.lastText).toContain("Aisha Binte Rahman's new password is:");
      expect(teacher.lastText).not.toContain(ASK_AGAIN);
    },
  );

  it("no at the in-person check stops it, and nothing is changed", async () => {
    await atInPersonConfirm();
    await teacher.send("no");
    expect(teacher.lastText).toContain("Nothing was changed.");
    expect(await world.memoryDirectory.authenticate("S1002", "River-Kite-34")).not.toBeNull();
  });

  it("a typed number still does not count there, and the hint says yes or no does", async () => {
    await atInPersonConfirm();
    await teacher.send("1");
    expect(teacher.lastText).toContain(
      "Please tap a button, or type yes or no. A typed number does not count at this step, so nothing happens by mistake.",
    );
    expect(teacher.lastText).not.toContain("new password is");
  });

  it("yes at /clearanswers' question clears the answers; no keeps them", async () => {
    await weiLingSetUpOnOwnPhone(world);
    await teacher.send("/clearanswers S1001");
    await teacher.send("no");
    expect(teacher.lastText).toContain("Nothing was changed.");
    expect(await world.deps.store.getEnrolment("S1001")).not.toBeNull();
    await teacher.send("/clearanswers S1001");
    await teacher.send("yes");
    expect(await world.deps.store.getEnrolment("S1001")).toBeNull();
  });

  it("at /logout's question, yes is still a tap only: it may be meant for the question a stray /logout replaced", async () => {
    await teacher.send("/logout");
    await teacher.send("yes");
    expect(await world.deps.store.linkedPeople(teacher.ref)).toEqual(["t2001"]);
  });
});
