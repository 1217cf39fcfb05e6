import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryDirectory } from "../../../../src/directory/memory-directory.js";
import {
  DEMO_SCHOOL_FILE,
  readSchoolFile,
  type SchoolFilePerson,
} from "../../../../src/directory/school-file.js";
import { openStep, WEI_LING, WEI_LING_ANSWERS } from "../../../helpers/dialog-helpers.js";
import { useSchoolClock } from "../../../helpers/security-helpers.js";
import {
  guidedCodeSent,
  linkedOnOwnPhone,
  MRS_NG,
  noticesTo,
  PRIYA,
} from "../../../helpers/staff-helpers.js";
import { TestWorld, type TestChat } from "../../../helpers/test-world.js";

const sharedWords = (id: string) =>
  `More than one account in the school directory has the user ID ${id}, so I won't act on it: ` +
  "with this ID, nobody can log in, reset a password or be helped here. " +
  "Please ask IT to fix the directory so that only one account has it.";

/**
 * A guided reset reads the student from the directory again before a code goes out and before the password
 * is set. If IT's import gave the id to a second entry meanwhile, or deleted the account, the staff member
 * (an admin, or the teacher of the pupil the reset began with) is told that, not "you can only help students
 * in your classes".
 */
describe("a guided reset whose student's id the directory shares, or lost, meanwhile", () => {
  let world: TestWorld;
  let directory: MemoryDirectory;
  let people: SchoolFilePerson[];
  let kid: TestChat;
  let admin: TestChat;

  beforeEach(async () => {
    useSchoolClock();
    people = (await readSchoolFile(DEMO_SCHOOL_FILE)).people;
    directory = new MemoryDirectory(people);
    world = await TestWorld.create({}, directory);
    kid = world.chat("wei-ling-phone");
    admin = await linkedOnOwnPhone(world, PRIYA);
    await kid.setUp(WEI_LING.id, WEI_LING.password, WEI_LING_ANSWERS);
  });
  afterEach(async () => {
    await world.close();
    vi.useRealTimers();
  });

  /** IT's import gives Wei Ling's id to a second entry (in another class). */
  function importWeiLingAgain(): void {
    const weiLing = people.find((p) => p.id === WEI_LING.id)!;
    directory.add({ ...weiLing, classes: ["5B"], password: "Imported-Again-1" });
  }

  const codesTo = (chat: TestChat) =>
    noticesTo(world, chat).filter((n) => n.reply.text.key.startsWith("guided.code")).length;

  it("an admin about to send a code is told that more than one account has the id now, and no code goes out", async () => {
    await admin.send("/guided S1001");
    importWeiLingAgain();
    await admin.press("Send a code");
    expect(admin.lastText).toBe(sharedWords("S1001"));
    expect(await openStep(world, admin)).toBeNull();
    expect(codesTo(kid)).toBe(0);
  });

  it("an admin typing the code the child read out is told the same, and no password is set", async () => {
    const code = await guidedCodeSent(world, admin, kid);
    importWeiLingAgain();
    await admin.send(code);
    expect(admin.lastText).toBe(sharedWords("S1001"));
    expect(await world.deps.store.recentAudit(50)).not.toContainEqual(
      expect.objectContaining({ event: "guided-reset", outcome: "ok" }),
    );
  });

  it("an admin's in-person check of a student IT deleted meanwhile: told the account is gone, nothing changed", async () => {
    await admin.send("/guided S1001");
    await admin.press("They can't use their chat");
    directory.remove(WEI_LING.id);
    await admin.press("Yes, I checked");
    expect(admin.lastText).toBe(
      "I can no longer find S1001 in the school directory, so I stopped. Nothing was changed. If S1001 should still be there, please ask IT.",
    );
    // The chat was not unlinked either.
    expect(await world.deps.store.linkedChat(WEI_LING.id)).not.toBeNull();
  });

  it("her form teacher's in-person check of a pupil IT deleted meanwhile: told the account is gone, not 'only your classes'", async () => {
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await teacher.send("/guided S1002");
    await teacher.press("I checked them in person");
    directory.remove("S1002");
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toBe(
      "I can no longer find S1002 in the school directory, so I stopped. Nothing was changed. If S1002 should still be there, please ask IT.",
    );
    expect(teacher.buttons).toEqual([]);
    expect(await openStep(world, teacher)).toBeNull();
    // Nothing was set: no guided reset, and the directory has no S1002 to hold a password.
    expect(await world.deps.store.recentAudit(50)).not.toContainEqual(
      expect.objectContaining({ event: "guided-reset", outcome: "ok" }),
    );
    expect(await world.deps.directory.findAccount("S1002")).toBeNull();
  });

  it("her form teacher waiting to send a code to a pupil IT deleted meanwhile hears the same, and no code goes out", async () => {
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await teacher.send("/guided S1001");
    directory.remove(WEI_LING.id);
    await teacher.press("Send a code");
    expect(teacher.lastText).toBe(
      "I can no longer find S1001 in the school directory, so I stopped. Nothing was changed. If S1001 should still be there, please ask IT.",
    );
    expect(codesTo(kid)).toBe(0);
  });

  it("a pupil IT disables between the recheck and the change: the directory sets nothing, and her teacher is told it is disabled", async () => {
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await teacher.send("/guided S1002");
    await teacher.press("I checked them in person");
    world.directory.duringSetPassword = async () => directory.disable("S1002");
    await teacher.press("Yes, I checked");
    expect(teacher.lastText).toBe(
      "Aisha Binte Rahman's account is disabled in the school directory, so I can't help with it here. If it should be on, please ask IT to turn it back on.",
    );
    expect(directory.mustChangePassword("S1002")).toBe(false);
    expect(await world.deps.store.recentAudit(50)).not.toContainEqual(
      expect.objectContaining({ event: "guided-reset", outcome: "ok" }),
    );
    expect(world.logs.lines.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });

  it("an admin whose student's account IT made a staff account meanwhile is told where staff passwords are reset", async () => {
    await admin.send("/guided S1001");
    const weiLing = people.find((p) => p.id === WEI_LING.id)!;
    directory.remove(WEI_LING.id);
    directory.add({ ...weiLing, role: "teacher" });
    await admin.press("Send a code");
    expect(admin.lastText).toContain(
      "Tan Wei Ling is a staff account, and these commands are only for students.",
    );
    expect(codesTo(kid)).toBe(0);
  });

  it("her form teacher, whose class list still shows the id, is told the same words about the shared id", async () => {
    const teacher = await linkedOnOwnPhone(world, MRS_NG);
    await teacher.send("/guided S1001");
    importWeiLingAgain();
    await teacher.press("Send a code");
    expect(teacher.lastText).toBe(sharedWords("S1001"));
    expect(codesTo(kid)).toBe(0);
  });
});
