import { beforeEach, describe, expect, it } from "vitest";
import { openStep, textsOf } from "../../../helpers/dialog-helpers.js";
import { PRIYA, staffOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const ASKED = "Whose record do you want to see? Type their user ID.";

/*
 * At /audit's "Whose record?" prompt, two IDs, a name or an ID nobody has ended the command ("type /audit and
 * one user ID"), while /guided's, /unlock's and /clearanswers' "Which student?" ask again. Now /audit's asks
 * again too, saying what to type, and the right ID then shows the record.
 */
describe("a wrong answer at /audit's prompt is asked for again", () => {
  let world: TestWorld;
  let admin: TestChat;

  beforeEach(async () => {
    ({ world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it.each([
    ["S1001 S1002", "One person at a time, please: type one user ID. To stop, type /cancel."],
    [
      "Tan Wei Ling",
      "That looks like a name. Type the person's user ID instead: /coverage shows a student's ID beside their name. To stop, type /cancel.",
    ],
    [
      "S1O01",
      "Nobody in the school directory has the user ID S1O01, and there are no events about or by it. Check the user ID and type it again. To stop, type /cancel.",
    ],
  ])("%s: told what to type, asked again, and the right ID then works", async (typed, told) => {
    await admin.send("/audit");
    expect(admin.lastText).toBe(ASKED);
    await admin.send(typed);
    expect(textsOf(admin.last)).toEqual([told, ASKED]);
    expect(await openStep(world, admin)).toBe("staff.student");
    await admin.send("S1002");
    expect(admin.lastText).toMatch(/^Aisha Binte Rahman \(S1002\), student in 4A/);
    expect(await openStep(world, admin)).toBeNull();
  });

  it("typed after the command, the words still say to type /audit again: nothing is open", async () => {
    await admin.send("/audit S1001 S1002");
    expect(admin.lastText).toBe("One person at a time, please: type /audit and one user ID.");
    expect(await openStep(world, admin)).toBeNull();
  });
});
