import { beforeEach, describe, expect, it } from "vitest";
import { textsOf } from "../../../helpers/dialog-helpers.js";
import { worldOnSchoolClock } from "../../../helpers/security-helpers.js";
import {
  linkedOnOwnPhone,
  MRS_NG,
  MS_SITI,
  newTeacherOnOwnPhone,
  PRIYA,
  staffRefusals,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/**
 * "/coverage class" (or "my class", 班, "kelas", "வகுப்பு"), or the word typed at "Which class?": she means
 * her class, as /coverage alone does. Before, the word was taken as a class called "class": a teacher was
 * told "You can only see your own classes" with a refusal in her audit record, an admin "There is no class
 * class".
 */
describe("/coverage with only the word for class", () => {
  let world: TestWorld;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
  });

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
    const mrsNg = await linkedOnOwnPhone(world, MRS_NG);
    await mrsNg.send(`/coverage ${typed}`);
    expect(textsOf(mrsNg.last)).toHaveLength(1);
    expect(mrsNg.lastText).toMatch(/^Class 4A: 3 students, 0 set up\./);
    expect(await staffRefusals(world)).toEqual([]);
  });

  describe("a teacher of two classes", () => {
    let teacher: TestChat;

    beforeEach(async () => {
      teacher = await newTeacherOnOwnPhone(world, MS_SITI);
    });

    it("/coverage class asks which class, as /coverage does", async () => {
      await teacher.send("/coverage class");
      expect(teacher.lastText).toBe("Which class?");
      expect(teacher.buttons).toEqual(["4A", "5B"]);
      expect(await staffRefusals(world)).toEqual([]);
    });

    it("'class' typed at 'Which class?' asks again, with her classes", async () => {
      await teacher.send("/coverage");
      await teacher.send("class");
      expect(teacher.lastText).toBe("Which class?");
      expect(teacher.buttons).toEqual(["4A", "5B"]);
      await teacher.send("5B");
      expect(teacher.lastText).toMatch(/^Class 5B: 3 students/);
      expect(await staffRefusals(world)).toEqual([]);
    });
  });

  it("an admin's /coverage class asks which class, not 'There is no class class'", async () => {
    const priya = await linkedOnOwnPhone(world, PRIYA);
    await priya.send("/coverage class");
    expect(priya.lastText).toBe("Which class?");
    expect(priya.buttons).toEqual(["4A", "5B"]);
  });

  it("a school whose class is really called 'Class' still gets that class", async () => {
    const mrTan = await newTeacherOnOwnPhone(world, {
      id: "T2004",
      name: "Mr Tan",
      password: "Teach-Class-Named-2026",
      classes: ["Class"],
      ownPhone: "tan-phone",
    });
    await mrTan.send("/coverage class");
    expect(mrTan.lastText).toMatch(/^Class Class: 0 students/);
  });
});
