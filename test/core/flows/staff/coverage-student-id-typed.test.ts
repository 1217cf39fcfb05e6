import { beforeEach, describe, expect, it } from "vitest";
import { PRIYA, staffOnOwnPhone, staffRefusals, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";
import { childRegisterWords } from "../../../helpers/register-words.js";

const STUDENT_NOT_CLASS =
  "S1001 is a student's user ID. /coverage shows a class: type /coverage 4A. To help Tan Wei Ling, type /guided S1001 or /unlock S1001.";

/*
 * A teacher who thinks /coverage takes one student types her pupil's ID: "/coverage S1001". Before, she was
 * told "You can only see your own classes. Type /coverage to see them.", of her own pupil, and a refused
 * class was audited under her name.
 */
describe("a teacher types her own student's ID after /coverage", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it.each(["/coverage S1001", "/coverage s1001", "/coverage S1001."])(
    "%s: told it is a student's ID, which class to type, and how to help her; nothing audited",
    async (command) => {
      await teacher.send(command);
      expect(teacher.lastText).toBe(STUDENT_NOT_CLASS);
      expect(await staffRefusals(world)).toEqual([]);
    },
  );

  /*
   * Her class list shows a pupil whose ID has an accent ("Zoë.T"). The bot reads a typed ID as the directory
   * matches it (plain letters, any capitals: see typedUserId), but looked it up in her lists as the directory
   * spells it, so even the ID typed as /coverage shows it was "not your class".
   */
  it.each(["/coverage Zoë.T", "/coverage ZOË.T", "/coverage zoe.t"])(
    "%s: an ID her list spells with an accent is her pupil's, however it is typed",
    async (command) => {
      world.memoryDirectory.add({
        id: "Zoë.T",
        name: "Zoe Tan",
        role: "student",
        classes: ["4A"],
        password: "Quiet-River-83",
        disabled: false,
      });
      await teacher.send(command);
      expect(teacher.lastText).toBe(
        "Zoë.T is a student's user ID. /coverage shows a class: type /coverage 4A. To help Zoe Tan, type /guided Zoë.T or /unlock Zoë.T.",
      );
      expect(await staffRefusals(world)).toEqual([]);
    },
  );

  it("in her language", async () => {
    await teacher.send("/language");
    await teacher.press("Bahasa Melayu");
    await teacher.send("/coverage S1001");
    expect(teacher.lastText).toContain(
      "S1001 ialah ID pengguna seorang murid. /coverage menunjukkan satu kelas: taip /coverage 4A.",
    );
  });

  it("another class's student's ID gets what any other word gets, as before", async () => {
    await teacher.send("/coverage S1004");
    expect(teacher.lastText).toBe(
      "You can only see your own classes. Your class is 4A: type /coverage to see it.",
    );
    expect(await staffRefusals(world)).toHaveLength(1);
  });

  it("an ID nobody has gets the same", async () => {
    await teacher.send("/coverage S9999");
    expect(teacher.lastText).toBe(
      "You can only see your own classes. Your class is 4A: type /coverage to see it.",
    );
  });
});

/*
 * The same teacher types her pupil's name: "/coverage Tan Wei Ling". Before, she was told "You can only see
 * your own classes. Your class is 4A…", as if she had asked for a class not hers.
 */
describe("a teacher types her own student's name after /coverage", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone({ STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it.each(["/coverage Tan Wei Ling", "/coverage tan wei ling"])(
    "%s: told /coverage takes a class and /guided the student's ID; nothing audited",
    async (command) => {
      await teacher.send(command);
      expect(teacher.lastText).toBe(
        "Tan Wei Ling is a student. /coverage shows a class: type /coverage 4A. To help Tan Wei Ling, type /guided S1001 or /unlock S1001.",
      );
      expect(await staffRefusals(world)).toEqual([]);
    },
  );

  it.each(["zh", "ms", "ta"])("in %s, to her as an adult", async (language) => {
    await world.deps.store.setChatLanguage(teacher.ref, language);
    await teacher.send("/coverage Tan Wei Ling");
    expect(teacher.lastText).toContain("/coverage 4A");
    expect(teacher.lastText).toContain("/guided S1001");
    expect(childRegisterWords(language, teacher.lastText)).toEqual([]);
  });

  it("a name no pupil of hers has gets what any other words get, as before", async () => {
    await teacher.send("/coverage Purple Elephant Dance");
    expect(teacher.lastText).toBe(
      "You can only see your own classes. Your class is 4A: type /coverage to see it.",
    );
  });
});

describe("an admin types a student's ID after /coverage", () => {
  it("is told which classes there are, as before", async () => {
    const { phone } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" });
    await phone.send("/coverage S1001");
    expect(phone.lastText).toMatch(/^I can't find that class\. The classes are: /);
  });
});
