import { beforeEach, describe, expect, it } from "vitest";
import { openStep, textsOf } from "../../../helpers/dialog-helpers.js";
import { MRS_NG, staffRefusals, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const ONLY_THE_ID =
  "Type only the user ID, without your password. I deleted that message to keep your password safe. If I need your password, I will ask for it on its own.";
const AT_THE_PROMPT = [
  "That message looked like a password, so I deleted it to keep it safe.",
  "Type only the user ID, without your password. If I need your password, I will ask for it on its own.",
];
const ASKED = "Which student? Type their user ID.";

/**
 * "/guided S1001 Teach-Four-A-2026": a teacher who types the student's ID and her own password on one line,
 * as on a login screen. She was told "You can only help students in your classes", even for her own student.
 * She is told to type the ID alone, and asked for it; the line is deleted, and her password is never echoed.
 * The words are the same for her own student and an ID nobody has: they come from the text alone.
 */
describe("a staff command with a user ID and a password on one line", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone());
  });

  it.each(["/guided", "/unlock", "/clearanswers"])(
    "%s: she is told to type the ID alone, for her own student and a made-up ID alike, and the ID then works",
    async (command) => {
      const own = await teacher.send(`${command} S1001 ${MRS_NG.password}`);
      expect(own.deleteInbound).toBe(true);
      expect(textsOf(own)).toEqual([ONLY_THE_ID, ASKED]);
      expect(await openStep(world, teacher)).toBe("staff.student");
      await teacher.send("/cancel");
      const madeUp = await teacher.send(`${command} S9999 ${MRS_NG.password}`);
      expect(textsOf(madeUp)).toEqual(textsOf(own));
      expect(madeUp.deleteInbound).toBe(true);
      await teacher.send("S1001");
      expect(teacher.lastText).not.toContain("only help students in your classes");
      expect(JSON.stringify([own, madeUp])).not.toContain(MRS_NG.password);
      await teacher.send("/cancel");
    },
  );

  it("typed at the 'Which student?' prompt, the same words, and nothing audited as a refused student", async () => {
    await teacher.send("/guided");
    const typed = await teacher.send(`S1001 ${MRS_NG.password}`);
    expect(typed.deleteInbound).toBe(true);
    expect(textsOf(typed)).toEqual([...AT_THE_PROMPT, ASKED]);
    const madeUp = await teacher.send(`S9999 ${MRS_NG.password}`);
    expect(textsOf(madeUp)).toEqual(textsOf(typed));
    expect(JSON.stringify([typed, madeUp])).not.toContain(MRS_NG.password);
    await teacher.send("S1001");
    expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");
    const refused = await staffRefusals(world);
    expect(refused).toEqual([]);
  });
});
