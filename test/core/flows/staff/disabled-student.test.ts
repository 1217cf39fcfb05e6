import { beforeEach, describe, expect, it } from "vitest";
import { linkedOnOwnPhone, PRIYA, staffRefusals, teacherOnOwnPhone } from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";

/** What a teacher or admin reads about one of her students whose account IT switched off. */
const disabledWords = (name: string) =>
  `${name}'s account is disabled in the school directory, so I can't help with it here. ` +
  "If it should be on, please ask IT to turn it back on.";
/** What an admin reads instead: she is IT, and turns it back on herself. */
const disabledWordsForAdmins = (name: string) =>
  `${name}'s account is disabled in the school directory, so I can't help with it here. ` +
  "If it should be on, turn it back on in the directory first, then try again.";
const NOT_YOURS = "You can only help students in your classes.";
const NOBODY =
  "I can't find anyone with that user ID. Please check it and type it again. To stop, type /cancel.";

describe("a student whose account is disabled in the school directory", () => {
  let world: TestWorld;
  let teacher: TestChat;
  let admin: TestChat;

  beforeEach(async () => {
    ({ world, phone: teacher } = await teacherOnOwnPhone());
    admin = await linkedOnOwnPhone(world, PRIYA);
  });

  it("her form teacher is told plainly that it is disabled and to ask IT, for /guided, /unlock and /clearanswers", async () => {
    world.memoryDirectory.disable("S1001");
    for (const command of ["/guided S1001", "/unlock S1001", "/clearanswers S1001"]) {
      await teacher.send(command);
      expect(teacher.lastText, command).toBe(disabledWords("Tan Wei Ling"));
      expect(teacher.buttons, command).toEqual([]);
    }
    // Refused and audited, like every refused staff action; nothing was done to the account.
    const refused = await staffRefusals(world);
    expect(refused.map((e) => [e.subject, e.reason, e.actor]).sort()).toEqual([
      ["S1001", "clear", "T2001"],
      ["S1001", "guided", "T2001"],
      ["S1001", "unlock", "T2001"],
    ]);
    expect(await world.deps.directory.findPerson("S1001")).toBeNull();
  });

  it("an admin is told it is disabled too, where today she read that nobody has that id", async () => {
    world.memoryDirectory.disable("S1004");
    await admin.send("/guided S1004");
    expect(admin.lastText).toBe(disabledWordsForAdmins("Chloe Lim"));
    await admin.send("/unlock");
    await admin.send("s1004");
    expect(admin.lastText).toBe(disabledWordsForAdmins("Chloe Lim"));
  });

  it("an admin, who is IT, is told to turn it back on in the directory, not to ask IT", async () => {
    world.memoryDirectory.disable("S1001");
    for (const command of ["/clearanswers S1001", "/unlock S1001", "/guided S1001"]) {
      await admin.send(command);
      expect(admin.lastText, command).toBe(disabledWordsForAdmins("Tan Wei Ling"));
      expect(admin.lastText, command).not.toContain("ask IT");
      expect(admin.buttons, command).toEqual([]);
    }
    const said: Record<string, string> = {};
    for (const language of ["Bahasa Melayu", "தமிழ்", "中文"]) {
      await admin.send("/language");
      await admin.press(language);
      await admin.send("/unlock S1001");
      said[language] = admin.lastText;
    }
    expect(said["Bahasa Melayu"]).toContain("Tan Wei Ling");
    expect(said["Bahasa Melayu"]).not.toMatch(/\bkamu\b/);
    expect(said["Bahasa Melayu"]).not.toContain("minta IT");
    expect(said["தமிழ்"]).toContain("Tan Wei Ling");
    expect(said["தமிழ்"]).not.toContain("IT-யிடம்");
    expect(said["中文"]).toContain("Tan Wei Ling");
    expect(said["中文"]).not.toContain("请让 IT");
  });

  it("an admin's guided reset stopped because IT switched the account off meanwhile says her words too", async () => {
    await admin.send("/guided S1002");
    world.memoryDirectory.disable("S1002");
    await admin.press("I checked them in person");
    await admin.press("Yes, I checked");
    expect(admin.lastText).toBe(disabledWordsForAdmins("Aisha Binte Rahman"));
  });

  it("another class's disabled student and an unknown id get the same words as before, so nothing can be probed", async () => {
    /** What the chat is told for a command given afresh (each refusal may leave a "Which student?" open). */
    const answer = async (chat: TestChat, command: string) => {
      await chat.send("/cancel");
      await chat.send(command);
      return { text: chat.lastText, buttons: chat.buttons };
    };
    const enabledOtherClass = await answer(teacher, "/guided S1004");
    expect(enabledOtherClass.text).toContain(NOT_YOURS.slice(0, -1));
    world.memoryDirectory.disable("S1004");
    for (const command of ["/guided S1004", "/unlock S1004", "/clearanswers S1004", "/guided S9999"]) {
      const words = await answer(teacher, command);
      expect(words, command).toEqual(await answer(teacher, command.replace(/S\d+$/, "S1005")));
      expect(words.text, command).not.toContain("disabled");
    }
    const unknown = await answer(admin, "/guided S9999");
    expect(unknown.text).toContain(NOBODY);
    // A disabled staff account is not a student: an admin reads what an unknown id gets.
    world.memoryDirectory.disable("T2002");
    expect(await answer(admin, "/guided T2002")).toEqual(unknown);
  });

  it("in her teacher's language and register: anda in Malay, நீங்கள் in Tamil", async () => {
    world.memoryDirectory.disable("S1001");
    const said: Record<string, string> = {};
    for (const language of ["Bahasa Melayu", "தமிழ்", "中文"]) {
      await teacher.send("/language");
      await teacher.press(language);
      await teacher.send("/guided S1001");
      said[language] = teacher.lastText;
    }
    expect(said["Bahasa Melayu"]).toContain("Tan Wei Ling");
    expect(said["Bahasa Melayu"]).toMatch(/\bIT\b/);
    expect(said["Bahasa Melayu"]).not.toMatch(/\bkamu\b/);
    expect(said["தமிழ்"]).toContain("Tan Wei Ling");
    expect(said["தமிழ்"]).toMatch(/IT/);
    expect(said["中文"]).toContain("Tan Wei Ling");
    for (const words of Object.values(said)) expect(words).not.toBe(NOT_YOURS);
  });

  it("a guided reset started before IT switched the account off stops with the same words, and sets no password", async () => {
    await teacher.send("/guided S1002");
    expect(teacher.buttons).toEqual(["I checked them in person", "Cancel"]);
    world.memoryDirectory.disable("S1002");
    await teacher.press("I checked them in person");
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toBe(disabledWords("Aisha Binte Rahman"));
    const events = await world.deps.store.recentAudit(50);
    expect(events.some((e) => e.event === "guided-reset")).toBe(false);
  });

  it("/coverage does not count her as 'not set up': she is listed apart, as disabled, with what to do", async () => {
    world.memoryDirectory.disable("S1002");
    await teacher.send("/coverage");
    expect(teacher.lastText).toBe(
      [
        "Class 4A: 2 students, 0 set up.",
        "Not set up yet:",
        "• Arjun Kumar (S1003)",
        "• Tan Wei Ling (S1001)",
        "Suspended:",
        "• nobody",
        "Disabled in the school directory (IT can turn them back on):",
        "• Aisha Binte Rahman (S1002)",
      ].join("\n"),
    );
  });

  it("/stats counts a class's disabled students apart from those who can set up", async () => {
    world.memoryDirectory.disable("S1002");
    await admin.send("/stats");
    expect(admin.lastText).toContain("• 4A: 0 of 2 set up, 1 disabled in the school directory");
    expect(admin.lastText).toContain("• 5B: 0 of 3 set up\n");
  });
});
