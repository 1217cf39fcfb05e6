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
 * "/coverage all" (or "both", "semua", 全部, "எல்லாம்") from a teacher of two classes, or typed at "Which
 * class?": she wants both. Before, "all" was taken as a class called "all": she was told "You can only see
 * your own classes", with a refusal in her audit record.
 */
describe("/coverage all from a teacher", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world } = await worldOnSchoolClock());
    teacher = await newTeacherOnOwnPhone(world, MS_SITI);
  });

  it.each([
    "all",
    "All classes",
    "both",
    "all my classes",
    "semua",
    "semua kelas",
    "全部",
    "所有班",
    "எல்லாம்",
  ])("/coverage %s shows each of her classes, with no refusal", async (typed) => {
    await teacher.send(`/coverage ${typed}`);
    const texts = textsOf(teacher.last);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^Class 4A: 3 students/);
    expect(texts[1]).toMatch(/^Class 5B: 3 students/);
    expect(await staffRefusals(world)).toEqual([]);
  });

  it("'all' typed at 'Which class?' shows both too", async () => {
    await teacher.send("/coverage");
    expect(teacher.buttons).toEqual(["4A", "5B"]);
    await teacher.send("all");
    expect(textsOf(teacher.last)).toHaveLength(2);
    expect(await staffRefusals(world)).toEqual([]);
  });

  it("a teacher of one class gets hers", async () => {
    const mrsNg = await linkedOnOwnPhone(world, MRS_NG);
    await mrsNg.send("/coverage all");
    expect(textsOf(mrsNg.last)).toHaveLength(1);
    expect(mrsNg.lastText).toMatch(/^Class 4A: 3 students/);
  });
});
