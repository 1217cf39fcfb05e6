import { beforeEach, describe, expect, it } from "vitest";
import {
  addStudentWithAClassAsId,
  classNotAStudent,
  PRIYA,
  staffOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

const WHOSE_RECORD = "Whose record do you want to see? Type their user ID.";

/*
 * An admin who thinks /audit takes a class types "/audit 4A". Before, she was told "Nobody in the school
 * directory has the user ID 4A", with no hint that 4A is a class, while /guided 4A, /unlock 4A and
 * /clearanswers 4A say so. /audit now says so too, and asks for the user ID again.
 */
describe("an admin types a class where /audit expects a user ID", () => {
  let world: TestWorld;
  let admin: TestChat;

  beforeEach(async () => {
    ({ world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it.each(["/audit 4A", "/audit 4a", "/audit Class 5B", "/audit 4 A"])(
    "%s: told it is a class, where to find the IDs, and asked again",
    async (command) => {
      await admin.send(command);
      const className = command.includes("5B") ? "5B" : "4A";
      expect(admin.lastText).toBe(`${classNotAStudent(className)}\n${WHOSE_RECORD}`);
      await admin.send("S1001");
      expect(admin.lastText).not.toContain("is a class");
      expect(admin.lastText).toContain("Tan Wei Ling");
    },
  );

  it("at 'Whose record?' too", async () => {
    await admin.send("/audit");
    await admin.send("4A");
    expect(admin.lastText).toBe(`${classNotAStudent()}\n${WHOSE_RECORD}`);
  });

  it("in her language", async () => {
    await admin.send("/language");
    await admin.press("Bahasa Melayu");
    await admin.send("/audit 4A");
    expect(admin.lastText).toContain(
      "4A ialah kelas. Taip ID pengguna seorang murid: /coverage 4A menunjukkan ID setiap murid.",
    );
  });

  it("a word that is no class gets what it got before", async () => {
    await admin.send("/audit 9Z");
    expect(admin.lastText).toContain("Nobody in the school directory has the user ID 9Z");
  });

  it("a person whose user ID is a class's name is still that person", async () => {
    addStudentWithAClassAsId(world);
    await admin.send("/audit 4a");
    expect(admin.lastText).toContain("Odd Id");
    expect(admin.lastText).not.toContain("is a class");
  });
});
