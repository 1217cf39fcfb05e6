import { beforeEach, describe, expect, it, vi } from "vitest";
import { WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import { linkedOnOwnPhone, PRIYA, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/**
 * A teacher whose account IT disabled in the directory, on her own chat, linked to it. Her staff commands
 * told her "link this chat to your account first with /setup": it is linked, and /setup with her right
 * password only got "that user ID and password don't match" (the directory refuses a disabled account),
 * counted toward her ID's set-up pause. She is told her account is disabled and to ask IT, as she is told of
 * a disabled student. A chat linked to no staff account is told nothing new.
 */
const ONLY_STAFF =
  "Only teachers and admins can use that. If you are one, link this chat to your account first with /setup.";
const disabledWords = (name: string, id: string) =>
  `The account linked to this chat, ${name} (${id}), is disabled in the school directory, so teacher and ` +
  "admin commands don't work here. If it should be on, please ask IT to turn it back on.";

describe("a teacher or admin whose own account IT disabled", () => {
  let world: TestWorld;
  let teacher: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone());
  });

  it("is told her account is disabled and to ask IT, not to link with /setup, at /guided, /coverage and /unlock", async () => {
    world.memoryDirectory.disable("T2001");
    for (const command of ["/guided S1001", "/coverage", "/unlock S1001", "/clearanswers S1001"]) {
      await teacher.send(command);
      expect(teacher.lastText, command).toBe(disabledWords("Mrs Ng Mei Hua", "T2001"));
      expect(teacher.lastText, command).not.toContain("/setup");
    }
  });

  it("a directory that fails when asked what the disabled link is gives the plain words, not an error", async () => {
    world.memoryDirectory.disable("T2001");
    vi.spyOn(world.memoryDirectory, "findAccount").mockRejectedValue(new Error("connection reset"));
    await teacher.send("/coverage");
    expect(teacher.lastText).toBe(ONLY_STAFF);
  });

  it("an admin IT disabled is told the same", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    world.memoryDirectory.disable("A3001");
    await admin.send("/stats");
    expect(admin.lastText).toBe(disabledWords("Priya Nair (IT)", "A3001"));
  });

  it("a staff conversation open when IT disabled her stops with the same words", async () => {
    await teacher.send("/guided S1002");
    expect(teacher.buttons).toEqual(["I checked them in person", "Cancel"]);
    world.memoryDirectory.disable("T2001");
    await teacher.press("I checked them in person");
    expect(teacher.lastText).toBe(disabledWords("Mrs Ng Mei Hua", "T2001"));
  });

  it("in her language, and in the adult register: anda in Malay, not kamu", async () => {
    world.memoryDirectory.disable("T2001");
    const said: Record<string, string> = {};
    for (const language of ["Bahasa Melayu", "தமிழ்", "中文"]) {
      await teacher.send("/language");
      await teacher.press(language);
      await teacher.send("/guided S1001");
      said[language] = teacher.lastText;
    }
    for (const words of Object.values(said)) {
      expect(words).toContain("Mrs Ng Mei Hua");
      expect(words).toContain("T2001");
      expect(words).toMatch(/IT/);
      expect(words).not.toContain("/setup");
    }
    expect(said["Bahasa Melayu"]).not.toMatch(/\bkamu\b/);
  });

  it("a chat linked to no staff account still gets the plain words: a student's, a disabled student's, nobody's", async () => {
    world.memoryDirectory.disable("T2001");
    const kid = world.chat("wei-ling-phone");
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    // A student's own chat is asked about no account more than before.
    const accountsAsked = vi.spyOn(world.memoryDirectory, "findAccount");
    // Her practice offer, open after set-up, is asked again after the refusal.
    for (const step of ["set up", "disabled by IT"]) {
      if (step === "disabled by IT") {
        expect(accountsAsked).not.toHaveBeenCalled();
        world.memoryDirectory.disable("S1001");
      }
      await kid.send("/guided S1001");
      expect(kid.lastText.split("\n")[0], step).toBe(ONLY_STAFF);
      expect(kid.lastText, step).not.toContain("disabled");
    }
    const stranger = world.chat("stranger");
    await stranger.send("/guided T2001");
    expect(stranger.lastText).toBe(ONLY_STAFF);
  });
});
