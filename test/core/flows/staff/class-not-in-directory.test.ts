import { beforeEach, describe, expect, it } from "vitest";
import { DirectoryUnavailableError } from "../../../../src/core/errors.js";
import {
  MRS_NG,
  MS_SITI,
  newTeacherOnOwnPhone,
  PRIYA,
  staffOnOwnPhone,
  staffRefusals,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const NO_9Z = "There is no class 9Z in the school directory. The classes are: 4A, 5B.";

/*
 * A class the directory does not have, typed by staff. Before, an admin's "/audit class:9Z" said "I can't find
 * anyone with that user ID", "/audit class 9Z" that nobody has the user ID "class 9Z", "/audit 9Z" only
 * that nobody has the ID; "/coverage 9Z" did not say which class it could not find; a teacher's
 * "/coverage 9Z" only that she can see her own classes, without naming them, and it was filed as "class:?".
 */
describe("an admin naming a class the directory does not have", () => {
  let world: TestWorld;
  let admin: TestChat;

  beforeEach(async () => {
    ({ world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it.each(["/audit class:9Z", "/audit class 9Z", "/audit Class: 9Z", "/coverage 9Z", "/coverage class 9Z"])(
    "%s: there is no class 9Z, and the classes the directory has",
    async (command) => {
      await admin.send(command);
      expect(admin.lastText).toBe(NO_9Z);
    },
  );

  it("/audit 9Z: nobody has the ID and there is no such class, with the classes there are", async () => {
    await admin.send("/audit 9Z");
    expect(admin.lastText).toBe(
      "Nobody in the school directory has the user ID 9Z, and there is no class 9Z either. The classes are: 4A, 5B. Type /audit and a user ID or a class.",
    );
  });

  it('at "Whose record?": told the same, and asked again', async () => {
    await admin.send("/audit");
    const prompt = "Whose record do you want to see? Type their user ID.";
    await admin.send("class 9Z");
    expect(admin.lastText).toBe(`${NO_9Z} Type a user ID or a class. To stop, type /cancel.\n${prompt}`);
    await admin.send("9Z");
    expect(admin.lastText).toBe(
      `Nobody in the school directory has the user ID 9Z, and there is no class 9Z either. The classes are: 4A, 5B. Type a user ID or a class. To stop, type /cancel.\n${prompt}`,
    );
    await admin.send("S1001");
    expect(admin.lastText).toContain("Tan Wei Ling (S1001)");
  });

  it("a school of many classes: where to see them, not a long list", async () => {
    const more = ["1A", "1B", "1C", "2A", "2B", "2C", "3A", "3B", "3C"];
    more.forEach((c, i) =>
      world.memoryDirectory.add({
        id: `S9${i}`,
        name: `Student ${c}`,
        role: "student",
        classes: [c],
        disabled: false,
        password: "Some-Pass-2026",
      }),
    );
    await admin.send("/coverage 9Z");
    expect(admin.lastText).toBe(
      "There is no class 9Z in the school directory. Type /stats to see every class.",
    );
    await admin.send("/audit class:9Z");
    expect(admin.lastText).toBe(
      "There is no class 9Z in the school directory. Type /stats to see every class.",
    );
  });

  it.each(["5b", "5 B", "class 5B", "Class:5b", "class: 5B"])("/coverage %s is 5B", async (typed) => {
    await admin.send(`/coverage ${typed}`);
    expect(admin.lastText).toMatch(/^Class 5B: 3 students/);
  });

  it("is in the admin's language, in the adult register", async () => {
    await admin.send("/language");
    await admin.press("Bahasa Melayu");
    await admin.send("/coverage 9Z");
    expect(admin.lastText).toBe("Tiada kelas 9Z dalam direktori sekolah. Kelas yang ada: 4A, 5B.");
  });
});

/*
 * The directory could not give the school's classes just then (down, or its size limit). Before, that was
 * read as a school with no class: "I can't find any class for you. Ask your IT admin to check the class
 * groups.", untrue, and at "Whose record?" without "Type a user ID or a class".
 */
describe("an admin naming a class while the directory cannot list the classes", () => {
  let world: TestWorld;
  let admin: TestChat;
  const down = "The school system is not answering. Please try again in a few minutes.";

  beforeEach(async () => {
    ({ world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
    world.memoryDirectory.listClasses = () => Promise.reject(new DirectoryUnavailableError());
  });

  it.each(["/audit class:5B", "/audit class 9Z", "/coverage 9Z"])(
    "%s: the school system is not answering, not that there is no class",
    async (command) => {
      await admin.send(command);
      expect(admin.lastText).toBe(down);
    },
  );

  it('at "Whose record?": told so, and asked again for a user ID or a class', async () => {
    await admin.send("/audit");
    await admin.send("class 9Z");
    expect(admin.lastText).toBe(
      "The school system is not answering, so I can't check classes just now. Please try again in a few minutes. Type a user ID or a class. To stop, type /cancel.\nWhose record do you want to see? Type their user ID.",
    );
  });
});

describe("a teacher naming a class that is not hers", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await staffOnOwnPhone(MRS_NG, { STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it.each([
    ["9Z", "9Z"],
    ["class 9z", "9z"],
    ["5B", "5B"],
    ["5b", "5b"],
    ["Class:5b", "5b"],
  ])("/coverage %s: named as typed, with her own class", async (typed, named) => {
    await teacher.send(`/coverage ${typed}`);
    expect(teacher.lastText).toBe(
      `${named} is not one of your classes. Your class is 4A: type /coverage to see it.`,
    );
  });

  it("her own class written as the audit names it is hers", async () => {
    await teacher.send("/coverage Class:4a");
    expect(teacher.lastText).toMatch(/^Class 4A: 3 students/);
  });

  it("says another class back as she typed it, as one the school does not have, so the words tell her nothing", async () => {
    await teacher.send("/coverage 5b");
    const other = teacher.lastText;
    await teacher.send("/coverage 9z");
    expect(teacher.lastText).toBe(other.replace("5b", "9z"));
    // Filed as the directory spells it, so that an admin's /audit 5B finds it.
    const refused = await staffRefusals(world, 10);
    expect(refused.map((e) => e.subject)).toEqual(["class:9z", "class:5B"]);
  });

  it("a teacher of two classes is told both", async () => {
    const phone = await newTeacherOnOwnPhone(world, MS_SITI);
    await phone.send("/coverage 9Z");
    expect(phone.lastText).toBe(
      "9Z is not one of your classes. Your classes are 4A, 5B: type /coverage and one of them.",
    );
  });

  it("files the refusal under the class as typed when it is shaped like a class, and leaves no key for good", async () => {
    const lasting = async () => {
      const keys = await world.redis.keys(`${world.prefix}*`);
      const ttls = await Promise.all(keys.map((k) => world.redis.pttl(k)));
      return keys.filter((_, i) => ttls[i] === -1).sort();
    };
    const before = await lasting();
    await teacher.send("/coverage 9Z");
    await teacher.send("/coverage 8Y");
    expect(await lasting()).toEqual(before);
    const refused = await staffRefusals(world, 10);
    expect(refused.map((e) => [e.subject, e.actor])).toEqual([
      ["class:8Y", MRS_NG.id],
      ["class:9Z", MRS_NG.id],
    ]);
  });

  it("words not shaped like the school's classes are neither echoed nor filed", async () => {
    await teacher.send("/coverage purple elephant dance 7");
    expect(teacher.lastText).toBe(
      "You can only see your own classes. Your class is 4A: type /coverage to see it.",
    );
    await teacher.send("/coverage Rose7");
    expect(teacher.lastText).not.toContain("Rose7");
    const refused = await staffRefusals(world, 10);
    expect(refused.map((e) => e.subject)).toEqual(["class:?", "class:?"]);
  });

  // Judged against the whole school, the words told her which shapes of class exist outside her own: with a
  // class SEN1 in the school, "ABC1" was named back; without it, not.
  it.each(["ABC1", "class ABC1", "XYZ12", "4AB", "Rose7", "SEN2"])(
    "/coverage %s: the same words whatever classes the school has besides hers",
    async (typed) => {
      await teacher.send(`/coverage ${typed}`);
      const without = teacher.lastText;
      for (const [i, c] of ["SEN1", "XYZ99", "4ABC", "LONGNAME12"].entries())
        world.memoryDirectory.add({
          id: `S8${i}`,
          name: `Student ${c}`,
          role: "student",
          classes: [c],
          disabled: false,
          password: "Some-Pass-2026",
        });
      await teacher.send(`/coverage ${typed}`);
      expect(teacher.lastText).toBe(without);
    },
  );

  it("is in her language, in the adult register", async () => {
    await teacher.send("/language");
    await teacher.press("Bahasa Melayu");
    await teacher.send("/coverage 9Z");
    expect(teacher.lastText).toBe(
      "9Z bukan kelas anda. Kelas anda ialah 4A: taip /coverage untuk melihatnya.",
    );
  });
});
