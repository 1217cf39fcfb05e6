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

  it("LDAP_ settings with DIRECTORY=memory (or with no LDAP_URL) start, with a warning naming them as not read", () => {
    const env = { ...LDAP, DIRECTORY: "memory", DIRECTORY_FILE: "data/demo-school.json" };
    expect(loadConfig(env).directory.kind).toBe("memory");
    const warnings = settingWarnings(env);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("LDAP_URL, LDAP_BIND_DN, LDAP_BIND_PASSWORD and LDAP_BASE_DN are set");
    expect(warnings[0]).toContain("DIRECTORY=memory");
    expect(warnings[0]).toContain("not read");
    expect(warnings.join("\n")).not.toMatch(/bind-password-secret|dc1\.school\.local/);
    // The URL forgotten (or left blank in .env): the other LDAP_ settings are not read either, and the demo
    // school is served.
    const { DIRECTORY: _chosen, LDAP_URL: _url, ...noUrl } = LDAP;
    const forgotten = settingWarnings({ ...noUrl, LDAP_URL: " " });
    expect(forgotten).toHaveLength(1);
    expect(forgotten[0]).toContain("LDAP_BIND_DN, LDAP_BIND_PASSWORD and LDAP_BASE_DN are set");
    expect(forgotten[0]).toContain("LDAP_URL is not");
    expect(forgotten[0]).toContain("demo school");
    expect(settingWarnings({ DIRECTORY_FILE: "/srv/school.json" })).toEqual([]);
  });

  it("REDIS_SENTINEL_NAME without REDIS_SENTINELS starts, with a warning that it is not used", () => {
    const env = { REDIS_URL: "redis://127.0.0.1:6379", REDIS_SENTINEL_NAME: "mymaster" };
    const warnings = settingWarnings(env);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^REDIS_SENTINEL_NAME is set but REDIS_SENTINELS is not/);
    expect(warnings[0]).toContain("not used");
    expect(settingWarnings({ ...env, REDIS_URL: "", REDIS_SENTINELS: "10.0.0.5:26379" })).toEqual([]);
  });

  it("ANSWER_PEPPER_PREVIOUS equal to ANSWER_PEPPER starts, with a warning that nothing was rotated", () => {
    const pepper = "the-same-pepper-pasted-twice-0123456789";
    const warnings = settingWarnings({ ANSWER_PEPPER: pepper, ANSWER_PEPPER_PREVIOUS: ` ${pepper}` });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^ANSWER_PEPPER_PREVIOUS is the same as ANSWER_PEPPER/);
    expect(warnings[0]).toContain("openssl rand -base64 48");
    expect(warnings[0]).not.toContain(pepper);
    expect(settingWarnings({ ANSWER_PEPPER: pepper, ANSWER_PEPPER_PREVIOUS: `${pepper}-old` })).toEqual([]);
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

/**
 * Found by QA as the IT admin: Slack's signing secret and app-level token (on the app's Basic Information
 * page) set but the bot token (given only once the app is installed) left blank, and the bot started
 * without Slack and without a word; beside Telegram, only the start line's channels showed it.
 */
describe("a chat platform's settings without its token", () => {
  it("Slack's settings without SLACK_BOT_TOKEN: Slack is off, and a warning names them and the token to set", () => {
    const env = { SLACK_SIGNING_SECRET: "signing-secret-value", SLACK_APP_TOKEN: "xapp-not-real" };
    expect(loadConfig(env).slack).toBeUndefined();
    const warnings = settingWarnings(env);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^SLACK_SIGNING_SECRET and SLACK_APP_TOKEN are set but SLACK_BOT_TOKEN is not: the Slack channel is off/,
    );
    expect(warnings[0]).toContain("xoxb-");
    expect(warnings[0]).not.toMatch(/signing-secret-value|xapp-not-real/);
    expect(settingWarnings({ SLACK_USER_LOCALE: "false" })[0]).toMatch(
      /^SLACK_USER_LOCALE is set but SLACK_BOT_TOKEN is not/,
    );
    expect(settingWarnings({ ...env, SLACK_BOT_TOKEN: "xoxb-not-real", SLACK_APP_TOKEN: "" })).toEqual([]);
  });

  it("Telegram's settings without TELEGRAM_BOT_TOKEN: Telegram is off, and a warning names them and the token to set", () => {
    const env = {
      TELEGRAM_WEBHOOK_URL: "https://bot.school.example/telegram/webhook",
      TELEGRAM_WEBHOOK_SECRET: "0123456789abcdef-_XYZ",
    };
    expect(loadConfig(env).telegram).toBeUndefined();
    const warnings = settingWarnings(env);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET are set but TELEGRAM_BOT_TOKEN is not: the Telegram channel is off/,
    );
    expect(warnings[0]).toContain("@BotFather");
    expect(warnings[0]).not.toContain("0123456789abcdef");
    const on = { ...env, TELEGRAM_BOT_TOKEN: "123:telegram-token", ANSWER_PEPPER: "p".repeat(40) };
    expect(settingWarnings(on)).toEqual([]);
  });
});

/**
 * Found in QA: with LDAP_TEACHER_GROUP_DN set but neither LDAP_CLASS_ATTRIBUTE nor LDAP_CLASS_GROUP_BASE_DN,
 * the bot started without a word, and every teacher's /guided, /unlock and /clearanswers was refused ("You
 * can only help students in your classes"): nobody is in a class. And with both class settings, the groups
 * were silently not read.
 */
describe("the class settings", () => {
  const teachers = { ...LDAP, LDAP_TEACHER_GROUP_DN: "cn=teachers,ou=groups,dc=school" };

  it("teachers with no class setting: a warning that they can help nobody, naming both settings", () => {
    const warnings = settingWarnings(teachers);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("LDAP_TEACHER_GROUP_DN is set, but neither LDAP_CLASS_ATTRIBUTE nor");
    expect(warnings[0]).toContain("LDAP_CLASS_GROUP_BASE_DN");
    expect(warnings[0]).toContain("teachers can help no student");
    expect(warnings.join("\n")).not.toContain("bind-password-secret");
    // A class setting, or no teachers at all (only admins help), says nothing.
    expect(settingWarnings({ ...teachers, LDAP_CLASS_ATTRIBUTE: "departmentNumber" })).toEqual([]);
    expect(settingWarnings({ ...teachers, LDAP_CLASS_GROUP_BASE_DN: "ou=classes,dc=school" })).toEqual([]);
    expect(settingWarnings(LDAP)).toEqual([]);
    // The school file has its classes in it: only that the LDAP_ setting is not read.
    const withFile = settingWarnings({ LDAP_TEACHER_GROUP_DN: "cn=teachers,dc=school" });
    expect(withFile).toHaveLength(1);
    expect(withFile[0]).toMatch(/^LDAP_TEACHER_GROUP_DN is set but LDAP_URL is not .* not read/);
  });

  it("both class settings: a warning that the groups are not read, the attribute is", () => {
    const warnings = settingWarnings({
      ...teachers,
      LDAP_CLASS_ATTRIBUTE: "departmentNumber",
      LDAP_CLASS_GROUP_BASE_DN: "ou=classes,dc=school",
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("LDAP_CLASS_GROUP_BASE_DN is set but LDAP_CLASS_ATTRIBUTE is too");
    expect(warnings[0]).toContain("not read");
  });
});
