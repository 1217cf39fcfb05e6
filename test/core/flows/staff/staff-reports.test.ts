import { beforeEach, describe, expect, it, vi } from "vitest";
import { reasonText } from "../../../../src/core/flows/staff/audit-reasons.js";
import { translate } from "../../../../src/core/i18n/translate.js";
import type { Person } from "../../../../src/core/ports/directory.js";
import { WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import {
  linkedOnOwnPhone,
  MR_LEE,
  MRS_NG,
  noticesTo,
  PRIYA,
  staffRefusals,
  teacherOnOwnPhone,
} from "../../../helpers/staff-helpers.js";
import type { TestChat, TestWorld } from "../../../helpers/test-world.js";
import { logOut } from "../../../helpers/logout.js";

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
    ({ world, phone: teacher } = await teacherOnOwnPhone());
    kid = world.chat("wei-ling-phone");
    admin = await linkedOnOwnPhone(world, PRIYA);
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
      await logOut(kid);
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
      await logOut(kid);
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
      await logOut(kid);
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

  describe("/audit ID: events about the person, and by them", () => {
    it("several IDs at once ('S1001 S1002') are told to be one at a time, not 'no events about S1001 S1002'", async () => {
      await admin.send("/audit S1001 S1002");
      expect(admin.lastText).toBe("One person at a time, please: type /audit and one user ID.");
      await admin.send("/audit S1001, T2001");
      expect(admin.lastText).toBe("One person at a time, please: type /audit and one user ID.");
      // One ID still shows its record.
      await admin.send("/audit S1001");
      expect(admin.lastText).not.toContain("One person at a time");
    });

    it("shows a teacher's own staff actions (guided resets, unlocks, clears), saying whom each was about", async () => {
      await lostPhoneGuidedReset();
      await world.failStudent("S1001", 5);
      await teacher.send("/unlock S1001");
      // Nothing left to lift: an attempt, listed apart.
      await teacher.send("/unlock S1001");
      await teacher.send("/clearanswers S1001");
      await teacher.press("Yes, clear them");

      await admin.send("/audit t2001");
      const report = admin.lastText;
      expect(report).toContain("Recent events about T2001:");
      expect(report).toMatch(/chat link: done \(telegram, by telegram:mrs-ng-phone\)/);
      expect(report).toContain("Recent events by T2001 (from the school-wide record):");
      const by = report.slice(report.indexOf("Recent events by T2001"));
      expect(by).toMatch(/UTC {2}guided reset: done \(telegram, about S1001\) – in person, chat unlinked/);
      expect(by).toMatch(/UTC {2}chat unlink: done \(telegram, about S1001\) – guided reset: chat lost/);
      expect(by).toMatch(/UTC {2}unlock: done \(telegram, about S1001\) – suspension lifted/);
      const attempts = by.slice(by.indexOf("Attempts by T2001:"));
      expect(attempts).toMatch(/UTC {2}unlock: noted \(telegram, about S1001\) – was not suspended/);
      expect(by).toMatch(/UTC {2}clearing secret answers: done \(telegram, about S1001\)/);
      // Newest first, as in the part about the person.
      expect(by.indexOf("clearing secret answers")).toBeLessThan(by.indexOf("guided reset: done"));
    });

    it("shows a teacher's refused attempts on another class's students, whom and what each was", async () => {
      const other = await linkedOnOwnPhone(world, MR_LEE);
      await other.send("/unlock S1001");
      await other.send("/unlock S1002");
      await other.send("/clearanswers S1002");
      await other.send("/coverage 4A");
      await other.send("/stats");

      await admin.send("/audit T2002");
      const report = admin.lastText;
      expect(report).toContain("Attempts by T2002:");
      const attempts = report.slice(report.indexOf("Attempts by T2002:")).split("\n").slice(1);
      expect(attempts.map((line) => line.replace(/^.* UTC {2}/, ""))).toEqual([
        "staff command: refused (telegram) – the /stats command",
        "staff command: refused (telegram, about class:4A) – the /coverage command",
        "staff command: refused (telegram, about S1002) – the /clearanswers command",
        "staff command: refused (telegram, about S1002) – the /unlock command",
        "staff command: refused (telegram, about S1001) – the /unlock command",
      ]);
    });

    it("says who made the attempts about a person", async () => {
      const other = await linkedOnOwnPhone(world, MR_LEE);
      for (let i = 0; i < 3; i++) await other.send("/unlock S1001");
      await admin.send("/audit S1001");
      const report = admin.lastText;
      expect(report).toContain("Attempts (per day):");
      expect(report).toContain("2026-03-02  staff command: refused × 3 – by T2002 × 3");
    });

    it("names attempts that only the counters kept as not recorded", async () => {
      const other = await linkedOnOwnPhone(world, MR_LEE);
      await other.send("/unlock S1001");
      await other.send("/unlock S1001");
      // As if the stream had kept one (a chat over its audit rate, say): the counters still have both.
      const tried = await world.deps.store.attemptActorsOf("S1001");
      vi.spyOn(world.deps.store, "attemptActorsOf").mockResolvedValue(
        tried.map((t) => (t.event === "staff-refused" ? { ...t, count: t.count - 1 } : t)),
      );
      await admin.send("/audit S1001");
      expect(admin.lastText).toContain("staff command: refused × 2 – by T2002 × 1, not recorded × 1");
    });

    it("shows the newest 30 days of attempts and says how many earlier days there are and how to see them", async () => {
      // A school that keeps its record a year, and a student tried on 40 days (the counters keep each day).
      const day = (i: number) => new Date(Date.UTC(2026, 2, 2) - i * 86_400_000).toISOString().slice(0, 10);
      const counts = Array.from({ length: 40 }, (_, i) => [
        { day: day(i).replaceAll("-", ""), event: "reset-answers", outcome: "failed" as const, count: 3 },
        { day: day(i).replaceAll("-", ""), event: "staff-refused", outcome: "refused" as const, count: 1 },
      ]).flat();
      vi.spyOn(world.deps.store, "attemptCountsOf").mockResolvedValue(counts);

      await admin.send("/audit S1001");
      const lines = admin.lastText.split("\n");
      const attempts = lines.slice(lines.indexOf("Attempts (per day):") + 1);
      // Both kinds of each of the newest 30 days, newest first; then one line for the 10 days before.
      expect(attempts).toHaveLength(61);
      expect(attempts[0]).toMatch(/^2026-03-02 {2}/);
      expect(attempts[59]).toMatch(/^2026-02-01 {2}/);
      expect(attempts[60]).toBe(
        "…and attempts on 10 earlier days, back to 2026-01-22. On the server, npm run audit -- --since 2026-01-22 --person S1001 lists the ones on record.",
      );
    });

    it("quotes an odd typed id in the server command, so pasting it runs nothing else", async () => {
      const day = (i: number) => new Date(Date.UTC(2026, 2, 2) - i * 86_400_000).toISOString().slice(0, 10);
      const counts = Array.from({ length: 31 }, (_, i) => ({
        day: day(i).replaceAll("-", ""),
        event: "staff-refused",
        outcome: "refused" as const,
        count: 1,
      }));
      vi.spyOn(world.deps.store, "attemptCountsOf").mockResolvedValue(counts);

      await admin.send("/audit x:4A $(touch x) it's");
      expect(admin.lastText).toContain(
        "npm run audit -- --since 2026-01-31 --person 'x:4A $(touch x) it'\\''s' lists the ones on record.",
      );
      await admin.send("/audit tan.wl@school.edu");
      expect(admin.lastText).toContain("--person tan.wl@school.edu lists");
    });

    // "class:" is how the record names a class: one typed wrong is told as a class, with the classes there
    // are, never "no events about or by class:" as if it were a person's ID.
    it.each([
      ["class:", "I can't find that class."],
      ["Class :", "I can't find that class."],
      // The word alone, without the colon, in each language: no person's ID either.
      ["class", "I can't find that class."],
      ["Classes.", "I can't find that class."],
      ["kelas", "I can't find that class."],
      ["班", "I can't find that class."],
      ["வகுப்பு", "I can't find that class."],
      ["class:4A 5B extra", "I can't find that class."],
      ["class:4A $(touch x) it's", "I can't find that class."],
      ['class:"4A', "4A is a class."],
    ])("/audit %s: told as a class, with the classes there are", async (typed, said) => {
      await admin.send(`/audit ${typed}`);
      expect(admin.lastText.slice(0, said.length)).toBe(said);
      expect(admin.lastText).toContain("4A");
      expect(admin.lastText).not.toContain("no events about or by");
    });

    it.each(["class:", "class"])(
      '"%s" alone at "Whose record?" is told the classes, and asked again',
      async (typed) => {
        await admin.send("/audit");
        await admin.send(typed);
        expect(admin.lastText).toBe(
          "I can't find that class. The classes are: 4A, 5B. Type a user ID or a class. To stop, type /cancel.\nWhose record do you want to see? Type their user ID.",
        );
      },
    );

    it("says when there is nothing about or by the person", async () => {
      await admin.send("/audit S1005");
      expect(admin.lastText).toBe(
        "Muhammad Hafiz (S1005), student in 5B; no chat linked now.\nThere are no events about or by S1005 yet.",
      );
    });

    it("a name typed for the ID ('Tan Wei Ling', who has events) is told to be an ID, not 'no events about Tan Wei Ling'", async () => {
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      const typeAnId =
        "That looks like a name. Type /audit and the person's user ID instead: /coverage shows a student's ID beside their name.";
      await admin.send("/audit Tan Wei Ling");
      expect(admin.lastText).toBe(typeAnId);
      // At "Whose record?" it is asked again (audit-prompt-typed-again.test.ts): nothing says type /audit.
      await admin.send("/audit");
      await admin.send("Tan Wei Ling");
      expect(admin.lastText).not.toContain("/audit");
      expect(admin.lastText).toContain("Whose record do you want to see? Type their user ID.");
      await admin.send("/cancel");
      // Her ID still shows her record.
      await admin.send("/audit S1001");
      expect(admin.lastText).toContain("Recent events about S1001:");
    });

    it("an ID nobody in the directory has, and nothing on record, is told so, not 'no events yet'", async () => {
      const nobody = (id: string) =>
        `Nobody in the school directory has the user ID ${id}, and there are no events about or by it. Check the user ID, then type /audit and the ID again.`;
      await admin.send("/audit S9999");
      expect(admin.lastText).toBe(nobody("S9999"));
      await admin.send("/audit");
      await admin.send("s9999.");
      expect(admin.last.replies[0]?.text).toEqual({
        key: "audit.nobodyWithIdTypeAgain",
        params: { id: "s9999" },
      });
    });

    it("the name's and the unknown ID's words are in every language, with the ID as typed", async () => {
      for (const [language, command] of [
        ["Bahasa Melayu", "/audit"],
        ["தமிழ்", "/audit"],
        ["中文", "/audit"],
      ] as const) {
        await admin.send("/language");
        await admin.press(language);
        await admin.send("/audit Tan Wei Ling");
        expect(admin.lastText).toContain(command);
        expect(admin.lastText).toContain("/coverage");
        expect(admin.lastText).not.toContain("Tan Wei Ling");
        await admin.send("/audit S9999");
        expect(admin.lastText).toContain("S9999");
        expect(admin.lastText).toContain(command);
        expect(admin.lastText).not.toBe(
          translate({ key: "audit.noneAboutOrBy", params: { id: "S9999" } }, admin.last.replies[0]?.language),
        );
      }
    });

    it("reads the same in Chinese: no English word, only ids and channel names", async () => {
      await lostPhoneGuidedReset();
      const other = await linkedOnOwnPhone(world, MR_LEE);
      await other.send("/unlock S1001");
      await admin.send("/language");
      await admin.press("中文");
      await admin.send("/audit T2001");
      const byTeacher = admin.lastText;
      await admin.send("/audit S1001");
      const aboutStudent = admin.lastText;
      await admin.send("/audit T2002");
      const byOther = admin.lastText;
      // The directory's names and classes (its own words) head each report.
      const names = ["Mrs", "Ng", "Mei", "Hua", "Tan", "Wei", "Ling", "Mr", "David", "Lee", "A", "B"];
      for (const report of [byTeacher, aboutStudent, byOther]) {
        const latin = report.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
        for (const word of latin)
          expect(
            [
              "S",
              "T",
              "UTC",
              "telegram",
              "unlock",
              "mrs-ng-phone",
              "wei-ling-phone",
              "mr-lee-phone",
              ...names,
            ],
            report,
          ).toContain(word);
      }
    });
  });

  describe("the re-link's audit note", () => {
    it("names the chat the link moved from, and /audit shows it", async () => {
      // Telegram's user ids as they are today (10 digits): the note fits the person's compact trail whole.
      const oldPhone = world.chat("7012345678");
      await oldPhone.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      const newPhone = world.chat("8012345678");
      await newPhone.send("/setup");
      await newPhone.send(WEI_LING.id);
      await newPhone.send(WEI_LING.password);
      const relink = (await world.deps.store.recentAudit(50)).find((e) => e.event === "relink");
      expect(relink).toMatchObject({
        actor: "telegram:8012345678",
        subject: "S1001",
        reason: "was telegram:7012345678",
      });
      await admin.send("/audit S1001");
      expect(admin.lastText).toMatch(
        /UTC {2}chat link moved here: noted \(telegram, by telegram:8012345678\) – moved from telegram:7012345678$/m,
      );
    });

    it("a note stored by an older version (the channel only) still reads as before", () => {
      const words = (language: string) => {
        const text = reasonText("relink", "was telegram", (t) => translate(t, language));
        return text === null ? null : translate(text, language);
      };
      expect(words("en")).toBe("was telegram");
      expect(words("zh")).toBe("原来在 telegram");
    });
  });

  /** IT takes Mrs Ng out of 4A's class group. */
  function removeMrsNgFromHerClass() {
    const directory = world.deps.directory;
    const find = directory.findPerson.bind(directory);
    vi.spyOn(directory, "findPerson").mockImplementation(async (id: string): Promise<Person | null> => {
      const person = await find(id);
      return person?.id === MRS_NG.id ? { ...person, classes: [] } : person;
    });
  }

  it("a teacher refused when she confirms a guided reset (removed from the class meanwhile) is audited", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("I checked them in person");
    expect(teacher.buttons).toEqual(["Yes, I checked", "Cancel"]);
    removeMrsNgFromHerClass();
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toBe("You can only help students in your classes.");
    expect(await world.memoryDirectory.authenticate("S1001", WEI_LING.password)).not.toBeNull();
    const refused = await staffRefusals(world);
    expect(refused.map((e) => [e.actor, e.subject, e.outcome, e.reason])).toEqual([
      ["T2001", "S1001", "refused", "guided"],
    ]);
  });

  it("so is one refused when she asks for a code to be sent, and the student's chat gets no code", async () => {
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
    await teacher.send("/guided S1001");
    removeMrsNgFromHerClass();
    await teacher.press("Send a code");
    expect(teacher.lastText).toBe("You can only help students in your classes.");
    expect(noticesTo(world, kid)).toEqual([]);
    const refused = await staffRefusals(world);
    expect(refused.map((e) => [e.actor, e.subject, e.reason])).toEqual([["T2001", "S1001", "guided"]]);
  });

  describe("/coverage CLASS", () => {
    it("an admin naming a class that does not exist is told so, and which classes there are", async () => {
      await admin.send("/coverage 9Z");
      expect(admin.lastText).toBe("There is no class 9Z in the school directory. The classes are: 4A, 5B.");
    });

    it("names the class as the directory spells it, however it was typed", async () => {
      await admin.send("/coverage 4a");
      expect(admin.lastText).toContain("Class 4A: 3 students, 0 set up.");
      await teacher.send("/coverage 4a");
      expect(teacher.lastText).toContain("Class 4A: 3 students, 0 set up.");
    });

    it.each(["Class 4A", "class 4a", "4A.", "Kelas 4A", "வகுப்பு 4A", "4A班", "4A 班"])(
      "reads '%s' from her as her own class 4A, not as another class refused and audited",
      async (typed) => {
        await teacher.send(`/coverage ${typed}`);
        expect(teacher.lastText).toContain("Class 4A: 3 students, 0 set up.");
        const refused = await staffRefusals(world);
        expect(refused).toEqual([]);
      },
    );

    it.each(["4 A", "4-A", "4 a", "Class 4 A", "4 A."])(
      "reads '%s' (a space or dash inside the name) from her as her own class 4A, not as another class",
      async (typed) => {
        await teacher.send(`/coverage ${typed}`);
        expect(teacher.lastText).toContain("Class 4A: 3 students, 0 set up.");
        const refused = await staffRefusals(world);
        expect(refused).toEqual([]);
        await admin.send(`/coverage ${typed}`);
        expect(admin.lastText).toContain("Class 4A: 3 students, 0 set up.");
      },
    );

    it("refuses another class typed with a space as it refuses it typed without one, audited as the directory spells it", async () => {
      await teacher.send("/coverage 5 B");
      expect(teacher.lastText).toBe(
        "You can only see your own classes. Your class is 4A: type /coverage to see it.",
      );
      const refused = await staffRefusals(world);
      expect(refused.map((e) => e.subject)).toEqual(["class:5B"]);
    });

    it("still refuses, and audits, another class however it is written", async () => {
      await teacher.send("/coverage Class 5B");
      expect(teacher.lastText).toBe(
        "5B is not one of your classes. Your class is 4A: type /coverage to see it.",
      );
      const refused = await staffRefusals(world);
      expect(refused.map((e) => e.subject)).toEqual(["class:5B"]);
    });
  });

  describe("a class with a disabled student and a set-up student with no chat linked", () => {
    /** Aisha set up and logged out, then IT disabled her account; Wei Ling set up and logged out. */
    async function disabledAndNoChat() {
      const aisha = world.chat("aisha-phone");
      await aisha.setUp("S1002", "River-Kite-34", WEI_LING_ANSWERS);
      await logOut(aisha);
      world.memoryDirectory.disable("S1002");
      await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
      await logOut(kid);
      expect(await world.deps.store.getEnrolment("S1002")).not.toBeNull();
      expect(await world.deps.store.linkedChat("S1002")).toBeNull();
    }

    it("/coverage lists both apart, and counts only the students who can set up", async () => {
      await disabledAndNoChat();
      await teacher.send("/coverage");
      expect(teacher.lastText).toBe(
        [
          "Class 4A: 2 students, 1 set up.",
          "Not set up yet:",
          "• Arjun Kumar (S1003)",
          "Set up, but no chat linked (they must type /setup again before they can reset by themselves):",
          "• Tan Wei Ling (S1001)",
          "Suspended:",
          "• nobody",
          "Disabled in the school directory (IT can turn them back on):",
          "• Aisha Binte Rahman (S1002)",
        ].join("\n"),
      );
    });

    it("/stats says both, and the disabled student (set up, no chat) is not counted as having no chat", async () => {
      await disabledAndNoChat();
      await admin.send("/stats");
      expect(admin.lastText).toContain(
        "• 4A: 1 of 2 set up, 1 of them with no chat linked (they need /setup again), 1 disabled in the school directory\n",
      );
      expect(admin.lastText).toContain("• 5B: 0 of 3 set up\n");
    });

    it("/stats says both in every language", async () => {
      await disabledAndNoChat();
      for (const [language, noChat, disabled] of [
        [
          "Bahasa Melayu",
          "1 daripadanya tiada sembang disambungkan",
          "1 dinyahdayakan dalam direktori sekolah",
        ],
        ["தமிழ்", "ஒருவருக்கு அரட்டை இணைக்கப்படவில்லை", "ஒருவர் பள்ளி அடைவில் முடக்கப்பட்டுள்ளார்"],
        ["中文", "其中 1 人没有连接聊天", "1 人在学校的目录系统里被停用"],
      ] as const) {
        await admin.send("/language");
        await admin.press(language);
        await admin.send("/stats");
        const line = admin.lastText.split("\n").find((l) => l.startsWith("• 4A"));
        expect(line, language).toContain(noChat);
        expect(line, language).toContain(disabled);
      }
    });
  });

  it("a guided reset refused at its recheck because IT disabled the student meanwhile is audited", async () => {
    await teacher.send("/guided S1001");
    await teacher.press("I checked them in person");
    world.memoryDirectory.disable("S1001");
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toContain("disabled in the school directory");
    const refused = await staffRefusals(world);
    expect(refused.map((e) => [e.actor, e.subject, e.outcome, e.reason])).toEqual([
      ["T2001", "S1001", "refused", "guided"],
    ]);
  });
});
