import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

/**
 * An LDAP DN setting that is no DN at all ("school", a bare account name): the bot started, and the
 * directory check failed with "LDAP 34 InvalidDNSyntaxError: invalid DN" in the log and the alert, naming
 * no setting (found in QA, with LDAP_BIND_DN=pwreset and LDAP_BASE_DN=school). A group DN that is no DN
 * made nobody a teacher. The start now names the setting and shows what a DN looks like, as for LDAP_URL.
 */
const LDAP = {
  DIRECTORY: "ldap",
  LDAP_URL: "ldaps://dc1.school.local:636",
  LDAP_BIND_DN: "cn=pwreset,ou=services,dc=school,dc=example",
  LDAP_BIND_PASSWORD: "Bind-Password-Secret-7",
  LDAP_BASE_DN: "dc=school,dc=example",
};

describe("LDAP DN settings that are no DN stop the start", () => {
  it("LDAP_BASE_DN=school: names it, with a DN to copy, exit as any setting (ConfigError)", () => {
    const message = problemsWith({ ...LDAP, LDAP_BASE_DN: "school" });
    expect(message).toContain("1 setting needs fixing");
    expect(message).toContain("LDAP_BASE_DN: is not a DN");
    expect(message).toContain("dc=school,dc=example");
    expect(message).not.toContain("Bind-Password-Secret-7");
  });

  it("LDAP_BIND_DN as a bare account name: names it and never repeats the value (a pasted password)", () => {
    for (const value of ["pwreset", "Swapped-With-Password-9"]) {
      const message = problemsWith({ ...LDAP, LDAP_BIND_DN: value });
      expect(message).toContain("1 setting needs fixing");
      expect(message).toContain("LDAP_BIND_DN: is not a DN");
      expect(message).toContain("cn=pwreset,ou=services,dc=school,dc=example");
      expect(message).not.toContain("Swapped-With-Password-9");
      expect(message).not.toContain("Bind-Password-Secret-7");
    }
  });

  it("an empty RDN (a doubled comma) is no DN either", () => {
    expect(problemsWith({ ...LDAP, LDAP_BASE_DN: "dc=school,,dc=example" })).toContain(
      "LDAP_BASE_DN: is not a DN",
    );
  });

  it("the group settings too, each named; all at once", () => {
    const message = problemsWith({
      ...LDAP,
      LDAP_CLASS_GROUP_BASE_DN: "classes",
      LDAP_TEACHER_GROUP_DN: "teachers",
      LDAP_ADMIN_GROUP_DN: "Domain Admins",
    });
    expect(message).toContain("3 settings need fixing");
    for (const variable of ["LDAP_CLASS_GROUP_BASE_DN", "LDAP_TEACHER_GROUP_DN", "LDAP_ADMIN_GROUP_DN"])
      expect(message).toContain(`${variable}: is not a DN`);
  });

  it("real DNs pass: escapes, spaces after commas, multi-valued RDNs, OIDs, AD's capitals", () => {
    for (const dn of [
      "cn=bot,dc=school",
      "cn=bot, dc=school",
      "CN=Svc\\, Reset,OU=Services,DC=school,DC=test",
      "uid=x+cn=y,dc=a",
      "2.5.4.3=bot,dc=a",
      "CN=Domain Admins,CN=Users,DC=school,DC=test",
    ]) {
      const config = loadConfig({ ...LDAP, LDAP_BIND_DN: dn, LDAP_BASE_DN: dn, LDAP_TEACHER_GROUP_DN: dn });
      expect(config.ldap.baseDn).toBe(dn);
    }
  });

  it("on Active Directory a user@domain or DOMAIN\\user login name is a bind name too (not on OpenLDAP)", () => {
    for (const name of ["svc-pwreset@school.example", "SCHOOL\\svc-pwreset"]) {
      const ad = { ...LDAP, LDAP_FLAVOUR: "ad", LDAP_BIND_DN: name };
      expect(loadConfig(ad).ldap.bindDn).toBe(name);
      const message = problemsWith({ ...LDAP, LDAP_BIND_DN: name });
      expect(message).toContain("LDAP_BIND_DN: is not a DN");
      expect(message).toContain("LDAP_FLAVOUR=ad");
    }
    // On AD the base is a DN all the same, shown as AD's tools show one.
    const message = problemsWith({ ...LDAP, LDAP_FLAVOUR: "ad", LDAP_BASE_DN: "school.example" });
    expect(message).toContain("LDAP_BASE_DN: is not a DN");
    expect(message).toContain("DC=school,DC=example");
  });

  it("on Active Directory every name form AD takes for a bind is accepted, so no working school stops after an upgrade", () => {
    // AD binds with a canonical name, a down-level name whose account name has a space, a display name, a
    // GUID or a SID too (found by review: the first check refused these, and the bot would not start).
    for (const name of [
      "school.example/Service Accounts/svc-pwreset",
      "SCHOOL\\pw reset",
      "svc-pwreset",
      "{2f5c1e0a-8c1b-4d2e-9a55-0d6f3b7c9e21}",
      "S-1-5-21-1004336348-1177238915-682003330-1105",
    ]) {
      const ad = { ...LDAP, LDAP_FLAVOUR: "ad", LDAP_BIND_DN: name };
      expect(loadConfig(ad).ldap.bindDn, name).toBe(name);
    }
  });
});
