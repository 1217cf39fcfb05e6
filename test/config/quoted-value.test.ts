import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { quotedSettingWarnings } from "../../src/config/quoted-setting-warnings.js";
import { problemsWith } from "./config-problems.js";

const REAL = { ANSWER_PEPPER: "a-pepper-that-is-long-enough-0123456789" };
const LDAP = {
  DIRECTORY: "ldap",
  LDAP_URL: "ldaps://dc1.school.local:636",
  LDAP_BIND_DN: "cn=bot,dc=school",
  LDAP_BASE_DN: "dc=school",
};

/**
 * .env and systemd's EnvironmentFile take quotes off a value; `docker run --env-file` and compose's
 * `environment:` list (`- REDIS_URL="redis://..."`) keep them in it. Found by QA as an installing admin:
 * `REDIS_URL: must start with redis://` for a value that plainly did, and a bind password in quotes only
 * failed later, at the directory's check.
 */
describe("a value in quotes that the service manager kept", () => {
  it("a refused value says it is in quotes and to remove them, never the value", () => {
    const message = problemsWith({ ...REAL, REDIS_URL: '"redis://:s3cretpw@10.0.0.5:6379"', PORT: "'3000'" });
    const lineOf = (name: string) => message.split("\n").find((line) => line.includes(`- ${name}:`)) ?? "";
    for (const name of ["REDIS_URL", "PORT"]) {
      expect(lineOf(name)).toContain("its value is in quotes");
      expect(lineOf(name)).toContain("remove them");
      expect(lineOf(name)).toContain("--env-file");
    }
    expect(message).not.toContain("s3cretpw");
  });

  it("a value the bot takes as it is (a password in quotes) starts, with a warning naming the setting only", () => {
    const env = { ...LDAP, LDAP_BIND_PASSWORD: '"Blue-Tiger-42"', ACCOUNT_NAME: "Hill account" };
    expect(loadConfig(env).ldap.bindPassword).toBe('"Blue-Tiger-42"');
    const warnings = quotedSettingWarnings(env);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^LDAP_BIND_PASSWORD's value is in quotes/);
    expect(warnings[0]).toContain("remove them");
    expect(warnings[0]).not.toContain("Blue-Tiger-42");
  });

  it("quotes only inside a value, a lone quote, or another program's quoted variable say nothing", () => {
    expect(
      quotedSettingWarnings({
        ACCOUNT_NAME: 'the "school" account',
        LDAP_BIND_PASSWORD: '"Blue-Tiger-42',
        PS1: '"$ "',
      }),
    ).toEqual([]);
    expect(problemsWith({ PORT: "30x0" })).not.toContain("quotes");
  });
});
