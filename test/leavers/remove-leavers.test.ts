import { randomBytes } from "node:crypto";
import RedisMock from "ioredis-mock";
import type { Client } from "ldapts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DirectoryUnavailableError } from "../../src/core/errors.js";
import type { Store } from "../../src/core/ports/store.js";
import { loadConfig } from "../../src/config/load-config.js";
import { removeLeavers, TooManyLeaversError } from "../../src/leavers/remove-leavers.js";
import { LdapDirectory } from "../../src/directory/ldap/ldap-directory.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE, readSchoolFile } from "../../src/directory/school-file.js";
import { storeKeys } from "../../src/store/keys.js";
import { packEnrolment } from "../../src/store/packed-enrolment.js";
import { createPersonRecords, type PersonRecords } from "../../src/store/person-records.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { leaversReport } from "../../src/tools/leavers-report.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { SwitchableDirectory } from "../helpers/failing-directory.js";
import { enrolment, LINK_RULE, STUDENT_RULE } from "../store/contract/fixtures.js";

const NOW = Date.parse("2026-11-20T08:00:00Z");

describe("removing the records of people who left the school", () => {
  let redis: InstanceType<typeof RedisMock>;
  let prefix: string;
  let store: Store;
  let people: PersonRecords;
  let directory: SwitchableDirectory;
  let school: MemoryDirectory;
  const logs = new CapturedLogs();

  beforeEach(async () => {
    redis = new RedisMock();
    prefix = `leavers-${randomBytes(4).toString("hex")}:`;
    store = createRedisStore(redis, { prefix, auditMaxEvents: 1_000 });
    people = createPersonRecords(redis, prefix);
    school = await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE);
    directory = new SwitchableDirectory(school);
  });
  afterEach(() => redis.disconnect());

  const deps = () => ({ store, directory, people, logger: logs.logger, clock: () => NOW });

  /** A student with answers, a linked chat, a failed reset and an audit trail. */
  async function enrolled(id: string, chatUserId: string) {
    await store.saveEnrolment(id, enrolment(NOW));
    await store.link({ channel: "telegram", chatUserId }, id);
    await store.countFailure("student", id, NOW, STUDENT_RULE);
    await store.appendAudit(
      {
        at: NOW,
        event: "enrol",
        actor: `telegram:${chatUserId}`,
        subject: id,
        channel: "telegram",
        outcome: "ok",
      },
      { trail: "protected", chat: `telegram:${chatUserId}`, personId: id },
    );
  }

  it("removes a leaver's answers, link and records, audits it, and leaves students still at school alone", async () => {
    await enrolled("S1001", "111");
    await enrolled("Gone.Kid", "222");

    const result = await removeLeavers(deps());
    expect(result).toEqual({ checked: 2, leavers: ["Gone.Kid"], disabled: 0, ambiguous: [], removed: true });

    expect(await store.getEnrolment("gone.kid")).toBeNull();
    expect(await store.linkedChat("gone.kid")).toBeNull();
    expect(await store.linkedPerson({ channel: "telegram", chatUserId: "222" })).toBeNull();
    expect(await redis.keys(`${prefix}{p:gone.kid}*`)).toEqual([]);
    const audit = await store.auditSince(NOW, 100);
    expect(audit.at(-1)).toMatchObject({ event: "leaver-removed", subject: "Gone.Kid", outcome: "ok" });

    expect(await store.getEnrolment("S1001")).not.toBeNull();
    expect(await store.linkedChat("S1001")).toEqual({ channel: "telegram", chatUserId: "111" });
    // A second run finds nobody left to remove.
    expect((await removeLeavers(deps())).leavers).toEqual([]);
  });

  it("reports a real run that found nobody to remove as done, not as a dry run's 'Would remove'", async () => {
    await enrolled("S1001", "111");

    const real = await removeLeavers(deps());
    expect(leaversReport(real)).toBe("Checked 1 person. Removed 0.\n");
    const dry = await removeLeavers(deps(), { dryRun: true });
    expect(leaversReport(dry)).toBe("Checked 1 person. Would remove 0.\n");
  });

  it("removes a leaver whose answers an earlier version saved under their own key", async () => {
    await redis.set(storeKeys(prefix).enrolmentBefore("Old.Kid"), packEnrolment(enrolment(NOW)));
    await enrolled("S1001", "111");

    expect(await removeLeavers(deps())).toEqual({
      checked: 2,
      leavers: ["old.kid"],
      disabled: 0,
      ambiguous: [],
      removed: true,
    });
    expect(await store.getEnrolment("old.kid")).toBeNull();
    expect(await redis.keys(`${prefix}{p:old.kid}*`)).toEqual([]);
    expect(await store.getEnrolment("S1001")).not.toBeNull();
  });

  it("removes nobody while the directory does not answer", async () => {
    await enrolled("Gone.Kid", "222");
    directory.down = true;
    await expect(removeLeavers(deps())).rejects.toThrow();
    expect(await store.getEnrolment("gone.kid")).not.toBeNull();
  });

  it("a dry run only lists; too many missing at once is refused unless forced", async () => {
    await enrolled("Gone.Kid", "222");
    expect(await removeLeavers(deps(), { dryRun: true })).toEqual({
      checked: 1,
      leavers: ["Gone.Kid"],
      disabled: 0,
      ambiguous: [],
      removed: false,
    });
    expect(await store.getEnrolment("gone.kid")).not.toBeNull();

    for (let i = 0; i < 10; i++) await store.saveEnrolment(`wrong-base-dn-${i}`, enrolment(NOW));
    await expect(removeLeavers(deps())).rejects.toBeInstanceOf(TooManyLeaversError);
    expect(await store.getEnrolment("wrong-base-dn-0")).not.toBeNull();
    expect((await removeLeavers(deps(), { force: true })).leavers).toHaveLength(11);
  });

  it("a dry run lists who is missing even when a real run would be refused, and says --force is needed", async () => {
    // Found by QA as an installing admin: the leavers-refused alert says "See who with npm run leavers --
    // --dry-run", but the dry run was refused the same way and listed nobody.
    await enrolled("Gone.Kid", "222");
    // One missing: nothing to warn about.
    expect(leaversReport(await removeLeavers(deps(), { dryRun: true }))).not.toContain("--force");
    for (let i = 0; i < 10; i++) await store.saveEnrolment(`left-in-july-${i}`, enrolment(NOW));
    const result = await removeLeavers(deps(), { dryRun: true });
    expect(result).toMatchObject({ checked: 11, removed: false, tooMany: true });
    expect(result.leavers).toHaveLength(11);
    const report = leaversReport(result);
    expect(report).toMatch(/^Checked 11 people\. Would remove 11:\n {2}Gone\.Kid\n/);
    expect(report).toContain(
      "Without --dry-run nobody would be removed: 11 of 11 people are not in the directory any more",
    );
    expect(report).toContain("npm run leavers -- --force");
    expect(await store.getEnrolment("gone.kid")).not.toBeNull();
  });

  it("lists a leaver as the directory spelled their ID in the audit record, not the store's lower case", async () => {
    // Found by QA as an installing admin: npm run leavers -- --dry-run listed "s1001" for S1001.
    await enrolled("Gone.Kid", "222");
    // An ID typed later, once the directory no longer had it, is the typist's spelling, not the directory's.
    await store.appendAudit(
      {
        at: NOW + 1,
        event: "link",
        actor: "telegram:333",
        subject: "GONE.KID",
        channel: "telegram",
        outcome: "failed",
      },
      { trail: "attempt", chat: "telegram:333", personId: "gone.kid" },
    );
    // Nothing in the audit record names this one (its events aged out): the store's spelling will do.
    await store.saveEnrolment("Quiet.Kid", enrolment(NOW));
    const result = await removeLeavers(deps(), { dryRun: true });
    expect(result.leavers).toEqual(["Gone.Kid", "quiet.kid"]);
    expect(leaversReport(result)).toBe("Checked 2 people. Would remove 2:\n  Gone.Kid\n  quiet.kid\n");
    // Removed by the store's ID all the same.
    expect((await removeLeavers(deps())).leavers).toEqual(["Gone.Kid", "quiet.kid"]);
    expect(await store.getEnrolment("gone.kid")).toBeNull();
    expect(await redis.keys(`${prefix}{p:gone.kid}*`)).toEqual([]);
  });

  it("audits a leaver's removal under the ID as the report lists it, so the export's lines about them match", async () => {
    // Found by QA as an admin: the report said "Gone.Kid", the export's leaver-removed line "gone.kid", so
    // a search of the CSV for the ID the admin was told missed the removal.
    await enrolled("Gone.Kid", "222");
    expect((await removeLeavers(deps())).leavers).toEqual(["Gone.Kid"]);
    const audit = await store.auditSince(NOW, 100);
    expect(audit.filter((e) => e.subject === "Gone.Kid").map((e) => e.event)).toEqual([
      "enrol",
      "leaver-removed",
    ]);
  });

  it("audits every leaver it removes in the school-wide record, a year group of them too (no chat's hourly rate applies)", async () => {
    // A school's day holds thousands of events (AUDIT_MAX_EVENTS' share), more than the 34 of beforeEach's.
    store = createRedisStore(redis, { prefix, auditMaxEvents: 100_000 });
    for (let i = 0; i < 70; i++) await store.saveEnrolment(`year-6-${i}`, enrolment(NOW));
    expect((await removeLeavers(deps(), { force: true })).leavers).toHaveLength(70);
    const removed = (await store.auditSince(NOW, 1_000)).filter((e) => e.event === "leaver-removed");
    expect(removed).toHaveLength(70);
  });

  it("keeps a student whose account is disabled: the directory still has them (a suspended pupil, a locked account)", async () => {
    await enrolled("S1001", "111");
    await enrolled("S1002", "112");
    await enrolled("Gone.Kid", "222");
    school.disable("S1001");

    expect(await removeLeavers(deps(), { dryRun: true })).toEqual({
      checked: 3,
      leavers: ["Gone.Kid"],
      disabled: 1,
      ambiguous: [],
      removed: false,
    });
    expect(await removeLeavers(deps())).toEqual({
      checked: 3,
      leavers: ["Gone.Kid"],
      disabled: 1,
      ambiguous: [],
      removed: true,
    });
    // Everything of the disabled student is still there, for when IT turns the account back on.
    expect(await store.getEnrolment("S1001")).not.toBeNull();
    expect(await store.linkedChat("S1001")).toEqual({ channel: "telegram", chatUserId: "111" });
    expect(await store.auditTrailOf("S1001", 10)).not.toEqual([]);
    const audit = await store.auditSince(NOW, 100);
    expect(audit.filter((e) => e.event === "leaver-removed").map((e) => e.subject)).toEqual(["Gone.Kid"]);
  });

  it("a whole class disabled at once is not a reason to stop: only missing people count towards the share", async () => {
    for (let i = 1; i <= 6; i++) await enrolled(`S100${i}`, `10${i}`);
    for (let i = 1; i <= 6; i++) school.disable(`S100${i}`);
    for (const id of ["T2001", "T2002", "A3001", "Gone.Kid"]) await store.saveEnrolment(id, enrolment(NOW));
    const result = await removeLeavers(deps(), { dryRun: true });
    expect(result).toEqual({
      checked: 10,
      leavers: ["gone.kid"],
      disabled: 6,
      ambiguous: [],
      removed: false,
    });
  });

  it("never counts or removes the counters a mistyped id leaves (unknown:… subjects are not people, and expire)", async () => {
    await enrolled("S1001", "111");
    const madeUp = Array.from({ length: 12 }, (_, i) => `unknown:oxllkzot4e${String(i).padStart(2, "0")}`);
    for (const subject of madeUp) await store.countFailure("link", subject, NOW, LINK_RULE);
    const keysBefore = (await redis.keys(`${prefix}{p:unknown*`)).sort();
    expect(keysBefore.length).toBeGreaterThanOrEqual(12);

    expect(await people.knownPersonIds()).toEqual(["s1001"]);
    expect(await removeLeavers(deps(), { dryRun: true })).toEqual({
      checked: 1,
      leavers: [],
      disabled: 0,
      ambiguous: [],
      removed: false,
    });
    expect(await removeLeavers(deps(), { force: true })).toMatchObject({ checked: 1, leavers: [] });
    expect((await redis.keys(`${prefix}{p:unknown*`)).sort()).toEqual(keysBefore);
    const audit = await store.auditSince(NOW, 100);
    expect(audit.some((e) => e.event === "leaver-removed")).toBe(false);
  });
  /** Everything a leaver loses is still there for this person. */
  async function expectKept(id: string, chatUserId: string) {
    expect(await store.getEnrolment(id)).not.toBeNull();
    expect(await store.linkedChat(id)).toEqual({ channel: "telegram", chatUserId });
    expect(await store.auditTrailOf(id, 10)).not.toEqual([]);
    const audit = await store.auditSince(NOW, 100);
    expect(audit.filter((e) => e.event === "leaver-removed").map((e) => e.subject)).not.toContain(
      id.toLowerCase(),
    );
  }

  it("keeps a person whose id two LDAP entries share (a botched import), and lists them for IT to fix", async () => {
    // A server that has "twin" on two entries, "ben" on one, and nobody else.
    class TwinServer {
      async bind() {}
      async search(_base: string, options: { filter: string }) {
        const id = /\(uid=([^)]*)\)/.exec(options.filter)?.[1];
        const entry = (ou: string) => ({ dn: `uid=${id},ou=${ou},dc=school,dc=test`, uid: id, cn: id });
        const entries =
          id === "twin" ? [entry("students"), entry("import-2026")] : id === "ben" ? [entry("students")] : [];
        return { searchEntries: entries, searchReferences: [] };
      }
      async unbind() {}
    }
    const config = loadConfig({
      DIRECTORY: "ldap",
      LDAP_URL: "ldaps://ldap.invalid:636",
      LDAP_BIND_DN: "cn=pwreset,ou=services,dc=school,dc=test",
      LDAP_BIND_PASSWORD: "service-secret",
      LDAP_BASE_DN: "dc=school,dc=test",
    });
    const ldap = LdapDirectory.fromSettings(config.ldap, logs.logger, {
      openClient: () => new TwinServer() as unknown as Client,
    });
    await enrolled("twin", "301");
    await enrolled("ben", "302");
    await enrolled("Gone.Kid", "303");

    const dryRun = await removeLeavers({ ...deps(), directory: ldap }, { dryRun: true });
    expect(dryRun).toEqual({
      checked: 3,
      leavers: ["Gone.Kid"],
      disabled: 0,
      ambiguous: ["twin"],
      removed: false,
    });
    const run = await removeLeavers({ ...deps(), directory: ldap });
    expect(run).toEqual({
      checked: 3,
      leavers: ["Gone.Kid"],
      disabled: 0,
      ambiguous: ["twin"],
      removed: true,
    });
    await expectKept("twin", "301");
    expect(await store.getEnrolment("gone.kid")).toBeNull();
    expect(leaversReport(run)).toContain("Kept 1 person whose ID matches more than one directory entry");
  });

  it("keeps them on the memory directory too, in a dry run and a real one, and the log says what to fix, naming the id as the directory spells it", async () => {
    const { people: demo } = await readSchoolFile(DEMO_SCHOOL_FILE);
    const twin = { ...demo.find((p) => p.id === "S1002")!, classes: ["5B"], password: "Imported-Again-1" };
    directory = new SwitchableDirectory(new MemoryDirectory([...demo, twin]));
    await enrolled("S1001", "111");
    await enrolled("S1002", "112");

    expect(await removeLeavers(deps(), { dryRun: true })).toEqual({
      checked: 2,
      leavers: [],
      disabled: 0,
      ambiguous: ["S1002"],
      removed: false,
    });
    expect(await removeLeavers(deps())).toMatchObject({ leavers: [], ambiguous: ["S1002"] });
    await expectKept("S1002", "112");
    const warning = logs.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .findLast((l) => l.event === "leavers_ambiguous_ids");
    expect(warning).toMatchObject({ level: 40, ambiguous: ["S1002"] });
  });

  it("names a shared id by every spelling its entries have, and keeps the store's when the directory cannot say", async () => {
    // The store keeps ids in lower case; IT finds the entries by the directory's spelling.
    const { people: demo } = await readSchoolFile(DEMO_SCHOOL_FILE);
    const s1002 = demo.find((p) => p.id === "S1002")!;
    const twin = { ...s1002, id: "s1002", classes: ["5B"], password: "Imported-Again-1" };
    directory = new SwitchableDirectory(new MemoryDirectory([...demo, twin]));
    await enrolled("S1002", "112");
    expect(leaversReport(await removeLeavers(deps(), { dryRun: true }))).toContain(
      "until then the bot cannot help them:\n  S1002 / s1002\n",
    );
    const spellings = vi.spyOn(directory, "idSpellings").mockRejectedValue(new DirectoryUnavailableError());
    expect((await removeLeavers(deps(), { dryRun: true })).ambiguous).toEqual(["s1002"]);
    expect(spellings).toHaveBeenCalledWith("s1002");
  });

  it("people whose ids several entries share do not count as missing towards the 'too many' check", async () => {
    // A whole class imported twice.
    const pupils = Array.from({ length: 10 }, (_, i) => ({
      id: `P10${i}`,
      name: `Pupil ${i}`,
      role: "student" as const,
      classes: ["1A"],
      password: "Pupil-Pass-1",
      disabled: false,
    }));
    directory = new SwitchableDirectory(new MemoryDirectory([...pupils, ...pupils]));
    for (const pupil of pupils) await store.saveEnrolment(pupil.id, enrolment(NOW));
    const result = await removeLeavers(deps());
    expect(result).toMatchObject({ checked: 10, leavers: [] });
    expect(result.ambiguous).toHaveLength(10);
    expect(await store.getEnrolment("P100")).not.toBeNull();
  });
});
