import { beforeEach, describe, expect, it } from "vitest";
import {
  addStudentWithAClassAsId,
  classNotAStudent,
  PRIYA,
  staffOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/*
 * An admin who thinks /guided or /unlock takes a class types it where a student's user ID goes:
 * "/guided 4A". Before, she was told "I can't find anyone with that user ID", with no hint that 4A is a
 * class. An admin may see every class, so naming one tells her nothing she could not see.
 */
const UNLOCK_ASKED =
  "Whose account or chat? Type a student's or staff member's user ID, or a chat as the alert names it (e.g. telegram:123).";

describe("an admin types a class where a student's user ID goes", () => {
  let world: TestWorld;
  let admin: TestChat;

  beforeEach(async () => {
    ({ world, phone: admin } = await staffOnOwnPhone(PRIYA, { STAFF_PASSWORD_AGAIN_MINUTES: "0" }));
  });

  it.each(["/guided 4A", "/unlock 4a", "/clearanswers Class 5B", "/guided 4 A"])(
    "%s: told it is a class, where to find the IDs, and asked again",
    async (command) => {
      await admin.send(command);
      const className = command.includes("5B") ? "5B" : "4A";
      // An admin's /unlock also takes a staff ID or a chat, and its question says so.
      const asked = command.startsWith("/unlock") ? UNLOCK_ASKED : "Which student? Type their user ID.";
      expect(admin.lastText).toBe(`${classNotAStudent(className)}\n${asked}`);
      await admin.send("S1001");
      expect(admin.lastText).not.toContain("is a class");
    },
  );

  it("at 'Which student?' too", async () => {
    await admin.send("/guided");
    await admin.send("4A");
    expect(admin.lastText).toBe(`${classNotAStudent()}\nWhich student? Type their user ID.`);
    await admin.send("S1001");
    expect(admin.lastText).toContain("Let's get Tan Wei Ling a new password.");
  });

  it("in her language", async () => {
    await admin.send("/language");
    await admin.press("Bahasa Melayu");
    await admin.send("/unlock 4A");
    expect(admin.lastText).toContain(
      "4A ialah kelas. Taip ID pengguna seorang murid: /coverage 4A menunjukkan ID setiap murid.",
    );
  });

  it("a word that is no class gets what it got before", async () => {
    await admin.send("/guided 9Z");
    expect(admin.lastText).toContain("I can't find anyone with that user ID.");
  });

  it("a student whose user ID is a class's name is still that student", async () => {
    addStudentWithAClassAsId(world);
    await admin.send("/guided 4a");
    expect(admin.lastText).toContain("Let's get Odd Id a new password.");
  });
});
