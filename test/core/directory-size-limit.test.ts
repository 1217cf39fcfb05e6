/**
 * The directory stopped a class list at its size limit for the bot's account (a school bigger than slapd's
 * default 500 entries, test/directory/ldap/ldap-size-limit.test.ts). The staff member who asked must hear
 * that plainly, and what IT must change, not "the school system is not answering": it is answering, and
 * students can still reset. Nor is it an outage alert for the admins.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DirectorySizeLimitError } from "../../src/core/errors.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../src/directory/school-file.js";
import { linkedOnOwnPhone, linkStaff, MRS_NG, PRIYA } from "../helpers/staff-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

const cutShort = () =>
  new DirectorySizeLimitError("listClasses", "LDAP 4 SizeLimitExceededError: Size limit exceeded");

/** The demo school, whose class lists the directory stops at its size limit. */
async function schoolAtItsSizeLimit(): Promise<MemoryDirectory> {
  const directory = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
  directory.listClasses = () => Promise.reject(cutShort());
  directory.listStudents = () => Promise.reject(cutShort());
  return directory;
}

describe("a class list the directory stops at its size limit", () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await TestWorld.create({}, await schoolAtItsSizeLimit());
  });
  afterEach(async () => {
    await world.close();
  });

  it("/stats tells the admin it is the directory's size limit and what IT must raise, not that it is down", async () => {
    const admin = await linkedOnOwnPhone(world, PRIYA);
    await admin.send("/stats");
    expect(admin.lastText).toContain("size limit");
    expect(admin.lastText).toContain("LDAP_BIND_DN");
    expect(admin.lastText).toContain("students can still reset");
    expect(admin.lastText).not.toContain("not answering");
    expect(world.alerts.ofKind("directory-error")).toHaveLength(0);
  });

  it("so does a teacher's /coverage, and the chat goes on working", async () => {
    const teacher = world.chat("ng-phone");
    await linkStaff(teacher, MRS_NG);
    await teacher.send("/coverage");
    expect(teacher.lastText).toContain("size limit");
    expect(teacher.lastText).not.toContain("not answering");
    await teacher.send("/help");
    expect(teacher.lastText).not.toContain("size limit");
  });
});
