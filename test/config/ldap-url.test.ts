import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const LDAP = {
  DIRECTORY: "ldap",
  LDAP_BIND_DN: "cn=bot,dc=school",
  LDAP_BIND_PASSWORD: "bind-password-secret",
  LDAP_BASE_DN: "dc=school",
};

describe("LDAP_URL", () => {
  it("a malformed URL stops the start at once, saying it is not an LDAP URL, not that it needs StartTLS", () => {
    for (const url of [
      "ldap//dc1.school:636",
      "https://dc1.school.local",
      "dc1.school.local:636",
      "ldaps://",
    ]) {
      const message = problemsWith({ ...LDAP, LDAP_URL: url });
      expect(message).toContain("1 setting needs fixing");
      expect(message).toContain("LDAP_URL: is not an LDAP URL (ldap:// or ldaps://)");
      expect(message).not.toContain("LDAP_STARTTLS");
      expect(message).not.toContain("bind-password-secret");
    }
  });

  it("ldaps://, and ldap:// with StartTLS, are accepted", () => {
    expect(loadConfig({ ...LDAP, LDAP_URL: "ldaps://dc1.school.local:636" }).ldap.url).toBe(
      "ldaps://dc1.school.local:636",
    );
    expect(loadConfig({ ...LDAP, LDAP_URL: "LDAPS://dc1.school.local" }).directory.kind).toBe("ldap");
    const plain = { ...LDAP, LDAP_URL: "ldap://dc1.school.local:389" };
    expect(problemsWith(plain)).toMatch(/LDAP_URL: must be ldaps:\/\//);
    expect(loadConfig({ ...plain, LDAP_STARTTLS: "true" }).ldap.url).toBe("ldap://dc1.school.local:389");
  });

  it("ldaps:// with LDAP_STARTTLS=true stops the start: StartTLS is for ldap://", () => {
    const message = problemsWith({
      ...LDAP,
      LDAP_URL: "ldaps://dc1.school.local:636",
      LDAP_STARTTLS: "true",
    });
    expect(message).toContain("1 setting needs fixing");
    expect(message).toMatch(/LDAP_STARTTLS: is for ldap:\/\/ URLs/);
    expect(message).toContain("remove LDAP_STARTTLS");
    expect(message).not.toContain("bind-password-secret");
  });

  it("a user or password in LDAP_URL stops the start, without repeating it: the log names LDAP_URL", () => {
    for (const url of [
      "ldaps://admin:Url-Secret-9@dc1.school.local:636",
      "ldaps://cn%3Dbot:Url-Secret-9@dc1.school.local",
      "ldaps://admin@dc1.school.local",
    ]) {
      const message = problemsWith({ ...LDAP, LDAP_URL: url });
      expect(message).toContain("1 setting needs fixing");
      expect(message).toMatch(/LDAP_URL: must not hold a user name or password/);
      expect(message).toContain("LDAP_BIND_DN and LDAP_BIND_PASSWORD");
      expect(message).not.toMatch(/Url-Secret-9|admin|cn%3Dbot/);
    }
  });
});
