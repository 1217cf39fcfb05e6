import { describe, expect, it } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import { textsOf, WEI_LING } from "../../../helpers/dialog-helpers.js";
import { PRIYA, staffOnOwnPhone, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";

const DELETED = "That message looked like a password, so I deleted it to keep it safe.";
// A teacher's: her class lists show no such ID, so it was not looked up (see password-typed-for-student-not-searched).
const NOT_SEARCHED =
  "That looks like a password, not a student's user ID, so I did not look it up or keep it. Type the student's user ID as your class list shows it (/coverage). If it was your own password, change it soon. To stop, type /cancel.";
const ASKED = "Which student? Type their user ID.";

/*
 * A student reads her password out to her form teacher (or writes it on a slip), and the teacher types it at
 * "Which student?". The message was deleted as a password, and then she was told "You can only help students
 * in your classes. Check the user ID and type it again." (an admin: "I can't find anyone with that user ID.
 * Please check it and try again."), as if she had typed a wrong ID; she checks the "ID" and types it again.
 * Now she is told it was a password, not a user ID, and where to find the ID. Told from the text alone (as
 * the deletion is), the same for every password; a user ID that looks like a password is still that person.
 * A teacher's is not even looked up when no pupil of hers has it as an ID; an admin's when it is shaped like
 * none of the school's IDs (see password-typed-for-student-not-searched, password-at-id-prompt-not-searched).
 */
describe("a password typed where a staff command wants a student's user ID", () => {
  it("a teacher at 'Which student?': deleted, told it looks like a password, and asked again", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    await teacher.send("/guided");
    const sent = await teacher.send(WEI_LING.password);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)).toEqual([DELETED, NOT_SEARCHED, ASKED]);
    expect(JSON.stringify(sent)).not.toContain(WEI_LING.password);
    await teacher.send("S1001");
    expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");
  });

  it("typed after the command ('/unlock Garden-Lamp-21'): the same words, then 'Which student?'", async () => {
    const { phone: teacher } = await teacherOnOwnPhone();
    const sent = await teacher.send(`/unlock ${WEI_LING.password}`);
    expect(sent.deleteInbound).toBe(true);
    expect(textsOf(sent)).toEqual([NOT_SEARCHED, ASKED]);
  });

  it("an admin gets it too, in her language, in the adult words", async () => {
    const { phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    await admin.send("/clearanswers", { locale: "ms" });
    const sent = await admin.send("Apple-Cloud-78", { locale: "ms" });
    expect(sent.replies.map((r) => r.text.key)).toEqual([
      "input.deletedLikePassword",
      "staff.passwordNotSearched",
      "staff.askStudent",
    ]);
    expect(translate(sent.replies[1]!.text, "ms")).toContain("/coverage");
  });
});
