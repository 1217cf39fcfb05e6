import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

describe("one message lists every problem", () => {
  it("settings that do not fit together are listed beside a bad value, not after it is fixed", () => {
    const message = problemsWith({
      RESET_MAX_FAILURES: "lots",
      CHAT_THROTTLE_MINUTES: "10",
      DIALOG_IDLE_MINUTES: "20",
      DIALOG_MAX_MINUTES: "10",
      LANGUAGES: "en,ms",
      DEFAULT_LANGUAGE: "ta",
      DIRECTORY_FILE: "/nonexistent/school.json",
    });
    expect(message).toContain("5 settings need fixing");
    expect(message).toMatch(/RESET_MAX_FAILURES: must be a whole number/);
    expect(message).toMatch(
      /CHAT_THROTTLE_MINUTES: \(10\) must be at least CHAT_FAILURE_WINDOW_MINUTES \(60\)/,
    );
    expect(message).toMatch(/DIALOG_MAX_MINUTES: \(10\) must be at least DIALOG_IDLE_MINUTES \(20\)/);
    expect(message).toMatch(/DEFAULT_LANGUAGE: "ta" must be one of LANGUAGES \(en,ms\)/);
    expect(message).toMatch(/DIRECTORY_FILE: cannot read \/nonexistent\/school.json \(ENOENT\)/);
  });

  it("a QUESTIONS_FILE that cannot be read is named with the rest", () => {
    const message = problemsWith({ QUESTIONS_FILE: "/nonexistent/questions.json", LOG_LEVEL: "loud" });
    expect(message).toContain("2 settings need fixing");
    expect(message).toMatch(/QUESTIONS_FILE: cannot read \/nonexistent\/questions.json \(ENOENT\)/);
  });

  it("an LDAP_TLS_CA_FILE that cannot be read is named with the rest", () => {
    const message = problemsWith({
      DIRECTORY: "ldap",
      LDAP_URL: "ldaps://dc1.school.local",
      LDAP_BIND_DN: "cn=bot,dc=school",
      LDAP_BIND_PASSWORD: "bind-password-secret",
      LDAP_BASE_DN: "dc=school",
      LDAP_TLS_CA_FILE: "/nonexistent/school-ca.pem",
      LOG_LEVEL: "loud",
    });
    expect(message).toContain("2 settings need fixing");
    expect(message).toMatch(/LDAP_TLS_CA_FILE: cannot read \/nonexistent\/school-ca.pem \(ENOENT\)/);
    expect(message).toMatch(/LOG_LEVEL: must be one of/);
    expect(message).not.toContain("bind-password-secret");
  });

  it("Redis set two ways, or REDIS_SENTINELS without the master's name, is named with the rest", () => {
    // Found by QA as an installing admin: each came only after the pepper was fixed and the bot restarted.
    const pepper = { ANSWER_PEPPER: "p".repeat(40) };
    const twoWays = problemsWith({
      REDIS_URL: "redis://127.0.0.1:6379",
      REDIS_CLUSTER_NODES: "10.0.0.5:7001",
      LOG_LEVEL: "loud",
      ...pepper,
    });
    expect(twoWays).toContain("2 settings need fixing");
    expect(twoWays).toMatch(/REDIS_URL: set only one of REDIS_URL, REDIS_CLUSTER_NODES and REDIS_SENTINELS/);
    const noName = problemsWith({ REDIS_SENTINELS: "10.0.0.5:26379", LOG_LEVEL: "loud", ...pepper });
    expect(noName).toContain("2 settings need fixing");
    expect(noName).toMatch(/REDIS_SENTINEL_NAME: is required with REDIS_SENTINELS/);
  });

  it("a pair with one bad value is not compared with a default the admin never set", () => {
    const message = problemsWith({ DIALOG_IDLE_MINUTES: "soon", DIALOG_MAX_MINUTES: "10" });
    expect(message).toContain("1 setting needs fixing");
    expect(message).toContain("DIALOG_IDLE_MINUTES");
  });

  it("the numbers and choices that said only 'Invalid input' name the allowed values and the bad one", () => {
    const message = problemsWith({
      AUDIT_MAX_EVENTS: "lots",
      AUDIT_RETENTION_DAYS: "0",
      AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: "1.5",
      LOG_LEVEL: "loud",
      DIRECTORY: "excel",
      LDAP_FLAVOUR: "novell",
    });
    expect(message).toContain("6 settings need fixing");
    expect(message).toMatch(/AUDIT_MAX_EVENTS: must be a whole number from 100 to 10000000, not "lots"/);
    expect(message).toMatch(/AUDIT_RETENTION_DAYS: must be a whole number from 1 to 3650, not "0"/);
    expect(message).toMatch(
      /AUDIT_MAX_ATTEMPTS_PER_CHAT_HOUR: must be a whole number from 1 to 100000, not "1.5"/,
    );
    expect(message).toMatch(
      /LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent; not "loud"/,
    );
    expect(message).toMatch(/DIRECTORY: must be one of memory, ldap; not "excel"/);
    expect(message).toMatch(/LDAP_FLAVOUR: must be one of openldap, ad; not "novell"/);
    expect(message).not.toMatch(/Invalid (input|option)/);
  });

  it("the choices take any case", () => {
    const config = loadConfig({ LOG_LEVEL: "WARN", LDAP_FLAVOUR: "AD" });
    expect(config.core.logLevel).toBe("warn");
    expect(config.ldap.flavour).toBe("ad");
  });
});
