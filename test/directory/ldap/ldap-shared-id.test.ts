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
    default:
      return [];
  }
}

const fake = { modifies: 0, sizeLimits: [] as (number | undefined)[] };

function fakeClient(flavour: Flavour) {
  return class {
    async bind() {}
    async search(_base: string, options: { filter: string; sizeLimit?: number }) {
      if (options.filter.startsWith("(member=")) return { searchEntries: [], searchReferences: [] };
      fake.sizeLimits.push(options.sizeLimit);
      const id = /\((?:uid|sAMAccountName)=([^)]*)\)/.exec(options.filter)?.[1] ?? "";
      // A server returns no more than the size limit (ldapts passes sizeLimitExceeded on as a result).
      const entries = entriesWith(flavour, id).slice(0, options.sizeLimit || undefined);
      return { searchEntries: entries, searchReferences: [] };
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
