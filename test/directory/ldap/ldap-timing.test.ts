/**
 * No account enumeration by timing: whatever the id, the LDAP directory has the same conversation with
 * the server before it says no. ldapts's Client is replaced (through the connection's openClient seam) by
 * a fake that records every operation, so the test compares the conversations themselves, not clocks.
 */
import { InvalidCredentialsError, type Client } from "ldapts";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/load-config.js";
import { LdapDirectory } from "../../../src/directory/ldap/ldap-directory.js";
import { createLogger } from "../../../src/logging/create-logger.js";

const BASE = "dc=school,dc=test";
const SERVICE_DN = `cn=pwreset,ou=services,${BASE}`;
const SERVICE_PASSWORD = "service-secret";
const BEN_DN = `uid=ben,ou=students,${BASE}`;
const BEN_PASSWORD = "Ben-Pass-22";

const fake = { trace: [] as string[], binds: [] as { dn: string; password: string }[] };

const person = (uid: string, extra: Record<string, string> = {}) => ({
  dn: `uid=${uid},ou=students,dc=school,dc=test`,
  uid,
  cn: uid,
  ...extra,
});

/** Answers like a slapd: service bind ok, ben's right password ok, every other bind 49. */
class FakeClient {
  constructor() {
    fake.trace.push("connect");
  }
  async bind(dn: string, password: string) {
    fake.binds.push({ dn, password });
    fake.trace.push("bind");
    if (dn === SERVICE_DN && password === SERVICE_PASSWORD) return;
    if (dn === BEN_DN && password === BEN_PASSWORD) return;
    throw new InvalidCredentialsError("Invalid credentials");
  }
  async search(_base: string, options: { filter: string }) {
    fake.trace.push("search");
    const { filter } = options;
    if (filter.startsWith("(member=")) return { searchEntries: [], searchReferences: [] };
    if (filter.includes("(uid=ben)")) return { searchEntries: [person("ben")], searchReferences: [] };
    if (filter.includes("(uid=ella)")) {
      const ella = person("ella", { pwdAccountLockedTime: "000001010000Z" });
      return { searchEntries: [ella], searchReferences: [] };
    }
    if (filter.includes("(uid=twin)"))
      return { searchEntries: [person("twin"), person("twin")], searchReferences: [] };
    return { searchEntries: [], searchReferences: [] };
  }
  async unbind() {
    fake.trace.push("unbind");
  }
}

function directory(): LdapDirectory {
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_URL: "ldaps://ldap.invalid:636",
    LDAP_BIND_DN: SERVICE_DN,
    LDAP_BIND_PASSWORD: SERVICE_PASSWORD,
    LDAP_BASE_DN: BASE,
    LDAP_CLASS_GROUP_BASE_DN: `ou=classes,ou=groups,${BASE}`,
    LDAP_TEACHER_GROUP_DN: `cn=teachers,ou=groups,${BASE}`,
  });
  return LdapDirectory.fromSettings(config.ldap, createLogger("silent"), {
    openClient: () => new FakeClient() as unknown as Client,
  });
}

/** The operations one call made, in order. */
async function conversation(call: () => Promise<unknown>): Promise<string[]> {
  fake.trace.length = 0;
  fake.binds.length = 0;
  await call();
  return [...fake.trace];
}

describe("the LDAP directory gives ids away by no difference in work", () => {
  it("an unknown id, a disabled account and an ambiguous id cost the same binds as a wrong password", async () => {
    const ldap = directory();
    const wrongPassword = await conversation(() => ldap.authenticate("ben", "Not-The-Password-1"));
    // Service connection (connect, bind, search), then a second connection for the person's bind.
    expect(wrongPassword).toEqual(["connect", "bind", "search", "connect", "bind", "unbind", "unbind"]);

    for (const id of ["nobody", "*)(uid=*", "ella", "twin"]) {
      expect(await conversation(() => ldap.authenticate(id, "Not-The-Password-1")), id).toEqual(
        wrongPassword,
      );
    }
    expect(await ldap.authenticate("ben", BEN_PASSWORD)).toMatchObject({ id: "ben" });
  });

  it("the stand-in bind goes to a fresh DN that cannot exist, never to a real account or the service account", async () => {
    const ldap = directory();
    const decoys: string[] = [];
    for (let i = 0; i < 2; i++) {
      await conversation(() => ldap.authenticate("nobody", "Typed-Password-1"));
      const personBinds = fake.binds.filter((b) => b.password === "Typed-Password-1");
      expect(personBinds).toHaveLength(1);
      decoys.push(personBinds[0]!.dn);
    }
    for (const dn of decoys) expect(dn).toMatch(/^cn=no-such-person-[0-9a-f]{32},dc=school,dc=test$/);
    expect(decoys[0]).not.toBe(decoys[1]);
    // The service account only ever sees its own password, so made-up ids cannot lock the bot out.
    await conversation(() => ldap.authenticate("nobody", "Typed-Password-1"));
    for (const bind of fake.binds.filter((b) => b.dn === SERVICE_DN))
      expect(bind.password).toBe(SERVICE_PASSWORD);
    expect(fake.binds.some((b) => b.dn === BEN_DN)).toBe(false);
  });

  it("findPerson does the same searches for an unknown id as for a known one", async () => {
    const ldap = directory();
    const known = await conversation(() => ldap.findPerson("ben"));
    expect(known).toEqual(["connect", "bind", "search", "search", "unbind"]);
    expect(await conversation(() => ldap.findPerson("nobody"))).toEqual(known);
  });
});
