/**
 * findAccount: a disabled account is still in the directory (marked), an unknown id is not, on OpenLDAP
 * (ppolicy's permanent lock) and Active Directory (userAccountControl's ACCOUNTDISABLE bit) alike; and the
 * three cost the same conversation with the server. ldapts's Client is replaced through the openClient seam.
 */
import type { Client } from "ldapts";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { createLogger } from "../../../src/logging/create-logger.js";

const BASE = "dc=school,dc=test";
const CLASSES = `ou=classes,ou=groups,${BASE}`;
const trace: string[] = [];

/** The directory's entries by id attribute value; `disabled` is spelt as each flavour spells it. */
const ENTRIES: Record<"openldap" | "ad", Record<string, Record<string, string | string[]>>> = {
  openldap: {
    ben: { uid: "ben", cn: "Ben Brook" },
    ella: { uid: "ella", cn: "Ella Evans", pwdAccountLockedTime: "000001010000Z" },
    // Locked after wrong passwords (not the administrator's lock): not disabled.
    finn: { uid: "finn", cn: "Finn Ford", pwdAccountLockedTime: "20260301101010Z" },
  },
  ad: {
    ben: {
      sAMAccountName: "ben",
      displayName: "Ben Brook",
      userAccountControl: "512",
      memberOf: [`CN=4B,${CLASSES}`],
    },
    ella: {
      sAMAccountName: "ella",
      displayName: "Ella Evans",
      userAccountControl: "514",
      memberOf: [`CN=4B,${CLASSES}`],
    },
  },
};

function fakeClient(flavour: "openldap" | "ad") {
  return class {
    constructor() {
      trace.push("connect");
    }
    async bind() {
      trace.push("bind");
    }
    async search(_base: string, options: { filter: string }) {
      trace.push("search");
      const { filter } = options;
      if (filter.startsWith("(member=")) {
        const isClassmate = /uid=(ben|ella|finn),/.test(filter);
        return { searchEntries: isClassmate ? [{ dn: `cn=4B,${CLASSES}` }] : [], searchReferences: [] };
      }
      const id = /\((?:uid|sAMAccountName)=([^)]*)\)/.exec(filter)?.[1] ?? "";
      const entry = ENTRIES[flavour][id];
      const dn = flavour === "ad" ? `CN=${id},OU=Students,${BASE}` : `uid=${id},ou=students,${BASE}`;
      return { searchEntries: entry === undefined ? [] : [{ dn, ...entry }], searchReferences: [] };
    }
    async unbind() {
      trace.push("unbind");
    }
  };
}

function directory(flavour: "openldap" | "ad"): LdapDirectory {
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_FLAVOUR: flavour,
    LDAP_URL: "ldaps://ldap.invalid:636",
    LDAP_BIND_DN: `cn=pwreset,ou=services,${BASE}`,
    LDAP_BIND_PASSWORD: "service-secret",
    LDAP_BASE_DN: BASE,
    LDAP_CLASS_GROUP_BASE_DN: CLASSES,
  });
  const FakeClient = fakeClient(flavour);
  return LdapDirectory.fromSettings(config.ldap, createLogger("silent"), {
    openClient: () => new FakeClient() as unknown as Client,
  });
}

async function conversation(call: () => Promise<unknown>): Promise<string[]> {
  trace.length = 0;
  await call();
  return [...trace];
}

describe.each(["openldap", "ad"] as const)("findAccount on %s", (flavour) => {
  it("gives a disabled account marked, and null only for an id the directory does not have", async () => {
    const ldap = directory(flavour);
    expect(await ldap.findAccount("ella")).toEqual({
      id: "ella",
      name: "Ella Evans",
      role: "student",
      classes: ["4B"],
      disabled: true,
    });
    expect(await ldap.findAccount("ben")).toEqual({
      id: "ben",
      name: "Ben Brook",
      role: "student",
      classes: ["4B"],
    });
    expect(await ldap.findAccount("nobody")).toBeNull();
    expect(await ldap.findAccount("   ")).toBeNull();
    // findPerson is unchanged: a disabled account is nobody to the bot.
    expect(await ldap.findPerson("ella")).toBeNull();
    expect(await ldap.findPerson("ben")).toMatchObject({ id: "ben" });
  });

  it("costs the same conversation for a known, a disabled and an unknown id", async () => {
    const ldap = directory(flavour);
    const known = await conversation(() => ldap.findAccount("ben"));
    expect(await conversation(() => ldap.findAccount("ella"))).toEqual(known);
    expect(await conversation(() => ldap.findAccount("nobody"))).toEqual(known);
    expect(await conversation(() => ldap.findPerson("ella"))).toEqual(known);
  });
});

describe("findAccount on openldap", () => {
  it("a lockout after wrong passwords is not a disabled account", async () => {
    expect(await directory("openldap").findAccount("finn")).not.toHaveProperty("disabled");
  });
});
