import { describe, expect, it } from "vitest";
import { insecureDirectoryWarnings } from "../../src/config/load-config.js";

const LDAP = {
  DIRECTORY: "ldap",
  LDAP_URL: "ldaps://dc1.school.local:636",
  LDAP_BIND_DN: "cn=pwreset,dc=school,dc=local",
  LDAP_BIND_PASSWORD: "Service-Secret-1",
  LDAP_BASE_DN: "dc=school,dc=local",
};

describe("LDAP_TLS_INSECURE left on", () => {
  it("warns at every start that the directory's certificate is not checked, and what to set instead", () => {
    for (const env of [
      { ...LDAP, LDAP_TLS_INSECURE: "true" },
      { ...LDAP, LDAP_URL: "ldap://dc1.school.local:389", LDAP_STARTTLS: "true", LDAP_TLS_INSECURE: "TRUE" },
    ]) {
      const warnings = insecureDirectoryWarnings(env);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("LDAP_TLS_INSECURE");
      expect(warnings[0]).toContain("LDAP_TLS_CA_FILE");
      expect(warnings[0]).toMatch(/password/);
      expect(warnings[0]).not.toContain("Service-Secret-1");
    }
  });

  it("says nothing when it is off, or when the school comes from a file", () => {
    expect(insecureDirectoryWarnings(LDAP)).toEqual([]);
    expect(insecureDirectoryWarnings({ ...LDAP, LDAP_TLS_INSECURE: "false" })).toEqual([]);
    expect(insecureDirectoryWarnings({ ...LDAP, LDAP_TLS_INSECURE: " " })).toEqual([]);
    expect(insecureDirectoryWarnings({ DIRECTORY_FILE: "school.json", LDAP_TLS_INSECURE: "true" })).toEqual(
      [],
    );
  });
});
