import { describe, expect, it } from "vitest";
import { problemsWith } from "./config-problems.js";

const LDAP = {
  DIRECTORY: "ldap",
  LDAP_BIND_DN: "cn=bot,dc=school",
  LDAP_BIND_PASSWORD: "bind-password-secret",
  LDAP_BASE_DN: "dc=school",
};

/** systemd's EnvironmentFile (the unit in deploy/) keeps a comment after a value in the value. */
describe("a comment after a value, kept in it by the service manager", () => {
  it("the refusal says the value holds a comment and to put it on a line of its own", () => {
    const message = problemsWith({
      ...LDAP,
      LDAP_URL: "ldaps://ldap.school.example:636      # or ldap://...:389 with LDAP_STARTTLS=true",
      PORT: "3000 # the port",
    });
    expect(message).toMatch(/LDAP_URL: .*comment.*line of its own/);
    expect(message).toMatch(/PORT: .*comment.*line of its own/);
    expect(message).toContain("EnvironmentFile");
  });

  it("a # with no space before it is no comment: nothing is added (a password may hold one)", () => {
    expect(problemsWith({ PORT: "30#00" })).not.toContain("comment");
  });
});
