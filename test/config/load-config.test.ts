import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const PEPPER = "a-pepper-that-is-long-enough-0123456789";

/** The error loadConfig throws for this environment (the test fails if it does not throw one). */

describe("configuration from the environment", () => {
  it("with nothing set, the embedded defaults: console, demo school, in-memory Redis, DESIGN.md's numbers", () => {
    const config = loadConfig({});
    expect(config.core.accountName).toBe("school account");
    expect(config.core.answerPepper).toBeUndefined();
    expect(config.core.dialogIdleSeconds).toBe(15 * 60);
    expect(config.core.reset.requiresLinkedChat).toBe(true);
    expect(config.core.reset.studentFailures).toEqual({
      maxFailures: 5,
      windowMs: 60 * 60_000,
      blockMs: 24 * 3600_000,
    });
    expect(config.core.reset.maxSuccesses).toBe(3);
    expect(config.core.reset.successWindowMs).toBe(30 * 24 * 3600_000);
    expect(config.core.password.minLength).toBe(8);
    expect(config.core.password.maxLength).toBe(128);
    expect(config.core.languages).toEqual(["en", "zh", "ms", "ta"]);
    expect(config.core.defaultLanguage).toBe("en");
    expect(config.redis.isReal).toBe(false);
    expect(config.redis.prefix).toBe("sspr:");
    expect(config.directory).toEqual({ kind: "memory", file: undefined });
    expect(config.telegram).toBeUndefined();
    expect(config.slack).toBeUndefined();
    expect(config.server.consoleWanted).toBe(true);
  });

  it("reads a school's own settings", () => {
    const config = loadConfig({
      ACCOUNT_NAME: "MIMS account",
      DIALOG_IDLE_MINUTES: "5",
      RESET_REQUIRES_LINKED_CHAT: "no",
      PASSWORD_MIN_LENGTH: "10",
      LANGUAGES: "en, ms",
    });
    expect(config.core.accountName).toBe("MIMS account");
    expect(config.core.dialogIdleSeconds).toBe(300);
    expect(config.core.reset.requiresLinkedChat).toBe(false);
    expect(config.core.password.minLength).toBe(10);
    expect(config.core.languages).toEqual(["en", "ms"]);
  });

  it("an empty variable counts as unset", () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: "", ACCOUNT_NAME: "  ", DIALOG_IDLE_MINUTES: "" });
    expect(config.telegram).toBeUndefined();
    expect(config.core.accountName).toBe("school account");
    expect(config.core.dialogIdleSeconds).toBe(900);
  });

  it("names no program: the bot's start and the admin tools each say whose it is", () => {
    const message = problemsWith({ PORT: "99999" });
    expect(message).toMatch(/^1 setting needs fixing\./);
    expect(message).not.toContain("The bot cannot start");
  });

  it("several bad values give one error that names every variable and says how to fix it", () => {
    const message = problemsWith({
      RESET_MAX_FAILURES: "lots",
      DIALOG_IDLE_MINUTES: "0",
      RESET_REQUIRES_LINKED_CHAT: "maybe",
      LOG_LEVEL: "loud",
      PORT: "99999",
      DIRECTORY: "excel",
    });
    expect(message).toContain("6 settings need fixing");
    expect(message).toMatch(/RESET_MAX_FAILURES: must be a whole number from 1 to 100, not "lots"/);
    expect(message).toMatch(/DIALOG_IDLE_MINUTES: must be a whole number from 1 to 1440/);
    expect(message).toMatch(/RESET_REQUIRES_LINKED_CHAT: must be true or false, not "maybe"/);
    expect(message).toContain("LOG_LEVEL");
    expect(message).toContain("PORT");
    expect(message).toContain("DIRECTORY");
    expect(message).toContain(".env.example");
  });

  it("HASHING_NICENESS is a niceness Linux accepts, 0 to 19", () => {
    expect(problemsWith({ HASHING_NICENESS: "25" })).toMatch(
      /HASHING_NICENESS: must be a whole number from 0 to 19/,
    );
    expect(loadConfig({ HASHING_NICENESS: "0" }).hashing.hashingNiceness).toBe(0);
  });

  it("a real chat platform without ANSWER_PEPPER and REDIS_URL lists both", () => {
    const message = problemsWith({ TELEGRAM_BOT_TOKEN: "123:abc" });
    expect(message).toContain("2 settings need fixing");
    expect(message).toMatch(/ANSWER_PEPPER: is required with Telegram or Slack/);
    expect(message).toMatch(/REDIS_URL: is required when Telegram or Slack is configured/);
    expect(message).toContain("openssl rand");
  });

  it("the same for Slack", () => {
    const message = problemsWith({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" });
    expect(message).toContain("ANSWER_PEPPER");
    expect(message).toContain("REDIS_URL");
  });

  it("a bad value elsewhere does not hide the missing pepper and Redis", () => {
    const message = problemsWith({ TELEGRAM_BOT_TOKEN: "123:abc", RESET_MAX_FAILURES: "lots" });
    expect(message).toContain("RESET_MAX_FAILURES");
    expect(message).toContain("ANSWER_PEPPER");
    expect(message).toContain("REDIS_URL");
  });

  it("with the pepper and Redis set, Telegram starts", () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: "123:abc",
      ANSWER_PEPPER: PEPPER,
      REDIS_URL: "redis://127.0.0.1:6379",
    });
    expect(config.telegram?.token).toBe("123:abc");
    expect(config.redis.isReal).toBe(true);
  });

  it("a pepper shorter than 32 bytes is refused, even without a chat platform", () => {
    const message = problemsWith({ ANSWER_PEPPER: "x".repeat(31) });
    expect(message).toMatch(/ANSWER_PEPPER: must be at least 32 bytes/);
    expect(loadConfig({ ANSWER_PEPPER: "x".repeat(32) }).core.answerPepper).toBe("x".repeat(32));
  });

  it("a short pepper with Telegram is reported once, as too short", () => {
    const message = problemsWith({
      TELEGRAM_BOT_TOKEN: "123:abc",
      ANSWER_PEPPER: "short",
      REDIS_URL: "redis://r:6379",
    });
    expect(message).toContain("1 setting needs fixing");
    expect(message).toContain("at least 32 bytes");
  });

  it("DIRECTORY=ldap without its settings lists each missing one", () => {
    const message = problemsWith({ DIRECTORY: "ldap" });
    for (const variable of ["LDAP_URL", "LDAP_BIND_DN", "LDAP_BIND_PASSWORD", "LDAP_BASE_DN"]) {
      expect(message).toMatch(
        new RegExp(`${variable}: is required with the LDAP directory \\(DIRECTORY=ldap, or LDAP_URL set\\)`),
      );
    }
  });

  it("DIRECTORY=ldap without its settings says what to type in each", () => {
    const message = problemsWith({ DIRECTORY: "ldap" });
    expect(message).toMatch(/LDAP_URL: is required .*, e\.g\. ldaps:\/\/dc1\.school\.local:636/);
    expect(message).toMatch(
      /LDAP_BIND_DN: is required .*service account's DN, e\.g\. cn=pwreset,ou=services,dc=school,dc=example/,
    );
    expect(message).toMatch(/LDAP_BIND_PASSWORD: is required .*the service account's password/);
    expect(message).toMatch(
      /LDAP_BASE_DN: is required .*where people are searched, e\.g\. dc=school,dc=example/,
    );
  });

  it("DIRECTORY=ldap with LDAP_FLAVOUR=ad says an AD login name works for LDAP_BIND_DN", () => {
    const message = problemsWith({ DIRECTORY: "ldap", LDAP_FLAVOUR: "ad" });
    expect(message).toMatch(/LDAP_BIND_DN: is required .*svc-pwreset@school\.example/);
  });

  it("DIRECTORY=ldap with a bad LDAP number still lists the missing ones", () => {
    const message = problemsWith({ DIRECTORY: "ldap", LDAP_TIMEOUT_MS: "soon" });
    expect(message).toContain("LDAP_TIMEOUT_MS");
    expect(message).toContain("LDAP_URL: is required");
  });

  it("LDAP over plain ldap:// needs StartTLS", () => {
    const ldap = {
      DIRECTORY: "ldap",
      LDAP_URL: "ldap://dc.school.local",
      LDAP_BIND_DN: "cn=bot,dc=school",
      LDAP_BIND_PASSWORD: "pw",
      LDAP_BASE_DN: "dc=school",
    };
    expect(problemsWith(ldap)).toMatch(/LDAP_URL: must be ldaps:\/\//);
    expect(loadConfig({ ...ldap, LDAP_STARTTLS: "true" }).directory.kind).toBe("ldap");
  });

  it("TELEGRAM_WEBHOOK_URL needs a TELEGRAM_WEBHOOK_SECRET Telegram accepts", () => {
    const telegram = {
      TELEGRAM_BOT_TOKEN: "123:abc",
      ANSWER_PEPPER: PEPPER,
      REDIS_URL: "redis://127.0.0.1:6379",
      TELEGRAM_WEBHOOK_URL: "https://bot.school.example/telegram",
    };
    expect(problemsWith(telegram)).toMatch(/TELEGRAM_WEBHOOK_SECRET: is required with TELEGRAM_WEBHOOK_URL/);
    expect(problemsWith({ ...telegram, TELEGRAM_WEBHOOK_SECRET: "short" })).toContain(
      "TELEGRAM_WEBHOOK_SECRET",
    );
    expect(problemsWith({ ...telegram, TELEGRAM_WEBHOOK_SECRET: "has spaces in it, not allowed" })).toContain(
      "TELEGRAM_WEBHOOK_SECRET",
    );
    const secret = "0123456789abcdef-_XYZ";
    expect(loadConfig({ ...telegram, TELEGRAM_WEBHOOK_SECRET: secret }).telegram?.webhookSecret).toBe(secret);
  });

  it("Slack needs a signing secret or an app token", () => {
    const slack = { SLACK_BOT_TOKEN: "xoxb-1", ANSWER_PEPPER: PEPPER, REDIS_URL: "redis://r:6379" };
    expect(problemsWith(slack)).toContain("SLACK_SIGNING_SECRET");
    expect(loadConfig({ ...slack, SLACK_APP_TOKEN: "xapp-1" }).slack?.appToken).toBe("xapp-1");
  });

  it("Slack with neither says where each is found in the app's settings", () => {
    const slack = { SLACK_BOT_TOKEN: "xoxb-1", ANSWER_PEPPER: PEPPER, REDIS_URL: "redis://r:6379" };
    const message = problemsWith(slack);
    expect(message).toMatch(/SLACK_SIGNING_SECRET: .*Basic Information → Signing Secret/);
    expect(message).toMatch(/SLACK_APP_TOKEN .*xapp-.*App-Level Tokens/);
  });

  it("the error never repeats a secret value it was given", () => {
    const message = problemsWith({
      ANSWER_PEPPER: "tiny-secret",
      TELEGRAM_BOT_TOKEN: "123:very-secret-token",
      LDAP_BIND_PASSWORD: "bind-secret",
      DIRECTORY: "ldap",
    });
    expect(message).not.toContain("tiny-secret");
    expect(message).not.toContain("very-secret-token");
    expect(message).not.toContain("bind-secret");
  });
});
