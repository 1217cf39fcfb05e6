/**
 * An id that several directory entries share (a botched import: two OpenLDAP entries with one uid; AD keeps
 * sAMAccountName unique within a domain, but a search across domains can still find two, as the fake here
 * does for either flavour). The LDAP directory asks for at most two entries; two means "several". That id must log
 * in, link or reset nobody, and must not look like a leaver either. ldapts's Client is replaced through the
 * openClient seam by a fake that answers as a server does, honouring the search's size limit.
 */
import type { Client } from "ldapts";
import { beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { NoSuchPersonError } from "../../../src/core/errors.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";

const BASE = "dc=school,dc=test";
type Flavour = "openldap" | "ad";

/** Entries by id: "twin" is on two entries, "triplet" on three; "ella"'s account is disabled. */
function entriesWith(flavour: Flavour, id: string): Record<string, string>[] {
  const idAttribute = flavour === "ad" ? "sAMAccountName" : "uid";
  const entry = (ou: string, extra: Record<string, string> = {}) => ({
    dn: flavour === "ad" ? `CN=${id},OU=${ou},${BASE}` : `uid=${id},ou=${ou},${BASE}`,
    [idAttribute]: id,
    cn: id,
    ...(flavour === "ad" ? { userAccountControl: "512" } : {}),
    ...extra,
  });
  const disabled: Record<string, string> =
    flavour === "ad" ? { userAccountControl: "514" } : { pwdAccountLockedTime: "000001010000Z" };
  // A lockout after wrong passwords, for unlock to lift (were it allowed to).
  const locked: Record<string, string> =
    flavour === "ad" ? { lockoutTime: "133500000000000000" } : { pwdAccountLockedTime: "20260301101010Z" };
  switch (id) {
    case "ben":
      return [entry("students")];
    case "ella":
      return [entry("students", disabled)];
    case "twin":
      return [entry("students", locked), entry("import-2026", locked)];
    case "triplet":
      return [entry("students"), entry("import-2026"), entry("import-2027")];
    // Spelled in capitals on both entries: the store keeps "p1002", as every id, in lower case.
    case "p1002":
      return [
        entry("students", { [idAttribute]: "P1002" }),
        entry("import-2026", { [idAttribute]: "P1002" }),
      ];
    // The server's matching rule finds it under "two spaces", though it spells it otherwise (inner spaces).
    case "two spaces":
      return [entry("students", { [idAttribute]: "two  spaces" })];
    default:
      return [];
  }
}

const fake = { modifies: 0, binds: 0, searches: 0, sizeLimits: [] as (number | undefined)[] };

function fakeClient(flavour: Flavour) {
  return class {
    async bind() {
      fake.binds += 1;
    }
    async search(_base: string, options: { filter: string; sizeLimit?: number }) {
      if (options.filter.startsWith("(member=")) return { searchEntries: [], searchReferences: [] };
      fake.searches += 1;
      fake.sizeLimits.push(options.sizeLimit);
      // One id, or an OR of several (accountPresences); matched without regard to case, as servers do.
      const ids = [...options.filter.matchAll(/\((?:uid|sAMAccountName)=([^)]*)\)/g)].map((m) => m[1]!);
      const entries = ids.flatMap((id) => entriesWith(flavour, id));
      // A server returns no more than the size limit (ldapts passes sizeLimitExceeded on as a result).
      return { searchEntries: entries.slice(0, options.sizeLimit || undefined), searchReferences: [] };
    }
    async modify() {
      fake.modifies += 1;
    }
    async unbind() {}
  };
}

function directory(flavour: Flavour, logs = new CapturedLogs()): LdapDirectory {
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_FLAVOUR: flavour,
    LDAP_URL: "ldaps://ldap.invalid:636",
    LDAP_BIND_DN: `cn=pwreset,ou=services,${BASE}`,
    LDAP_BIND_PASSWORD: "service-secret",
    LDAP_BASE_DN: BASE,
  });
  const FakeClient = fakeClient(flavour);
  return LdapDirectory.fromSettings(config.ldap, logs.logger, {
    openClient: () => new FakeClient() as unknown as Client,
  });
}

describe.each(["openldap", "ad"] as const)("an id several entries share, on %s", (flavour) => {
  beforeEach(() => {
    fake.modifies = 0;
    fake.binds = 0;
    fake.searches = 0;
    fake.sizeLimits.length = 0;
  });

  it("is 'several' to the leavers run, not missing; and the directory's log names it for IT", async () => {
    const logs = new CapturedLogs();
    const ldap = directory(flavour, logs);
    expect(await ldap.accountPresence("twin")).toBe("several");
    expect(await ldap.accountPresence("triplet")).toBe("several");
    expect(await ldap.accountPresence(" ben ")).toBe("enabled");
    expect(await ldap.accountPresence("ella")).toBe("disabled");
    expect(await ldap.accountPresence("nobody")).toBe("none");
    expect(await ldap.accountPresence("   ")).toBe("none");
    // Two entries are enough to know: the server is never asked for every duplicate.
    expect(new Set(fake.sizeLimits)).toEqual(new Set([2]));
    const warnings = logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(warnings.filter((l) => l.event === "directory_ambiguous_id").map((l) => l.subject)).toEqual([
      "twin",
      "triplet",
    ]);
  });

  it("answers a whole class's ids as accountPresence does each, on one connection with one search per 100 ids", async () => {
    const logs = new CapturedLogs();
    const ldap = directory(flavour, logs);
    const others = Array.from({ length: 245 }, (_, n) => `pupil${n}`);
    const presences = await ldap.accountPresences([
      "twin",
      "triplet",
      " BEN ",
      "ella",
      "nobody",
      "   ",
      "P1002",
      ...others,
    ]);
    expect(fake.binds).toBe(1);
    expect(fake.searches).toBe(3);
    expect(presences.get("twin")).toBe("several");
    expect(presences.get("triplet")).toBe("several");
    expect(presences.get("ben")).toBe("enabled");
    expect(presences.get("ella")).toBe("disabled");
    expect(presences.get("nobody")).toBe("none");
    expect(presences.get("")).toBe("none");
    expect(presences.get("p1002")).toBe("several");
    expect(others.map((id) => presences.get(id))).toEqual(others.map(() => "none"));
    const warnings = logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(warnings.filter((l) => l.event === "directory_ambiguous_id").map((l) => l.subject)).toEqual([
      "twin",
      "triplet",
      "p1002",
    ]);
  });

  it("asks id by id when the server found an entry under a spelling none of the ids has, so none is missed", async () => {
    const ldap = directory(flavour);
    const presences = await ldap.accountPresences(["ben", "two spaces", "twin"]);
    expect(Object.fromEntries(presences)).toEqual({
      ben: "enabled",
      "two spaces": "enabled",
      twin: "several",
    });
    expect(fake.binds).toBe(1);
    expect(fake.searches).toBe(4);
  });

  it("tells the leavers run how the entries spell a shared id, so IT reads it as the directory has it", async () => {
    const logs = new CapturedLogs();
    const ldap = directory(flavour, logs);
    expect(await ldap.idSpellings("p1002")).toEqual(["P1002"]);
    expect(await ldap.idSpellings(" ben ")).toEqual(["ben"]);
    expect(await ldap.idSpellings("nobody")).toEqual([]);
    expect(await ldap.idSpellings("   ")).toEqual([]);
    // accountPresence already logged the id for IT; spelling it is no second warning.
    expect(logs.text).not.toContain("directory_ambiguous_id");
  });

  it("logs nobody in, finds nobody, and changes or unlocks no password", async () => {
    const ldap = directory(flavour);
    expect(await ldap.authenticate("twin", "Any-Pass-12")).toBeNull();
    expect(await ldap.findPerson("twin")).toBeNull();
    expect(await ldap.findAccount("twin")).toBeNull();
    await expect(ldap.setPassword("twin", "New-Moon-77", { mustChange: true })).rejects.toBeInstanceOf(
      NoSuchPersonError,
    );
    expect(await ldap.unlock("twin")).toBe(false);
    expect(fake.modifies).toBe(0);
  });
});
