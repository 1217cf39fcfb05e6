import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { directorySettingsId } from "../../src/health/directory-settings-id.js";
import { TEST_PEPPER } from "../helpers/test-world.js";

const LDAP = {
  ANSWER_PEPPER: TEST_PEPPER,
  DIRECTORY: "ldap",
  LDAP_URL: "ldaps://dc1.school.local:636",
  LDAP_BIND_DN: "cn=pwreset,dc=school,dc=local",
  LDAP_BIND_PASSWORD: "Service-Secret-1",
  LDAP_BASE_DN: "dc=school,dc=local",
};

describe("the id of the directory settings (what makes two directory alerts one event)", () => {
  it("is the same for replicas with the same settings, and another after LDAP_URL or LDAP_BASE_DN changed", () => {
    const id = directorySettingsId(loadConfig(LDAP));
    expect(directorySettingsId(loadConfig(LDAP))).toBe(id);
    expect(directorySettingsId(loadConfig({ ...LDAP, LDAP_URL: "ldaps://dc2.school.local:636" }))).not.toBe(
      id,
    );
    expect(
      directorySettingsId(loadConfig({ ...LDAP, LDAP_BASE_DN: "ou=pupils,dc=school,dc=local" })),
    ).not.toBe(id);
  });

  it("leaves the service account's password out: a changed one gives the same id", () => {
    const id = directorySettingsId(loadConfig(LDAP));
    expect(directorySettingsId(loadConfig({ ...LDAP, LDAP_BIND_PASSWORD: "Service-Secret-2" }))).toBe(id);
  });
});
