import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

/**
 * An IT admin who sets the LDAP_ settings and forgets DIRECTORY=ldap: the bot served the demo school, whose
 * teachers' and admin's passwords are in the README, over the school's real Redis, with no word in the
 * terminal mode and only a general warning on Telegram or Slack. It stops instead, saying what to set.
 */
describe("LDAP_URL set while DIRECTORY is not", () => {
  const LDAP = {
    LDAP_URL: "ldaps://dc1.school.local",
    LDAP_BIND_DN: "cn=bot,dc=school",
    LDAP_BIND_PASSWORD: "bind-password-secret",
    LDAP_BASE_DN: "dc=school",
  };

  it("stops the start, naming DIRECTORY and what to set", () => {
    const message = problemsWith({
      ...LDAP,
      REDIS_URL: "redis://127.0.0.1:6379",
      ANSWER_PEPPER: "x".repeat(40),
    });
    expect(message).toContain(
      "DIRECTORY: is not set, but LDAP_URL is: set DIRECTORY=ldap to use that directory. Without it the bot would serve the demo school (data/demo-school.json), whose passwords are in the README",
    );
    expect(message).not.toContain("bind-password-secret");
  });

  it("with a school file named, says that file would be served instead", () => {
    const message = problemsWith({ ...LDAP, DIRECTORY_FILE: "data/demo-school.json" });
    expect(message).toContain(
      "DIRECTORY: is not set, but LDAP_URL is: set DIRECTORY=ldap to use that directory. Without it the bot would serve DIRECTORY_FILE (data/demo-school.json); to keep the file, set DIRECTORY=memory and remove the LDAP_ settings",
    );
  });

  it("starts as before with DIRECTORY=ldap, or with DIRECTORY=memory chosen on purpose", () => {
    expect(loadConfig({ ...LDAP, DIRECTORY: "ldap" }).directory.kind).toBe("ldap");
    expect(loadConfig({ ...LDAP, DIRECTORY: "memory" }).directory.kind).toBe("memory");
  });
});
