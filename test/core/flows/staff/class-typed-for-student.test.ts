import { beforeEach, describe, expect, it } from "vitest";
import {
  addStudentWithAClassAsId,
  classNotAStudent,
  linkStaff,
  staffRefusals,
  teacherOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/*
 * A teacher who thinks /guided or /unlock takes her class types it where a student's user ID goes:
 * "/guided 4A". Before, she was told "You can only help students in your classes. Check the user ID", of her
 * own class, and a refused staff action was audited under her name.
 */
describe("a teacher types her class where a student's user ID goes", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it.each(["/guided 4A", "/unlock 4a", "/clearanswers Class 4A", "/guided 4 A"])(
    "%s: told it is a class, where to find the IDs, and asked again; nothing audited",
    async (command) => {
      await teacher.send(command);
      expect(teacher.lastText).toBe(`${classNotAStudent()}\nWhich student? Type their user ID.`);
      expect(await staffRefusals(world)).toEqual([]);
      await teacher.send("S1001");
      expect(teacher.lastText).not.toContain("4A is a class");
    },
  );

  it("at 'Which student?' too", async () => {
    await teacher.send("/guided");
    await teacher.send("4A");
    expect(teacher.lastText).toBe(`${classNotAStudent()}\nWhich student? Type their user ID.`);
    await teacher.send("S1001");
    expect(teacher.lastText).toContain("Let's get Tan Wei Ling a new password.");
  });

  it("in her language", async () => {
    await teacher.send("/language");
    await teacher.press("Bahasa Melayu");
    await teacher.send("/guided 4A");
    expect(teacher.lastText).toContain(
      "4A ialah kelas. Taip ID pengguna seorang murid: /coverage 4A menunjukkan ID setiap murid.",
    );
  });

  it("another class's name gets what any other ID gets, as before", async () => {
    await teacher.send("/guided 5B");
    expect(teacher.lastText).toContain("You can only help students in your classes.");
    expect(await staffRefusals(world)).toHaveLength(1);
  });

  it("a student whose user ID is her class's name is still that student", async () => {
    addStudentWithAClassAsId(world);
    const other = world.chat("other");
    await linkStaff(other, { id: "T2001", password: "Teach-Four-A-2026" });
    await other.send("/guided 4a");
    expect(other.lastText).toContain("Let's get Odd Id a new password.");
  });
});
