import { beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { textsOf } from "../../../helpers/dialog-helpers.js";
import { useSchoolClock } from "../../../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

/** A teacher of two classes (4A and 5B in the demo school). */
const MS_SITI = { id: "T2003", name: "Ms Siti Aminah", password: "Teach-Two-Class-2026" } as const;

/**
 * "/coverage class" (or "my class", 班, "kelas", "வகுப்பு"), or the word typed at "Which class?": she means
 * her class, as /coverage alone does. Before, the word was taken as a class called "class": a teacher was
 * told "You can only see your own classes" with a refusal in her audit record, an admin "There is no class
 * class".
 */
describe("/coverage with only the word for class", () => {
  let world: TestWorld;

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
    onTestFinished(async () => {
      await world.close();
      vi.useRealTimers();
    });
  });

  const refusals = async () =>
    (await world.deps.store.recentAudit(50)).filter((e) => e.event === "staff-refused");

  it.each([
    "class",
    "Class",
    "my class",
    "My classes",
    "班",
    "我的班",
    "kelas",
    "kelas saya",
    "வகுப்பு",
    "என் வகுப்பு",
  ])("/coverage %s from a teacher of one class shows her class, with no refusal", async (typed) => {
    const mrsNg = world.chat(MRS_NG.ownPhone);
    await linkStaff(mrsNg, MRS_NG);
    await mrsNg.send(`/coverage ${typed}`);
    expect(textsOf(mrsNg.last)).toHaveLength(1);
    expect(mrsNg.lastText).toMatch(/^Class 4A: 3 students, 0 set up\./);
    expect(await refusals()).toEqual([]);
  });

  describe("a teacher of two classes", () => {
    let teacher: TestChat;

    beforeEach(async () => {
      world.memoryDirectory.add({ ...MS_SITI, role: "teacher", classes: ["4A", "5B"], disabled: false });
      teacher = world.chat("siti-phone");
      await linkStaff(teacher, MS_SITI);
    });

    it("/coverage class asks which class, as /coverage does", async () => {
      await teacher.send("/coverage class");
      expect(teacher.lastText).toBe("Which class?");
      expect(teacher.buttons).toEqual(["4A", "5B"]);
      expect(await refusals()).toEqual([]);
    });

    it("'class' typed at 'Which class?' asks again, with her classes", async () => {
      await teacher.send("/coverage");
      await teacher.send("class");
      expect(teacher.lastText).toBe("Which class?");
      expect(teacher.buttons).toEqual(["4A", "5B"]);
      await teacher.send("5B");
      expect(teacher.lastText).toMatch(/^Class 5B: 3 students/);
      expect(await refusals()).toEqual([]);
    });
  });

  it("an admin's /coverage class asks which class, not 'There is no class class'", async () => {
    const priya = world.chat(PRIYA.ownPhone);
    await linkStaff(priya, PRIYA);
    await priya.send("/coverage class");
    expect(priya.lastText).toBe("Which class?");
    expect(priya.buttons).toEqual(["4A", "5B"]);
  });

  it("a school whose class is really called 'Class' still gets that class", async () => {
    world.memoryDirectory.add({
      id: "T2004",
      name: "Mr Tan",
      password: "Teach-Class-Named-2026",
      role: "teacher",
      classes: ["Class"],
      disabled: false,
    });
    const mrTan = world.chat("tan-phone");
    await linkStaff(mrTan, { id: "T2004", password: "Teach-Class-Named-2026" });
    await mrTan.send("/coverage class");
    expect(mrTan.lastText).toMatch(/^Class Class: 0 students/);
  });
});
