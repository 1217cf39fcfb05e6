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

function directory(): LdapDirectory {
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
    openClient: () => new FakeActiveDirectory() as unknown as Client,
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
});
