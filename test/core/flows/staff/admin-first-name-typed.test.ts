import { describe, expect, it } from "vitest";
import { openStep, textsOf } from "../../../helpers/dialog-helpers.js";
import { PRIYA, staffOnOwnPhone } from "../../../helpers/staff-helpers.js";

const HINT = "Your user ID is on your library card, like 2024-0173.";

/*
 * An admin typing a pupil's first name where a user ID goes ("/unlock aisha") was told "I can't find anyone
 * with that user ID. Please check it and try again.", with nothing saying names are not looked up for her,
 * or what a user ID looks like. Now she is told both: the school's LOGIN_HINT (what its students are told)
 * and /coverage, which shows each student's ID beside their name.
 */
describe("an admin types a first name for a user ID", () => {
  const setUp = () => staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0", LOGIN_HINT: HINT });

  it("at /unlock: names are not looked up, what an ID looks like, and she is asked again", async () => {
    const { world, phone: admin } = await setUp();
    await admin.send("/unlock aisha");
    const [told, asked] = textsOf(admin.last);
    expect(told).toContain("Names are not looked up");
    expect(told).toContain(HINT);
    expect(told).toContain("/coverage");
    expect(asked).toBe(
      "Whose account or chat? Type a student's or staff member's user ID, or a chat as the alert names it (e.g. telegram:123).",
    );
    expect(await openStep(world, admin)).toBe("staff.student");
    await admin.send("S1002");
    expect(admin.lastText).toContain("Aisha Binte Rahman");
  });

  it("at /audit, after the command and at its prompt", async () => {
    const { world, phone: admin } = await setUp();
    await admin.send("/audit aisha");
    expect(admin.lastText).toContain("Names are not looked up");
    expect(admin.lastText).toContain(HINT);
    expect(admin.lastText).toContain("type /audit and the person's user ID");
    await admin.send("/audit");
    await admin.send("aisha");
    const [told] = textsOf(admin.last);
    expect(told).toContain("Names are not looked up");
    expect(told).not.toContain("/audit");
    expect(await openStep(world, admin)).toBe("staff.student");
  });

  it("an ID with a digit that nobody has keeps the plain words", async () => {
    const { phone: admin } = await setUp();
    await admin.send("/unlock S1O04");
    expect(textsOf(admin.last)[0]).toBe(
      "I can't find anyone with that user ID. Please check it and type it again. To stop, type /cancel.",
    );
  });
});
