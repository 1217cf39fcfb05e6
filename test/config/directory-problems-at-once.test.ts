import { describe, expect, it } from "vitest";
import { problemsWith } from "./config-problems.js";

/** The LDAP directory's settings, each right. */
const LDAP = {
  LDAP_URL: "ldaps://dc1.school.example",
  LDAP_BIND_DN: "cn=svc,dc=school,dc=example",
  LDAP_BIND_PASSWORD: "bind-password-secret",
  LDAP_BASE_DN: "dc=school,dc=example",
};

describe("one message lists every directory problem", () => {
  it("DIRECTORY left to guess between LDAP_URL and DIRECTORY_FILE does not hide the LDAP settings' problems", () => {
    // Found by QA as an IT admin: LDAP_BASE_DN was named only once DIRECTORY=ldap was added.
    const { LDAP_BASE_DN: _, ...withoutBase } = LDAP;
    const message = problemsWith({ ...withoutBase, DIRECTORY_FILE: "/nonexistent/school.json" });
    expect(message).toContain("3 settings need fixing");
    expect(message).toMatch(/DIRECTORY: is not set, but both LDAP_URL and DIRECTORY_FILE are/);
    expect(message).toMatch(/LDAP_BASE_DN: is required with the LDAP directory/);
    expect(message).toMatch(/DIRECTORY_FILE: cannot read \/nonexistent\/school.json \(ENOENT\)/);
    expect(message).not.toContain("bind-password-secret");
  });

  it("a DIRECTORY that is no choice does not hide the problems of the LDAP settings given", () => {
    const message = problemsWith({
      ...LDAP,
      DIRECTORY: "active-directory",
      LDAP_URL: "ldap://dc1.school.example",
      LDAP_BIND_DN: "svc",
    });
    expect(message).toContain("3 settings need fixing");
    expect(message).toMatch(/DIRECTORY: must be one of memory, ldap/);
    expect(message).toMatch(/LDAP_URL: must be ldaps:\/\/, or set LDAP_STARTTLS=true/);
    expect(message).toMatch(/LDAP_BIND_DN: is not a DN/);
    expect(message).not.toContain("bind-password-secret");
  });

  it("one refused LDAP setting does not hide another's problem", () => {
    const message = problemsWith({
      ...LDAP,
      DIRECTORY: "ldap",
      LDAP_TIMEOUT_MS: "soon",
      LDAP_BASE_DN: "school",
      LDAP_USER_FILTER: "(&(objectClass=person)",
    });
    expect(message).toContain("3 settings need fixing");
    expect(message).toMatch(/LDAP_TIMEOUT_MS: must be a whole number/);
    expect(message).toMatch(/LDAP_BASE_DN: is not a DN/);
    expect(message).toMatch(/LDAP_USER_FILTER: \(&\(objectClass=person\) is not an LDAP filter/);
  });

  it("a refused LDAP_URL does not hide a DN's problem, and a refused LDAP_STARTTLS or LDAP_FLAVOUR adds none", () => {
    const message = problemsWith({
      ...LDAP,
      DIRECTORY: "ldap",
      LDAP_URL: "dc1.school.example",
      LDAP_BASE_DN: "school",
    });
    expect(message).toContain("2 settings need fixing");
    expect(message).toMatch(/LDAP_URL: /);
    expect(message).toMatch(/LDAP_BASE_DN: is not a DN/);
    const unsure = problemsWith({
      ...LDAP,
      DIRECTORY: "ldap",
      LDAP_URL: "ldap://dc1.school.example",
      LDAP_STARTTLS: "maybe",
      LDAP_FLAVOUR: "novell",
      LDAP_BIND_DN: "svc-pwreset@school.example",
    });
    expect(unsure).toContain("2 settings need fixing");
    expect(unsure).toMatch(/LDAP_STARTTLS: must be true or false/);
    expect(unsure).toMatch(/LDAP_FLAVOUR: must be one of openldap, ad/);
  });

  it("a refused Slack setting does not hide a missing signing secret", () => {
    const message = problemsWith({
      SLACK_BOT_TOKEN: "xoxb-1-2-abc",
      SLACK_API_URL: "slack.com/api",
      REDIS_URL: "redis://127.0.0.1:6379",
      ANSWER_PEPPER: "p".repeat(40),
    });
    expect(message).toContain("2 settings need fixing");
    expect(message).toMatch(/SLACK_API_URL: must be an http/);
    expect(message).toMatch(/SLACK_SIGNING_SECRET: or SLACK_APP_TOKEN \(Socket Mode\) is required/);
  });

  it("a refused server setting does not hide LEAVERS_INTERVAL_HOURS with no school named", () => {
    const message = problemsWith({
      REDIS_URL: "redis://127.0.0.1:6379",
      ANSWER_PEPPER: "p".repeat(40),
      LEAVERS_INTERVAL_HOURS: "24",
      PORT: "web",
    });
    expect(message).toContain("2 settings need fixing");
    expect(message).toMatch(/PORT: /);
    expect(message).toMatch(/LEAVERS_INTERVAL_HOURS: needs the school's own directory/);
  });
});
