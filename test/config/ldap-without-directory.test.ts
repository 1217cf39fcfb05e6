import { describe, expect, it } from "vitest";
import { demoSchoolWarnings, loadConfig, noSchoolNamed } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

/**
 * An IT admin who sets the LDAP_ settings and leaves DIRECTORY out: as the design says, setting the LDAP
 * variables switches to the real directory. (The bot used to serve the demo school, whose teachers' and
 * admin's passwords are in the README, over the school's real Redis.) With a school file named too, the
 * bot does not guess which one she meant.
 */
describe("LDAP_URL set while DIRECTORY is not", () => {
  const LDAP = {
    LDAP_URL: "ldaps://dc1.school.local",
    LDAP_BIND_DN: "cn=bot,dc=school",
    LDAP_BIND_PASSWORD: "bind-password-secret",
    LDAP_BASE_DN: "dc=school",
  };

  it("uses the LDAP directory, and never the demo school", () => {
    const env = { ...LDAP, REDIS_URL: "redis://127.0.0.1:6379", ANSWER_PEPPER: "x".repeat(40) };
    expect(loadConfig(env).directory.kind).toBe("ldap");
    expect(noSchoolNamed(env)).toBe(false);
    expect(demoSchoolWarnings({ ...env, TELEGRAM_BOT_TOKEN: "1:x" })).toEqual([]);
  });

  it("names the LDAP settings still missing, as DIRECTORY=ldap does", () => {
    const message = problemsWith({ LDAP_URL: LDAP.LDAP_URL });
    expect(message).toContain(
      "LDAP_BIND_DN: is required with the LDAP directory (DIRECTORY=ldap, or LDAP_URL set)",
    );
  });

  it("with a school file named too, stops and asks which one", () => {
    const message = problemsWith({ ...LDAP, DIRECTORY_FILE: "data/demo-school.json" });
    expect(message).toContain(
      "DIRECTORY: is not set, but both LDAP_URL and DIRECTORY_FILE are: set DIRECTORY=ldap to use the LDAP directory, or DIRECTORY=memory to use the file (data/demo-school.json)",
    );
    expect(message).not.toContain("bind-password-secret");
  });

  it("DIRECTORY chosen on purpose wins", () => {
    expect(loadConfig({ ...LDAP, DIRECTORY: "ldap" }).directory.kind).toBe("ldap");
    expect(loadConfig({ ...LDAP, DIRECTORY: "memory" }).directory.kind).toBe("memory");
  });

  it("with nothing set, the demo school as before", () => {
    expect(loadConfig({}).directory.kind).toBe("memory");
  });
});
