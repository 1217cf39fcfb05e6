/**
 * A class kept as a group (LDAP_CLASS_GROUP_BASE_DN) with more members than a class usually has, as when a
 * school keeps a whole year in one group: the teacher's list is whole, never cut without a word, and its
 * members are read a few at a time rather than all at once on the one connection. ldapts's Client is
 * replaced through the openClient seam by a fake Active Directory.
 */
import type { Client } from "ldapts";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { createLogger } from "../../../src/logging/create-logger.js";

const BASE = "dc=school,dc=test";
const CLASSES = `ou=classes,ou=groups,${BASE}`;
const YEAR = `CN=Y9,${CLASSES}`;
const MEMBERS = 1_200;
const dnOf = (n: number) => `CN=y9-${n},OU=Students,${BASE}`;
const reading = { now: 0, most: 0 };

class FakeActiveDirectory {
  async bind() {}
  async search(base: string, options: { scope?: string; filter: string }) {
    if (base === CLASSES) {
      const members = Array.from({ length: MEMBERS }, (_, n) => dnOf(n));
      return { searchEntries: [{ dn: YEAR, member: members }], searchReferences: [] };
    }
    reading.now += 1;
    reading.most = Math.max(reading.most, reading.now);
    await new Promise((resolve) => setImmediate(resolve));
    reading.now -= 1;
    const n = Number(/^CN=y9-(\d+),/.exec(base)?.[1]);
    const entry = {
      dn: base,
      sAMAccountName: `y9-${n}`,
      displayName: `Pupil ${String(n).padStart(4, "0")}`,
      userAccountControl: "512",
      memberOf: [YEAR],
    };
    return { searchEntries: options.scope === "base" ? [entry] : [], searchReferences: [] };
  }
  async unbind() {}
}

/**
 * Active Directory as it answers for a group with more members than its MaxValRange (1500): the values come
 * as "member;range=0-1499" rather than "member", and the rest only when asked for by range (MS-ADTS
 * 3.1.1.3.1.3.3), the last slice ending in "*".
 */
class RangedActiveDirectory extends FakeActiveDirectory {
  static readonly MAX_VAL_RANGE = 1_500;

  constructor(private readonly members: number) {
    super();
  }

  override async search(
    base: string,
    options: { scope?: string; filter: string; attributes?: string[] },
  ): ReturnType<FakeActiveDirectory["search"]> {
    if (base !== CLASSES && base !== YEAR) return super.search(base, options);
    const asked = options.attributes?.find((a) => /^member(;|$)/i.test(a)) ?? "member";
    const from = Number(/;range=(\d+)-/i.exec(asked)?.[1] ?? 0);
    const all = Array.from({ length: this.members }, (_, n) => dnOf(n));
    const slice = all.slice(from, from + RangedActiveDirectory.MAX_VAL_RANGE);
    const last = from + slice.length >= all.length;
    const name =
      this.members <= RangedActiveDirectory.MAX_VAL_RANGE && from === 0
        ? "member"
        : `member;range=${from}-${last ? "*" : from + slice.length - 1}`;
    return { searchEntries: [{ dn: YEAR, [name]: slice }], searchReferences: [] } as never;
  }
}

function directory(openClient = () => new FakeActiveDirectory() as unknown as Client): LdapDirectory {
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_FLAVOUR: "ad",
    LDAP_URL: "ldaps://ldap.invalid:636",
    LDAP_BIND_DN: `cn=pwreset,ou=services,${BASE}`,
    LDAP_BIND_PASSWORD: "service-secret",
    LDAP_BASE_DN: BASE,
    LDAP_CLASS_GROUP_BASE_DN: CLASSES,
  });
  return LdapDirectory.fromSettings(config.ldap, createLogger("silent"), {
    openClient,
  });
}

describe("a class group bigger than a class", () => {
  it("is listed whole, its members read a few at a time", async () => {
    reading.most = 0;
    const students = await directory().listStudents("Y9");
    expect(students).toHaveLength(MEMBERS);
    expect(students.at(-1)?.name).toBe(`Pupil ${MEMBERS - 1}`);
    expect(reading.most).toBeLessThanOrEqual(50);
  });

  it("is listed whole on Active Directory past its 1,500 values at once, read range by range", async () => {
    const members = 3_200;
    const students = await directory(
      () => new RangedActiveDirectory(members) as unknown as Client,
    ).listStudents("Y9");
    expect(students).toHaveLength(members);
    expect(new Set(students.map((s) => s.id)).size).toBe(members);
  });
});
