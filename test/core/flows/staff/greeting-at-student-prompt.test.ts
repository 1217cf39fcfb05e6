import { describe, expect, it, vi } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import { openStep } from "../../../helpers/dialog-helpers.js";
import { PRIYA, staffOnOwnPhone, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";

/*
 * A teacher answers "Which student?" (or "Whose record?") with a greeting: "hello", "hai", 你好, வணக்கம். It was
 * looked up as a student's ID and refused as not her student (an audit line of a probe). Now she is greeted
 * back and the ID asked again: nothing is looked up or audited.
 */
describe("hello at a staff prompt for a student's user ID", () => {
  it.each([
    ["/guided", "hello", "en", "staff.askStudent"],
    ["/unlock", "Hai!", "ms", "staff.askStudent"],
    ["/guided", "你好", "zh", "staff.askStudent"],
    ["/unlock", "வணக்கம்", "ta", "staff.askStudent"],
  ] as const)("%s, then '%s' (%s): hello back and asked again", async (command, text, language, ask) => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    const looked = vi.spyOn(world.memoryDirectory, "findAccount");
    await teacher.send(command, { locale: language });
    const sent = await teacher.send(text, { locale: language });
    expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.helloStudent", ask]);
    expect(translate(sent.replies[0]!.text, language)).toBe(
      translate({ key: "staff.helloStudent" }, language),
    );
    expect(await openStep(world, teacher)).toBe("staff.student");
    expect(looked).not.toHaveBeenCalled();
    const refused = (await world.deps.store.recentAudit(50)).filter((e) => e.event === "staff-refused");
    expect(refused).toEqual([]);
    await teacher.send("S1001");
    if (command === "/guided") expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");
  });

  it("at /audit's 'Whose record?': hello back, asked again, and the right ID then shows the record", async () => {
    const { world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    await admin.send("/audit");
    const sent = await admin.send("Hi!");
    expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.helloStudent", "staff.askPerson"]);
    expect(await openStep(world, admin)).toBe("staff.student");
    await admin.send("S1002");
    expect(admin.lastText).toMatch(/^Aisha Binte Rahman \(S1002\), student in 4A/);
  });
});
