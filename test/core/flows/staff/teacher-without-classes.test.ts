import { beforeEach, describe, expect, it } from "vitest";
import { openStep, textsOf } from "../../../helpers/dialog-helpers.js";
import { newTeacherOnOwnPhone, staffRefusals } from "../../../helpers/staff-helpers.js";
import { worldOnSchoolClock } from "../../../helpers/security-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/** A substitute (or a new teacher on the first day of term) whom IT has not yet put in any class group. */
const SUBSTITUTE = {
  id: "T2009",
  name: "Mr Raj Kumar",
  password: "Supply-Teach-2026",
  classes: [],
  ownPhone: "substitute-phone",
} as const;

const NO_CLASSES =
  "I can't find any class for you in the school directory, so you can't help a student here yet. Ask your IT admin to add you to your classes. Until then, an admin can help the student.";

/**
 * A teacher with no class in the directory can help nobody: "Check the user ID and type it again" sent her
 * round the "Which student?" prompt for ever, whatever ID the child beside her read out. She is told why at
 * once, and what to do, in words that depend on her own classes only (so no ID is told from another).
 */
describe("a teacher whom the directory puts in no class", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    teacher = await newTeacherOnOwnPhone(world, SUBSTITUTE);
  });

  it.each(["/guided", "/unlock", "/clearanswers"])(
    "%s without an ID says at once that she has no class, instead of asking which student",
    async (command) => {
      await teacher.send(command);
      expect(textsOf(teacher.last)).toEqual([NO_CLASSES]);
      expect(await openStep(world, teacher)).toBeNull();
    },
  );

  it.each(["S1001", "S9999"])(
    "/guided %s: the same words for a real student and an ID nobody has, the command ends, and it is audited",
    async (id) => {
      await teacher.send(`/guided ${id}`);
      expect(textsOf(teacher.last)).toEqual([NO_CLASSES]);
      expect(await openStep(world, teacher)).toBeNull();
      const refused = await staffRefusals(world);
      expect(refused.map((e) => [e.actor, e.outcome, e.reason])).toEqual([["T2009", "refused", "guided"]]);
    },
  );

  // Before, a class named after /coverage got "You can only see your own classes. Type /coverage to see
  // them.", and /coverage then said she had none: she thought her class groups were there.
  it.each(["4A", "Class 4A", "6C"])(
    "/coverage %s says she has no class, as /coverage does, and the class is audited as refused",
    async (typed) => {
      await teacher.send("/coverage");
      const noClass = textsOf(teacher.last);
      expect(noClass).toEqual([
        "I can't find any class for you. Ask your IT admin to check the class groups.",
      ]);
      await teacher.send(`/coverage ${typed}`);
      expect(textsOf(teacher.last)).toEqual(noClass);
      expect(await openStep(world, teacher)).toBeNull();
      const refused = await staffRefusals(world);
      expect(refused.map((e) => [e.actor, e.outcome, e.reason])).toEqual([["T2009", "refused", "coverage"]]);
    },
  );

  it("once IT puts her in a class, the same command helps her pupil", async () => {
    world.memoryDirectory.remove(SUBSTITUTE.id);
    world.memoryDirectory.add({ ...SUBSTITUTE, role: "teacher", classes: ["4A"], disabled: false });
    await teacher.send("/guided S1001");
    expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");
  });
});
