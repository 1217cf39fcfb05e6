import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import { useSchoolClock } from "../../../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

/**
 * What the teachers' and admins' reports say: who can really reset by themselves (answers and a linked
 * chat), whose record /audit shows (events about a person and by them), and what each refusal leaves.
 */
describe("the staff reports", () => {
  let world: TestWorld;
  let kid: TestChat;
  let teacher: TestChat;
  let admin: TestChat;

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create();
    kid = world.chat("wei-ling-phone");
    teacher = world.chat("mrs-ng-phone");
    admin = world.chat("priya-phone");
    await linkStaff(teacher, MRS_NG);
    await linkStaff(admin, PRIYA);
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  /** Wei Ling's answers stay on record, but her phone is lost: the teacher's guided reset unlinks it. */
  async function lostPhoneGuidedReset() {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/guided S1001");
    await teacher.press("They can't use their chat");
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toContain("Tan Wei Ling's new password is:");
    expect(await world.deps.store.linkedChat("S1001")).toBeNull();
    expect(await world.deps.store.getEnrolment("S1001")).not.toBeNull();
  }

  describe("answers on record but no linked chat", () => {
    const COVERAGE_NO_CHAT = [
      "Class 4A: 3 students, 1 set up.",
      "Not set up yet:",
      "• Aisha Binte Rahman (S1002)",
      "• Arjun Kumar (S1003)",
      "Set up, but no chat linked (they must type /setup again before they can reset by themselves):",
      "• Tan Wei Ling (S1001)",
      "Suspended:",
      "• nobody",
    ].join("\n");

    it("/coverage lists a student who logged out as set up but with no chat linked", async () => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await kid.send("/logout");
      await teacher.send("/coverage");
      expect(teacher.lastText).toBe(COVERAGE_NO_CHAT);
    });

    it("/coverage lists a student whose lost phone a guided reset unlinked the same way", async () => {
      await lostPhoneGuidedReset();
      await teacher.send("/coverage 4A");
      expect(teacher.lastText).toBe(COVERAGE_NO_CHAT);
    });

    it("/coverage says nothing of unlinked students when every set-up student has their chat", async () => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await teacher.send("/coverage");
      expect(teacher.lastText).not.toContain("no chat linked");
      expect(teacher.lastText).toContain("Class 4A: 3 students, 1 set up.");
    });

    it("/stats says how many of a class's set-up students have no chat linked", async () => {
      await lostPhoneGuidedReset();
      await admin.send("/stats");
      expect(admin.lastText).toContain(
        "• 4A: 1 of 3 set up, 1 of them with no chat linked (they need /setup again)",
      );
      expect(admin.lastText).toContain("• 5B: 0 of 3 set up\n");
    });

    it("/unlock does not promise a reset by themselves to a student with no linked chat", async () => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await kid.send("/logout");
      await world.failStudent("S1001", 5);
      expect(await world.suspendedUntil("S1001")).not.toBeNull();
      await teacher.send("/unlock S1001");
      expect(teacher.lastText).toBe(
        "Done, Tan Wei Ling is no longer suspended. Their secret questions are set up, but no chat is linked to their account, so they need to link one with /setup before they can reset by themselves.",
      );
      expect(await world.suspendedUntil("S1001")).toBeNull();
    });

    it("the words for it are in every language, to staff politely", async () => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await kid.send("/logout");
      for (const [language, words] of [
        ["Bahasa Melayu", "/setup"],
        ["தமிழ்", "/setup"],
        ["中文", "/setup"],
      ] as const) {
        await teacher.send("/language");
        await teacher.press(language);
        await teacher.send("/coverage");
        expect(teacher.lastText).toContain(words);
        expect(teacher.lastText).toContain("Tan Wei Ling (S1001)");
      }
    });
  });
});
