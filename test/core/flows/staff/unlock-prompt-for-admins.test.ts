import { describe, expect, it } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import { openStep } from "../../../helpers/dialog-helpers.js";
import { linkedOnOwnPhone, MRS_NG, PRIYA, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";

/*
 * An admin's /unlock takes a student's ID, a staff ID ("/unlock T2001") and a chat as an alert names it
 * ("/unlock telegram:123"). Her bare /unlock asked "Which student?" and her /help named only students, so
 * she could not tell the rest was there. A teacher, who may only unlock her own students, keeps her words.
 */
describe("an admin's /unlock says what it takes", () => {
  const LANGUAGES = [
    ["English", "en"],
    ["中文", "zh"],
    ["Bahasa Melayu", "ms"],
    ["தமிழ்", "ta"],
  ] as const;

  it.each(LANGUAGES)(
    "/unlock alone (%s): an admin is asked for a user ID or a chat",
    async (name, language) => {
      const { world } = await teacherOnOwnPhone();
      const admin = await linkedOnOwnPhone(world, PRIYA);
      await admin.send("/language");
      await admin.press(name);
      const sent = await admin.send("/unlock");
      expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.askUnlock"]);
      expect(admin.lastText).toContain("telegram:123");
      expect(translate({ key: "staff.askUnlock" }, language)).not.toBe(
        translate({ key: "staff.askStudent" }, language),
      );
    },
  );

  it("an admin asked again at the prompt (a greeting) is asked for a user ID or a chat again", async () => {
    const { world } = await teacherOnOwnPhone();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/unlock");
    const sent = await admin.send("hello");
    expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.helloStudent", "staff.askUnlock"]);
    await admin.send(MRS_NG.id);
    expect(await openStep(world, admin)).toBeNull();
    expect(admin.lastText).toContain(MRS_NG.name);
  });

  it("a teacher's /unlock alone still asks 'Which student?'", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    const sent = await teacher.send("/unlock");
    expect(sent.replies.map((r) => r.text.key)).toEqual(["staff.askStudent"]);
  });

  it("/help: an admin's /unlock line names staff IDs and chats; a teacher's names only students", async () => {
    const { world, phone: teacher } = await teacherOnOwnPhone();
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/help");
    expect(admin.lastText).toContain("with a staff ID, lift the pause on their password in this bot");
    expect(admin.lastText).toContain("/unlock telegram:123");
    await teacher.send("/help");
    expect(teacher.lastText).toContain(
      "/unlock ID – unlock a student's locked account, or let a suspended student reset by themselves again\n",
    );
    expect(teacher.lastText).not.toContain("telegram:");
  });
});
