import { beforeEach, describe, expect, it } from "vitest";
import { translate } from "../../../../src/core/i18n/translate.js";
import { openStep, textsOf } from "../../../helpers/dialog-helpers.js";
import { linkedOnOwnPhone, PRIYA, staffRefusals, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const REFUSED =
  "You can only help students in your classes. Check the user ID and type it again. An admin can help students in other classes. To stop, type /cancel.";
const ASKED = "Which student? Type their user ID.";

/**
 * A teacher who mistypes a student's ID ("s1o01" for S1001) is asked for it again, at the same "Which
 * student?" prompt, instead of being sent back to the start. The words stay the same for an ID nobody has
 * and for another class's student, so she still cannot tell which IDs exist.
 */
describe("a student ID that is not one of the teacher's students", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone());
  });

  it.each(["s1o01", "12345", "s 1001", "S9999"])(
    "%s at /guided's prompt: she is asked again, and the right ID then works",
    async (typo) => {
      await teacher.send("/guided");
      expect(teacher.lastText).toBe(ASKED);
      await teacher.send(typo);
      expect(textsOf(teacher.last)).toEqual([REFUSED, ASKED]);
      expect(await openStep(world, teacher)).toBe("staff.student");
      await teacher.send("S1001");
      expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");
      expect(await openStep(world, teacher)).toBe("guided.route");
    },
  );

  it("an emoji or punctuation is no ID at all: she is asked to type one, and nothing is looked up or audited", async () => {
    await teacher.send("/unlock");
    await teacher.send("🐼");
    expect(textsOf(teacher.last)).toEqual(["I didn't get any words.", ASKED]);
    await teacher.send("?!");
    expect(await openStep(world, teacher)).toBe("staff.student");
    const refused = await staffRefusals(world);
    expect(refused).toEqual([]);
  });

  it("an unknown ID and another class's student get the same words, the same prompt, and an audit line each", async () => {
    for (const command of ["/guided", "/unlock", "/clearanswers"]) {
      await teacher.send(command);
      const unknown = await teacher.send("S9999");
      const otherClass = await teacher.send("S1004"); // Chloe Lim, class 5B
      expect(textsOf(unknown)).toEqual([REFUSED, ASKED]);
      expect(textsOf(otherClass)).toEqual(textsOf(unknown));
      expect(otherClass.replies.map((r) => r.choices)).toEqual(unknown.replies.map((r) => r.choices));
      expect(otherClass.deleteInbound).toBe(unknown.deleteInbound);
      expect(await openStep(world, teacher)).toBe("staff.student");
      await teacher.send("/cancel");
    }
    const refused = await staffRefusals(world);
    expect(refused.map((e) => [e.subject, e.reason])).toEqual(
      expect.arrayContaining([
        ["unknown-id", "guided"],
        ["S1004", "guided"],
        ["unknown-id", "unlock"],
        ["S1004", "unlock"],
        ["unknown-id", "clear"],
        ["S1004", "clear"],
      ]),
    );
    expect(refused).toHaveLength(6);
  });

  it("/unlock and /clearanswers with a mistyped ID ask again too, and then act on the right student", async () => {
    await teacher.send("/unlock s1oo1");
    expect(textsOf(teacher.last)).toEqual([REFUSED, ASKED]);
    await teacher.send("S1001");
    expect(teacher.lastText).toContain(
      "Tan Wei Ling was not suspended, and their account was not locked, so there was nothing to unlock.",
    );
    expect(await openStep(world, teacher)).toBeNull();

    await teacher.send("/clearanswers S1O01");
    expect(textsOf(teacher.last)).toEqual([REFUSED, ASKED]);
    await teacher.send("S1001");
    expect(teacher.lastText).toContain(
      "Tan Wei Ling has not set up any questions, so there is nothing to clear.",
    );
  });

  it("an admin told that nobody has that ID is asked again too, with how to stop as a teacher is", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/guided S1O04");
    expect(textsOf(admin.last)).toEqual([
      "I can't find anyone with that user ID. Please check it and type it again. To stop, type /cancel.",
      ASKED,
    ]);
    await admin.send("S1004");
    expect(admin.lastText).toContain("Let's get Chloe Lim a new password.");
    await admin.send("/unlock S9999", { locale: "ms" });
    expect(translate(admin.last.replies[0]!.text, "ms")).toContain("/cancel");
  });

  it("the words are the teacher's register: anda in Malay, நீங்கள் in Tamil", async () => {
    const words: Record<string, RegExp> = {
      "Bahasa Melayu": /\banda\b/,
      தமிழ்: /செய்யுங்கள்/,
      中文: /用户名/,
    };
    for (const [language, register] of Object.entries(words)) {
      await teacher.send("/language");
      await teacher.press(language);
      await teacher.send("/guided S9999");
      const [refusal] = teacher.last.replies;
      expect(translate(refusal!.text, refusal!.language)).toMatch(register);
      expect(teacher.last.replies).toHaveLength(2);
      expect(await openStep(world, teacher)).toBe("staff.student");
      await teacher.send("/cancel");
    }
  });
});
