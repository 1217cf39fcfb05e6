import { describe, expect, it, vi } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import { openStep, textsOf } from "../../../helpers/dialog-helpers.js";
import { PRIYA, staffOnOwnPhone, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";

/*
 * A teacher answers "Which student?" (or "Whose record?") with "thanks": "thank you", "terima kasih", 谢谢,
 * நன்றி. It was looked up as a student's ID and refused as not her student (an audit line of a probe), or
 * told it looked like a name. Now she is told "You're welcome!" and how to stop, and the prompt stays open:
 * nothing is looked up or audited.
 */
describe("thanks at a staff prompt for a student's user ID", () => {
  it.each([
    ["/guided", "thanks", "en"],
    ["/unlock", "Thank you!", "en"],
    ["/clearanswers", "terima kasih", "ms"],
    ["/guided", "谢谢", "zh"],
    ["/unlock", "நன்றி", "ta"],
  ] as const)(
    "%s, then '%s' (%s): you're welcome, and the prompt stays open",
    async (command, text, language) => {
      const { world, phone: teacher } = await teacherOnOwnPhone();
      const looked = vi.spyOn(world.memoryDirectory, "findAccount");
      await teacher.send(command, { locale: language });
      const sent = await teacher.send(text, { locale: language });
      expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.welcomeAtPrompt", "staff.askStudent"]);
      expect(translate(sent.replies[0]!.text, language)).toContain("/cancel");
      expect(await openStep(world, teacher)).toBe("staff.student");
      expect(looked).not.toHaveBeenCalled();
      const refused = (await world.deps.store.recentAudit(50)).filter((e) => e.event === "staff-refused");
      expect(refused).toEqual([]);
      await teacher.send("S1001");
      if (command === "/guided") expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");
    },
  );

  it("said in English: you're welcome, what to type to stop, then the prompt", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    await teacher.send("/guided");
    const sent = await teacher.send("thanks");
    expect(textsOf(sent)).toEqual([
      "You're welcome! If you're done, type /cancel.",
      "Which student? Type their user ID.",
    ]);
  });

  it("after 'not your student', thanks is no second refusal", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    await teacher.send("/unlock S1004");
    const sent = await teacher.send("ok thanks");
    expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.welcomeAtPrompt", "staff.askStudent"]);
    const refused = (await world.deps.store.recentAudit(50)).filter((e) => e.event === "staff-refused");
    expect(refused).toHaveLength(1);
    await teacher.send("/cancel");
    expect(await openStep(world, teacher)).toBeNull();
  });

  it("at an admin's 'Whose record?', and as the argument ('/guided thanks'): the same, nothing audited", async () => {
    const { world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    await admin.send("/audit");
    const atPrompt = await admin.send("thank you");
    expect(atPrompt.replies.map((r) => r.text.key)).toEqual(["staff.welcomeAtPrompt", "staff.askPerson"]);
    await admin.send("/cancel");
    const asArgument = await admin.send("/guided thanks");
    expect(asArgument.replies.map((r) => r.text.key)).toEqual(["staff.welcomeAtPrompt", "staff.askStudent"]);
    const refused = (await world.deps.store.recentAudit(50)).filter((e) => e.event === "staff-refused");
    expect(refused).toEqual([]);
    await admin.send("S1002");
    expect(admin.lastText).toContain("Let's get Aisha Binte Rahman a new password.");
  });

  it("an admin's student whose user ID is 'ty' is that student, not thanks", async () => {
    const { world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    world.memoryDirectory.add({
      id: "ty",
      name: "Tan Yi",
      password: "Kite-Bird-2026",
      role: "student",
      classes: ["5B"],
      disabled: false,
    });
    await admin.send("/guided");
    await admin.send("TY");
    expect(admin.lastText).toContain("Let's get Tan Yi a new password.");
  });
});
