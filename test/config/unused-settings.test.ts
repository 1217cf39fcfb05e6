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

  it("SLACK_SIGNING_SECRET with SLACK_APP_TOKEN starts in Socket Mode, with a warning that the secret is not used", () => {
    const env = {
      SLACK_BOT_TOKEN: "xoxb-not-real",
      SLACK_APP_TOKEN: "xapp-not-real",
      SLACK_SIGNING_SECRET: "signing-secret-value",
    };
    expect(
      loadConfig({ ...env, REDIS_URL: "redis://127.0.0.1:6379", ANSWER_PEPPER: "p".repeat(40) }).slack
        ?.appToken,
    ).toBe("xapp-not-real");
    const warnings = settingWarnings(env);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/SLACK_SIGNING_SECRET is set but SLACK_APP_TOKEN/);
    expect(warnings[0]).toContain("Socket Mode");
    expect(warnings[0]).not.toMatch(/signing-secret-value|xapp-not-real|xoxb-not-real/);
    const { SLACK_APP_TOKEN: _socket, ...http } = env;
    expect(settingWarnings(http)).toEqual([]);
  });
});
