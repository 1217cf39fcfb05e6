/**
 * A directory server's size limit for the service account (slapd's default 500 entries, which also bounds
 * a paged search's total unless `limits ... size.prtotal` lifts it; Active Directory's MaxPageSize 1000
 * for a search without paging). A school bigger than the limit must get its whole class lists, or be told
 * plainly that the limit stopped them and what IT must change: never "the directory is down", and never
 * a list silently cut at the limit. ldapts's Client is replaced through the openClient seam by a fake that
 * answers as slapd with its defaults does.
 */
import { SizeLimitExceededError, type Client } from "ldapts";
import { beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { DirectorySizeLimitError } from "../../../src/core/errors.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";

const BASE = "dc=school,dc=test";
const BIND_DN = `cn=pwreset,ou=services,${BASE}`;
/** slapd's default sizelimit: soft and hard 500, and a paged search's total is held to the hard limit. */
const SERVER_LIMIT = 500;
/** Year 9 is one class of 600, besides 4A's three. */
const PEOPLE = [
  ...["alice", "ben", "carla"].map((uid) => ({ uid, cls: "4A" })),
  ...Array.from({ length: 600 }, (_, n) => ({ uid: `y9-${n}`, cls: "9Z" })),
];

const seen = { binds: 0, pagedSearches: 0 };

class SlapdWithDefaultLimits {
  async bind() {
    seen.binds += 1;
  }
  async search(_base: string, options: { filter: string; sizeLimit?: number; paged?: unknown }) {
    const wanted = /\(departmentNumber=([^)*]+)\)/.exec(options.filter)?.[1];
    const matching = PEOPLE.filter((p) => wanted === undefined || p.cls === wanted).map((p) => ({
      dn: `uid=${p.uid},ou=students,${BASE}`,
      uid: p.uid,
      cn: p.uid,
      departmentNumber: p.cls,
    }));
    if (options.paged !== undefined) seen.pagedSearches += 1;
    const asked = options.sizeLimit ?? 0;
    const limit = asked > 0 ? Math.min(asked, SERVER_LIMIT) : SERVER_LIMIT;
    if (matching.length <= limit) return { searchEntries: matching, searchReferences: [] };
    // ldapts returns the entries up to a size limit the CLIENT asked for, and throws otherwise.
    if (asked > 0) return { searchEntries: matching.slice(0, limit), searchReferences: [] };
    throw new SizeLimitExceededError("");
  }
  async unbind() {}
}

function directory(logs: CapturedLogs): LdapDirectory {
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_FLAVOUR: "openldap",
    LDAP_URL: "ldaps://ldap.invalid:636",
    LDAP_BIND_DN: BIND_DN,
    LDAP_BIND_PASSWORD: "service-secret",
    LDAP_BASE_DN: BASE,
    LDAP_CLASS_ATTRIBUTE: "departmentNumber",
  });
  return LdapDirectory.fromSettings(config.ldap, logs.logger, {
    openClient: () => new SlapdWithDefaultLimits() as unknown as Client,
  });
}

describe("the LDAP directory at the server's size limit", () => {
  beforeEach(() => {
    seen.binds = 0;
    seen.pagedSearches = 0;
  });

  it("listClasses over the limit is a size-limit error, logged for IT with the account and the limit to raise", async () => {
    const logs = new CapturedLogs();
    const error = await directory(logs)
      .listClasses()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectorySizeLimitError);
    expect((error as DirectorySizeLimitError).code).toBe("directory_size_limit");
    const line = logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event);
    expect(line).toMatchObject({ event: "directory_size_limit", operation: "listClasses", bindDn: BIND_DN });
    expect(line?.msg).toMatch(/size limit/);
    expect(line?.msg).toContain("size.prtotal");
    expect(line?.msg).toContain("LDAP_BIND_DN");
    expect(logs.text).not.toContain("directory_unavailable");
    expect(logs.text).not.toContain("service-secret");
  });

  it("a class bigger than the limit is listed whole (paged), or not at all: never cut at the limit", async () => {
    const logs = new CapturedLogs();
    const result = await directory(logs)
      .listStudents("9Z")
      .then((students) => students.length)
      .catch((e: unknown) => e);
    // This fake holds a paged search's total to 500 as slapd does by default: the admin hears why.
    expect(result).toBeInstanceOf(DirectorySizeLimitError);
    expect(seen.pagedSearches).toBe(1);
    expect((await directory(logs).listStudents("4A")).map((s) => s.id)).toEqual(["alice", "ben", "carla"]);
  });

  it("the health probe still passes: the directory answers, only a list is too long", async () => {
    const logs = new CapturedLogs();
    const ldap = directory(logs);
    await expect(ldap.listClasses()).rejects.toBeInstanceOf(DirectorySizeLimitError);
    await expect(ldap.checkServiceAccount()).resolves.toBeUndefined();
  });
});
