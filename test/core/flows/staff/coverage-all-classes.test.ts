import { beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { textsOf } from "../../../helpers/dialog-helpers.js";
import { useSchoolClock } from "../../../helpers/security-helpers.js";
import { linkStaff, MRS_NG } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

/** A teacher of two classes (4A and 5B in the demo school). */
const MS_SITI = { id: "T2003", name: "Ms Siti Aminah", password: "Teach-Two-Class-2026" } as const;

/**
 * "/coverage all" (or "both", "semua", 全部, "எல்லாம்") from a teacher of two classes, or typed at "Which
 * class?": she wants both. Before, "all" was taken as a class called "all": she was told "You can only see
 * your own classes", with a refusal in her audit record.
 */
describe("/coverage all from a teacher", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
    onTestFinished(async () => {
      await world.close();
      vi.useRealTimers();
    });
    world.memoryDirectory.add({ ...MS_SITI, role: "teacher", classes: ["4A", "5B"], disabled: false });
    teacher = world.chat("siti-phone");
    await linkStaff(teacher, MS_SITI);
  });

  const refusals = async () =>
    (await world.deps.store.recentAudit(50)).filter((e) => e.event === "staff-refused");

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
    expect(await refusals()).toEqual([]);
  });

  it("'all' typed at 'Which class?' shows both too", async () => {
    await teacher.send("/coverage");
    expect(teacher.buttons).toEqual(["4A", "5B"]);
    await teacher.send("all");
    expect(textsOf(teacher.last)).toHaveLength(2);
    expect(await refusals()).toEqual([]);
  });

  it("a teacher of one class gets hers", async () => {
    const mrsNg = world.chat(MRS_NG.ownPhone);
    await linkStaff(mrsNg, MRS_NG);
    await mrsNg.send("/coverage all");
    expect(textsOf(mrsNg.last)).toHaveLength(1);
    expect(mrsNg.lastText).toMatch(/^Class 4A: 3 students/);
  });
});
