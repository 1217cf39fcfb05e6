import { describe, expect, it } from "vitest";
import { loadConfig, settingWarnings } from "../../src/config/load-config.js";

const LDAP = {
  DIRECTORY: "ldap",
  LDAP_URL: "ldaps://dc1.school.local",
  LDAP_BIND_DN: "cn=bot,dc=school",
  LDAP_BIND_PASSWORD: "bind-password-secret",
  LDAP_BASE_DN: "dc=school",
};

describe("a setting the chosen directory does not use", () => {
  it("DIRECTORY_FILE with DIRECTORY=ldap starts, with a warning that the file is not read", () => {
    const env = { ...LDAP, DIRECTORY: "LDAP", DIRECTORY_FILE: "/srv/school.json" };
    expect(loadConfig(env).directory.kind).toBe("ldap");
    const warnings = settingWarnings(env);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/DIRECTORY_FILE is set but DIRECTORY=ldap/);
    expect(warnings[0]).toContain("not read");
    expect(warnings.join("\n")).not.toContain("bind-password-secret");
    expect(settingWarnings(LDAP)).toEqual([]);
    expect(settingWarnings({ DIRECTORY_FILE: "/srv/school.json" })).toEqual([]);
  });
});
