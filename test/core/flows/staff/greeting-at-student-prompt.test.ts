import { describe, expect, it, vi } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import { openStep } from "../../../helpers/dialog-helpers.js";
import { PRIYA, staffOnOwnPhone, staffRefusals, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";

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
    const refused = await staffRefusals(world);
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

/*
 * The greeting typed as the command's argument ("/guided hi", "/unlock hello"): it was looked up as the
 * student's ID, refused as no student of hers and audited as a probe (an admin was told nobody has that ID).
 * Now it is greeted back and "Which student?" (or "Whose record?") is asked, as at the prompt.
 */
describe("hello as a staff command's argument", () => {
  it.each([
    ["/guided hi", "en"],
    ["/unlock hello", "en"],
    ["/clearanswers Hai!", "ms"],
    ["/guided 你好", "zh"],
    ["/unlock வணக்கம்", "ta"],
  ] as const)(
    "%s (%s): hello back and 'Which student?', nothing looked up or audited",
    async (typed, language) => {
      const { world, phone: teacher } = await teacherOnOwnPhone();
      const looked = vi.spyOn(world.memoryDirectory, "findAccount");
      const sent = await teacher.send(typed, { locale: language });
      expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.helloStudent", "staff.askStudent"]);
      expect(await openStep(world, teacher)).toBe("staff.student");
      expect(looked).not.toHaveBeenCalled();
      const refused = await staffRefusals(world);
      expect(refused).toEqual([]);
      await teacher.send("S1001");
      if (typed.startsWith("/guided"))
        expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");
    },
  );

  it("an admin's /guided hello and /audit hi: hello back and the prompt, with nothing audited", async () => {
    const { world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    const guided = await admin.send("/guided hello");
    expect(guided.replies.map((r) => r.text.key)).toEqual(["staff.helloStudent", "staff.askStudent"]);
    const audited = await admin.send("/audit hi");
    expect(audited.replies.map((r) => r.text.key)).toEqual(["staff.helloStudent", "staff.askPerson"]);
    expect(await openStep(world, admin)).toBe("staff.student");
    const refused = await staffRefusals(world);
    expect(refused).toEqual([]);
    await admin.send("S1002");
    expect(admin.lastText).toMatch(/^Aisha Binte Rahman \(S1002\), student in 4A/);
  });
});

/*
 * A school whose user IDs are words may have a student whose ID is a greeting ("hai"). The directory's ID
 * comes first: a teacher's own pupil (read from her class lists, as /coverage shows them) and, for an admin,
 * anyone the directory has. Another class's "hai" is a greeting to a teacher, so the answer says nothing
 * about which IDs exist.
 */
describe("a user ID that is a greeting", () => {
  const HAI = {
    id: "hai",
    name: "Nguyen Hai",
    password: "Kite-Bird-2026",
    role: "student",
    disabled: false,
  } as const;

  it("her own pupil 'hai' is that pupil, typed after /guided and at 'Which student?'", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    world.memoryDirectory.add({ ...HAI, classes: ["4A"] });
    await teacher.send("/guided hai");
    expect(teacher.lastText).toContain("Let's get Nguyen Hai a new password.");
    await teacher.send("/cancel");
    await teacher.send("/guided");
    await teacher.send("Hai");
    expect(teacher.lastText).toContain("Let's get Nguyen Hai a new password.");
  });

  it("another class's 'hai' is a greeting to a teacher, with nothing looked up or audited", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    world.memoryDirectory.add({ ...HAI, classes: ["5B"] });
    const looked = vi.spyOn(world.memoryDirectory, "findAccount");
    const sent = await teacher.send("/unlock hai");
    expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.helloStudent", "staff.askStudent"]);
    expect(looked).not.toHaveBeenCalled();
    const refused = await staffRefusals(world);
    expect(refused).toEqual([]);
  });

  it("an admin's /clearanswers hai is that student", async () => {
    const { world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    world.memoryDirectory.add({ ...HAI, classes: ["5B"] });
    const sent = await admin.send("/clearanswers hai");
    expect(sent.replies.map((r) => r.text.key)).toEqual(["clear.nothing"]);
    expect(admin.lastText).toContain("Nguyen Hai");
  });
});
