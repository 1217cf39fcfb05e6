import { beforeEach, describe, expect, it } from "vitest";
import { textsOf } from "../../../helpers/dialog-helpers.js";
import { worldOnSchoolClock } from "../../../helpers/security-helpers.js";
import {
  linkedOnOwnPhone,
  MRS_NG,
  MS_SITI,
  newTeacherOnOwnPhone,
  staffRefusals,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/**
 * "/coverage 4A 5B" from a teacher of both: before a parents' evening she asks about her two classes at
 * once. Before, the words were taken as one class called "4A 5B" and she heard "You can only see your own
 * classes", of her own classes, with a refusal in her audit record.
 */
describe("/coverage naming several of the teacher's own classes at once", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    teacher = await newTeacherOnOwnPhone(world, MS_SITI);
  });

  it.each(["4A 5B", "4a, 5b", "4A and 5B", "4A/5B", "4A、5B"])(
    "/coverage %s shows both classes, one report each, and audits no refusal",
    async (typed) => {
      await teacher.send(`/coverage ${typed}`);
      const texts = textsOf(teacher.last);
      expect(texts).toHaveLength(2);
      expect(texts[0]).toMatch(/^Class 4A: 3 students, 0 set up\./);
      expect(texts[1]).toMatch(/^Class 5B: 3 students, 0 set up\./);
      expect(await staffRefusals(world)).toEqual([]);
    },
  );

  // As she would say it, in each of the four languages: "Class 4A and 5B". Before, the word "Class" was
  // read as a class of its own, and she was told "You can only see your own classes" of her own two.
  it.each([
    "Class 4A and 5B",
    "Classes 4A and 5B",
    "class 4A, class 5B",
    "Kelas 4A dan 5B",
    "4A和5B班",
    "4A班、5B班",
    "வகுப்பு 4A மற்றும் 5B",
  ])("/coverage %s (the word for class around them) shows both classes too", async (typed) => {
    await teacher.send(`/coverage ${typed}`);
    const texts = textsOf(teacher.last);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^Class 4A: 3 students/);
    expect(texts[1]).toMatch(/^Class 5B: 3 students/);
    expect(await staffRefusals(world)).toEqual([]);
  });

  // A space inside each name, as "4 A" alone is read: before, "4", "A", "5" and "B" were four classes, and
  // she was refused her own two.
  it.each(["4 A and 5 B", "4 A, 5 B", "Class 4-A and 5-B", "kelas 4 A dan 5 B", "4 a / 5 b"])(
    "/coverage %s (a space or dash inside each name) shows both classes too",
    async (typed) => {
      await teacher.send(`/coverage ${typed}`);
      const texts = textsOf(teacher.last);
      expect(texts).toHaveLength(2);
      expect(texts[0]).toMatch(/^Class 4A: 3 students/);
      expect(texts[1]).toMatch(/^Class 5B: 3 students/);
      expect(await staffRefusals(world)).toEqual([]);
    },
  );

  // Quotes, brackets and a question or exclamation mark round a class, as "4A." was already read.
  it.each(["4A?", "4A!", "'4A'", "“4A”", "(4A)", "「4A」", "4A？"])(
    "/coverage %s is her 4A, with no refusal",
    async (typed) => {
      await teacher.send(`/coverage ${typed}`);
      expect(textsOf(teacher.last)).toHaveLength(1);
      expect(teacher.lastText).toMatch(/^Class 4A: 3 students/);
      expect(await staffRefusals(world)).toEqual([]);
    },
  );

  it("/coverage Classes 4A names her one class, as /coverage Class 4A does", async () => {
    await teacher.send("/coverage Classes 4A");
    expect(textsOf(teacher.last)).toHaveLength(1);
    expect(teacher.lastText).toMatch(/^Class 4A: 3 students/);
  });

  it("a class of hers named with one that is not is still refused, as before (nothing is shown)", async () => {
    await teacher.send("/coverage 4A 6C");
    expect(teacher.lastText).toBe(
      "You can only see your own classes. Your classes are 4A, 5B: type /coverage and one of them.",
    );
    expect(await staffRefusals(world)).toHaveLength(1);
  });

  it("a teacher of one class naming hers with another's gets no report of the other", async () => {
    const mrsNg = await linkedOnOwnPhone(world, MRS_NG);
    await mrsNg.send("/coverage 4A 5B");
    expect(mrsNg.lastText).toBe(
      "You can only see your own classes. Your class is 4A: type /coverage to see it.",
    );
  });
});
