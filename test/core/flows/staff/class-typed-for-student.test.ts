import { beforeEach, describe, expect, it } from "vitest";
import {
  addStudentWithAClassAsId,
  classNotAStudent,
  linkStaff,
  MS_SITI,
  newTeacherOnOwnPhone,
  otherClassNotAStudent,
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

  // Before, "/guided 4B" (4A mistyped) or "/guided 5B" got "You can only help students in your classes. Check
  // the user ID and type it again. An admin can help students in other classes.": of a user ID she never typed.
  it.each(["/guided 4B", "/unlock 5B", "/clearanswers class 4B"])(
    "%s, a class not hers (or no class at all): told so, with her own class to find the IDs in, and asked again; audited as before",
    async (command) => {
      await teacher.send(command);
      const typed = command.endsWith("5B") ? "5B" : "4B";
      expect(teacher.lastText).toBe(`${otherClassNotAStudent(typed)}\nWhich student? Type their user ID.`);
      expect(await staffRefusals(world)).toHaveLength(1);
      await teacher.send("S1001");
      expect(teacher.lastText).not.toContain("is not one of your classes");
    },
  );

  it("the same words for a class the school has and one it does not, so they tell her nothing", async () => {
    await teacher.send("/guided 5B");
    const other = teacher.lastText.replaceAll("5B", "4B");
    await teacher.send("/cancel");
    await teacher.send("/guided 4B");
    expect(teacher.lastText).toBe(other);
  });

  it("at 'Which student?' too, and her typo then fixed", async () => {
    await teacher.send("/guided");
    await teacher.send("4B");
    expect(teacher.lastText).toBe(`${otherClassNotAStudent("4B")}\nWhich student? Type their user ID.`);
    await teacher.send("4A");
    expect(teacher.lastText).toBe(`${classNotAStudent()}\nWhich student? Type their user ID.`);
  });

  it.each([
    ["Chinese", "中文", "4B 不是你的班。你的班是 4A：/coverage 4A 会显示每个学生的用户名。"],
    [
      "Malay",
      "Bahasa Melayu",
      "4B bukan kelas anda. Kelas anda ialah 4A: /coverage 4A menunjukkan ID pengguna setiap murid.",
    ],
    [
      "Tamil",
      "தமிழ்",
      "4B உங்கள் வகுப்புகளில் ஒன்று அல்ல. உங்கள் வகுப்பு 4A: /coverage 4A ஒவ்வொரு மாணவரின் பயனர் ID-ஐயும் காட்டும்.",
    ],
  ])("in %s, in the adult register", async (_, language, words) => {
    await teacher.send("/language");
    await teacher.press(language);
    await teacher.send("/guided 4B");
    expect(teacher.lastText).toContain(words);
  });

  it("a teacher of two classes is shown both", async () => {
    const siti = await newTeacherOnOwnPhone(world, MS_SITI);
    await siti.send("/guided 6C");
    expect(siti.lastText).toContain(
      "6C is not one of your classes. Your classes are 4A, 5B. Type /coverage and one of them to see each student's user ID. Type the user ID of one student. To stop, type /cancel.",
    );
  });

  it("a word that is no class's shape gets what any other ID gets, as before", async () => {
    await teacher.send("/guided S9999");
    expect(teacher.lastText).toContain("You can only help students in your classes. Check the user ID");
  });

  it("a student whose user ID is her class's name is still that student", async () => {
    addStudentWithAClassAsId(world);
    const other = world.chat("other");
    await linkStaff(other, { id: "T2001", password: "Teach-Four-A-2026" });
    await other.send("/guided 4a");
    expect(other.lastText).toContain("Let's get Odd Id a new password.");
  });
});
