import { beforeEach, describe, expect, it } from "vitest";
import { staffRefusals, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const NOT_YOURS =
  "You can only help students in your classes. Check the user ID and type it again. An admin can help students in other classes. To stop, type /cancel.";

/*
 * A busy teacher types a pupil's first name where the user ID goes: "/guided Aisha". Before, she was told
 * "You can only help students in your classes", about her own pupil. Her own class lists (which /coverage
 * shows her) now say whose ID it is; a name outside her classes gets what any unknown ID gets.
 */
describe("a teacher types her pupil's name instead of the user ID", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it("a first name of her class: told whose ID it is, and asked again", async () => {
    await teacher.send("/guided aisha");
    expect(teacher.lastText).toContain(
      "That looks like a name. In your classes: Aisha Binte Rahman (S1002). Type the user ID. To stop, type /cancel.",
    );
    expect(teacher.lastText).not.toContain("You can only help students in your classes");
    await teacher.send("S1002");
    expect(teacher.lastText).toContain("Let's get Aisha Binte Rahman a new password.");
  });

  it("a whole name, at /unlock too", async () => {
    await teacher.send("/unlock Tan Wei Ling");
    expect(teacher.lastText).toContain("In your classes: Tan Wei Ling (S1001).");
  });

  // A school whose user IDs are plain words ("kumar"): whether the name of her pupil is also another class's
  // ID must not change what she reads, or she could probe which IDs exist outside her classes.
  it("a pupil's name that is also another class's user ID: the same words as when it is no ID", async () => {
    await teacher.send("/guided kumar");
    const noSuchId = teacher.lastText;
    expect(noSuchId).toContain("In your classes: Arjun Kumar (S1003).");
    await teacher.send("/cancel");
    world.memoryDirectory.add({
      id: "kumar",
      name: "Ravi Kumar",
      role: "student",
      classes: ["5B"],
      password: "Ravi-Garden-77",
      disabled: false,
    });
    await teacher.send("/guided kumar");
    expect(teacher.lastText).toBe(noSuchId);
  });

  it("a name of another class gets what an unknown ID gets", async () => {
    await teacher.send("/guided Chloe");
    expect(teacher.lastText).toContain(NOT_YOURS);
    expect(teacher.lastText).not.toContain("S1004");
    await teacher.send("/cancel");
    await teacher.send("/guided Nobody");
    expect(teacher.lastText).toContain(NOT_YOURS);
  });

  // The admin reading /export or /audit must see a name looked up, not a refusal or an ID probe; the typed
  // name is a child's, personal data the audit (kept and exported for months) does not copy: the count does.
  it("the lookup is audited as one, with how many of her pupils matched and never the name typed", async () => {
    await teacher.send("/guided aisha");
    await teacher.send("/cancel");
    await teacher.send("/unlock Tan");
    await teacher.send("/cancel");
    await teacher.send("/clearanswers S9999");
    const refused = await staffRefusals(world);
    expect(refused.map((e) => [e.subject, e.outcome, e.reason])).toEqual(
      expect.arrayContaining([
        ["-", "info", "name lookup: 1 matched (guided)"],
        ["-", "info", "name lookup: 1 matched (unlock)"],
        ["unknown-id", "refused", "clear"],
      ]),
    );
    expect(refused).toHaveLength(3);
    expect(JSON.stringify(refused)).not.toMatch(/aisha|Tan/i);
  });
});
