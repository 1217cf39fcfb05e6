import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DirectoryUnavailableError } from "../../src/core/errors.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../src/directory/school-file.js";
import { enrolment } from "../store/contract/fixtures.js";
import { openStep } from "../helpers/dialog-helpers.js";
import { useSchoolClock } from "../helpers/security-helpers.js";
import { linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

/** Aisha's real entry, and the second one a botched import gave her id (another class, another password). */
const AISHA = { id: "S1002", password: "River-Kite-34" };
/** A 5B pupil the import doubled within 5B: an id several entries share, outside Mrs Ng's class. */
const CHLOE = { id: "S1004" };
const IMPORTED_PASSWORD = "Imported-Again-1";
const sharedWords = (id: string) =>
  `More than one account in the school directory has the user ID ${id}, so I won't act on it: ` +
  "with this ID, nobody can log in, reset a password or be helped here. " +
  "Please ask IT to fix the directory so that only one account has it.";
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every directory call the world makes from now on, as `method(first argument)`, until restore(). */
function recordDirectoryCalls(world: TestWorld, directory: MemoryDirectory) {
  const log: string[] = [];
  const methods = [
    "findPerson",
    "findAccount",
    "accountPresence",
    "listStudents",
    "listClasses",
    "unlock",
  ] as const;
  const spies = methods.map((method) =>
    vi.spyOn(world.directory, method).mockImplementation(async function (this: unknown, ...args: never[]) {
      log.push(`${method}(${String(args[0]).toLowerCase()})`);
      return (directory[method] as (...a: never[]) => unknown).apply(directory, args) as never;
    }),
  );
  return { log, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

/**
 * Until IT fixes the directory, an id two entries share is nobody the bot may act on: which entry would a
 * set-up link, or a reset change? Every flow treats it as an id the directory does not have.
 */
describe("an id two directory entries share (a botched import)", () => {
  let world: TestWorld;
  let directory: MemoryDirectory;
  let clock: ReturnType<typeof useSchoolClock>;

  beforeEach(async () => {
    clock = useSchoolClock();
    const { people } = await readSchoolFile(DEMO_SCHOOL_FILE);
    const aisha = people.find((p) => p.id === AISHA.id)!;
    const imported = { ...aisha, classes: ["5B"], password: IMPORTED_PASSWORD };
    const chloe = people.find((p) => p.id === CHLOE.id)!;
    const chloeAgain = { ...chloe, name: "Chloe Lim (import)", password: IMPORTED_PASSWORD };
    directory = new MemoryDirectory([...people, imported, chloeAgain]);
    world = await TestWorld.create({}, directory);
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  it("links no chat at set-up, with either entry's password", async () => {
    for (const password of [AISHA.password, IMPORTED_PASSWORD]) {
      const chat = world.chat(`phone-${password}`);
      await chat.send("/setup");
      await chat.send(AISHA.id);
      await chat.send(password);
      expect(chat.lastText).not.toContain("now linked");
      expect(await world.deps.store.linkedPeople(chat.ref)).toEqual([]);
    }
  });

  it("a student linked before the import cannot reset: she is told to ask her form teacher", async () => {
    const kid = world.chat("aisha-phone");
    await world.deps.store.saveEnrolment(AISHA.id, enrolment(Date.now()));
    await world.deps.store.link(kid.ref, AISHA.id);
    await kid.send("/reset");
    expect(kid.lastText).toBe(
      "I can't find your account in the school system. Please ask your form teacher.",
    );
  });

  it("her form teacher and an admin cannot start a guided reset, unlock or clear her answers", async () => {
    const teacher = world.chat("mrs-ng-phone");
    const admin = world.chat("priya-phone");
    await linkStaff(teacher, MRS_NG);
    await linkStaff(admin, PRIYA);
    for (const command of ["/guided S1002", "/unlock S1002", "/clearanswers S1002"]) {
      await teacher.send("/cancel");
      await teacher.send(command);
      await admin.send("/cancel");
      await admin.send(command);
      expect(admin.lastText, command).not.toContain("I can't find anyone with that user ID");
    }
    const events = await world.deps.store.recentAudit(50);
    expect(events.filter((e) => e.outcome === "ok" && e.subject.toLowerCase() === "s1002")).toEqual([]);
  });

  /**
   * Aisha is told to ask her form teacher, and /coverage lists her in Mrs Ng's class: "you can only help
   * students in your classes, check the user ID" would be a dead end for both. Mrs Ng is told what an admin
   * is, since her own class list shows her the id anyway.
   */
  it("her form teacher, whose class lists the id, is told that more than one account has it and IT must fix it", async () => {
    const teacher = world.chat("mrs-ng-phone");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/coverage");
    expect(teacher.lastText).toContain("Aisha Binte Rahman (S1002)");
    for (const command of ["/guided S1002", "/unlock S1002", "/clearanswers s1002"]) {
      await teacher.send(command);
      expect(teacher.lastText, command).toBe(sharedWords(command.slice(command.indexOf(" ") + 1)));
      expect(teacher.buttons, command).toEqual([]);
      expect(await openStep(world, teacher), command).toBeNull();
    }
    // Typed at the "Which student?" prompt.
    await teacher.send("/guided");
    await teacher.send(" S1002 ");
    expect(teacher.lastText).toBe(sharedWords("S1002"));
    expect(await openStep(world, teacher)).toBeNull();
  });

  /**
   * Every id outside her classes (nobody's, another class's student, a staff account, another class's
   * disabled student, an id several entries share in another class) gets the same words and the same
   * directory work: nothing about the id itself beyond the lookup every id gets. Her own class lists are
   * read at her first refusal and kept for a few minutes, whatever the id, so which ids come next changes
   * nothing.
   */
  it("a teacher's refusal of any other id: the same words and the same directory work, the shared id in another class too", async () => {
    directory.disable("S1006");
    const teacher = world.chat("mrs-ng-phone");
    await linkStaff(teacher, MRS_NG);
    const calls = recordDirectoryCalls(world, directory);
    try {
      await teacher.send("/unlock S9998");
      expect(calls.log).toContain("listStudents(4a)");
      const work = new Map<string, { reply: string; calls: string[] }>();
      for (const id of ["S9999", "S1005", "T2002", "S1006", CHLOE.id]) {
        await teacher.send("/cancel");
        calls.log.length = 0;
        await teacher.send(`/unlock ${id}`);
        const replaced = calls.log.map((c) => c.replace(id.toLowerCase(), "<id>"));
        work.set(id, { reply: teacher.lastText, calls: replaced });
      }
      const nobody = work.get("S9999")!;
      expect(nobody.reply).toBe(
        "You can only help students in your classes. Check the user ID and type it again.\nWhich student? Type their user ID.",
      );
      expect(nobody.calls.filter((c) => c.startsWith("accountPresence"))).toEqual([]);
      for (const [id, seen] of work) expect(seen, id).toEqual(nobody);
    } finally {
      calls.restore();
    }
  });

  /**
   * On LDAP a class list is one search per pupil: read for every refused id, a teacher of five classes of
   * thirty would cost the directory about 150 searches per mistyped id.
   */
  it("a teacher's class lists are read once in five minutes, not for every id she is refused", async () => {
    const teacher = world.chat("mrs-ng-phone");
    await linkStaff(teacher, MRS_NG);
    const calls = recordDirectoryCalls(world, directory);
    try {
      for (const id of ["S9999", "S1005", "T2002", "S9998", CHLOE.id, "S1002"]) {
        await teacher.send("/cancel");
        await teacher.send(`/unlock ${id}`);
      }
      expect(teacher.lastText).toBe(sharedWords("S1002"));
      expect(calls.log.filter((c) => c.startsWith("listStudents"))).toEqual(["listStudents(4a)"]);

      clock.advance(5 * 60_000);
      await teacher.send("/cancel");
      await teacher.send("/unlock S9999");
      expect(calls.log.filter((c) => c.startsWith("listStudents"))).toHaveLength(2);
    } finally {
      calls.restore();
    }
  });

  /** A class list the directory could not give is no reason to fail her: she is told what any id gets. */
  it("when her class lists cannot be read, a teacher's refusal is the usual words, not an error", async () => {
    const teacher = world.chat("mrs-ng-phone");
    await linkStaff(teacher, MRS_NG);
    const failing = vi
      .spyOn(world.directory, "listStudents")
      .mockRejectedValue(new DirectoryUnavailableError());
    try {
      for (const id of ["S9999", "S1005", "S1002"]) {
        await teacher.send("/cancel");
        await teacher.send(`/unlock ${id}`);
        expect(teacher.lastText, id).toBe(
          "You can only help students in your classes. Check the user ID and type it again.\nWhich student? Type their user ID.",
        );
      }
    } finally {
      failing.mockRestore();
    }
  });

  /**
   * The ID is right and the directory is wrong: "check it and try again" would send an admin round in
   * circles. She is told what is wrong and who can fix it, and the command ends (typing it again cannot help).
   */
  it("an admin is told that more than one directory account has the id and that IT must fix it", async () => {
    const admin = world.chat("priya-phone");
    await linkStaff(admin, PRIYA);
    const shared = sharedWords;
    for (const command of ["/guided S1002", "/unlock S1002", "/clearanswers S1002"]) {
      await admin.send(command);
      expect(admin.lastText, command).toBe(shared("S1002"));
      expect(admin.buttons, command).toEqual([]);
      expect(await openStep(world, admin), command).toBeNull();
    }
    // Typed at the "Which student?" prompt, in another case.
    await admin.send("/unlock");
    await admin.send("s1002");
    expect(admin.lastText).toBe(shared("s1002"));
    expect(await openStep(world, admin)).toBeNull();

    // Her record (her set-up before the import) is still shown, after the same words.
    const setUp = { at: Date.now(), event: "enrol", actor: "telegram:aisha-phone", subject: AISHA.id };
    await world.deps.store.appendAudit(
      { ...setUp, channel: "telegram", outcome: "ok" },
      { trail: "protected", chat: setUp.actor, personId: AISHA.id },
    );
    await admin.send("/audit S1002");
    expect(admin.lastText).toMatch(new RegExp(`^${escape(shared("S1002"))}\nRecent events about S1002:\n.+`));
    await admin.send("/audit");
    await admin.send("s1002");
    expect(admin.lastText).toMatch(new RegExp(`^${escape(shared("s1002"))}\nRecent events about s1002:\n.+`));

    // An id nobody has still reads as before.
    await admin.send("/guided S9999");
    expect(admin.lastText).toBe(
      "I can't find anyone with that user ID. Please check it and try again.\nWhich student? Type their user ID.",
    );
  });
});
