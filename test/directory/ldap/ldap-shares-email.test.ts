/**
 * Whether an email is on more than one directory entry (trusted-email.ts asks, so that a family address the
 * directory gives two siblings proves neither). ldapts's Client is replaced through the openClient seam by a
 * fake that answers as a server does, honouring the search's size limit.
 */
import type { Client } from "ldapts";
import { beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { DirectoryUnavailableError } from "../../../src/core/errors.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";

const BASE = "dc=school,dc=test";

/** Entries by email (lower case): the Lees share one address, Ben has his own. */
const ENTRIES: Record<string, number> = { "lee.family@school.test": 3, "ben@school.test": 1 };

const asked = { filters: [] as string[], sizeLimits: [] as (number | undefined)[], fail: false };

class FakeClient {
  async bind() {}
  async search(_base: string, options: { filter: string; sizeLimit?: number }) {
    if (asked.fail) throw new Error("connect ECONNREFUSED 10.0.0.5:636");
    asked.filters.push(options.filter);
    asked.sizeLimits.push(options.sizeLimit);
    const email = /\(mail=([^)]*)\)/.exec(options.filter)?.[1]?.toLowerCase() ?? "";
    const entries = Array.from({ length: ENTRIES[email] ?? 0 }, (_, n) => ({ dn: `uid=p${n},${BASE}` }));
    return { searchEntries: entries.slice(0, options.sizeLimit || undefined), searchReferences: [] };
  }
  async unbind() {}
}

function directory(): LdapDirectory {
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_URL: "ldaps://ldap.invalid:636",
    LDAP_BIND_DN: `cn=pwreset,ou=services,${BASE}`,
    LDAP_BIND_PASSWORD: "service-secret",
    LDAP_BASE_DN: BASE,
  });
  return LdapDirectory.fromSettings(config.ldap, new CapturedLogs().logger, {
    openClient: () => new FakeClient() as unknown as Client,
  });
}

describe("LDAP: an email several entries share", () => {
  beforeEach(() => {
    asked.filters.length = 0;
    asked.sizeLimits.length = 0;
    asked.fail = false;
  });

  it("is shared when two entries come back; one entry, or none, is not", async () => {
    const ldap = directory();
    expect(await ldap.sharesEmail("Lee.Family@school.test")).toBe(true);
    expect(await ldap.sharesEmail(" ben@school.test ")).toBe(false);
    expect(await ldap.sharesEmail("nobody@school.test")).toBe(false);
    // Two entries are enough to know: the server is never asked for every holder.
    expect(new Set(asked.sizeLimits)).toEqual(new Set([2]));
  });

  it("looks the email up literally among the people LDAP_USER_FILTER admits", async () => {
    await directory().sharesEmail("*)(mail=*");
    expect(asked.filters).toEqual(["(&(objectClass=inetOrgPerson)(mail=\\2a\\29\\28mail=\\2a))"]);
  });

  it("a directory that cannot be reached is the port's DirectoryUnavailableError", async () => {
    asked.fail = true;
    await expect(directory().sharesEmail("ben@school.test")).rejects.toBeInstanceOf(
      DirectoryUnavailableError,
    );
  });
});
