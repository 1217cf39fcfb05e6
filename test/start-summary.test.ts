import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config.js";
import { startSummary, storeName } from "../src/start-summary.js";

const PEPPER = "a-pepper-that-is-long-enough-0123456789";

function storeOf(redisUrl: string): string {
  return storeName(loadConfig({ ANSWER_PEPPER: PEPPER, REDIS_URL: redisUrl }));
}

describe("the store as the start line and the admin tools name it", () => {
  it("a Redis on a host: by host and port, never the password", () => {
    expect(storeOf("redis://:hunter2-secret@redis.school.internal:6380/2")).toBe(
      "redis redis.school.internal:6380",
    );
  });

  it("a Redis over TLS says so, so that a rediss:// to a Redis without TLS can be seen in the words", () => {
    expect(storeOf("rediss://:hunter2-secret@redis.school.internal:6380")).toBe(
      "redis over TLS redis.school.internal:6380",
    );
  });

  it("a Redis on this host's Unix socket: by the socket's path, never the password or the login", () => {
    const url = "unix://bot:hunter2-secret@/run/redis/redis-server.sock?db=2";
    expect(storeOf(url)).toBe("redis socket /run/redis/redis-server.sock");
    const config = loadConfig({ ANSWER_PEPPER: PEPPER, REDIS_URL: url });
    const line = JSON.stringify(startSummary(config, ["console"]));
    expect(line).toContain("/run/redis/redis-server.sock");
    expect(line).not.toContain("hunter2-secret");
    expect(line).not.toContain("bot:");
  });

  it("names the REDIS_PREFIX, which npm run audit and npm run leavers must be given too", () => {
    const config = loadConfig({
      ANSWER_PEPPER: PEPPER,
      REDIS_URL: "redis://10.0.0.5:6379",
      REDIS_PREFIX: "school-a:",
    });
    expect(startSummary(config, ["console"])).toMatchObject({ prefix: "school-a:" });
  });
});

describe("the start line's admin alerts", () => {
  const TELEGRAM = {
    ANSWER_PEPPER: PEPPER,
    REDIS_URL: "redis://10.0.0.5:6379",
    TELEGRAM_BOT_TOKEN: "7000000001:AAE-not-a-real-token",
  };

  it("says where the admin alerts go: the chats and channel by id, never a token", () => {
    const config = loadConfig({ ...TELEGRAM, ADMIN_ALERT_TELEGRAM_CHATS: "-1001234567890, @school_it" });
    const line = startSummary(config, ["telegram"]);
    expect(line).toMatchObject({ alerts: "log, telegram -1001234567890, telegram @school_it" });
    expect(JSON.stringify(line)).not.toContain("AAE-not-a-real-token");
  });

  it("names a Slack channel too", () => {
    const config = loadConfig({
      ANSWER_PEPPER: PEPPER,
      REDIS_URL: "redis://10.0.0.5:6379",
      SLACK_BOT_TOKEN: "xoxb-not-real",
      SLACK_APP_TOKEN: "xapp-not-real",
      ADMIN_ALERT_SLACK_CHANNEL: "C0123456",
    });
    expect(startSummary(config, ["slack"])).toMatchObject({ alerts: "log, slack C0123456" });
  });

  it("says when they go only to the log", () => {
    expect(startSummary(loadConfig(TELEGRAM), ["telegram"])).toMatchObject({ alerts: "log only" });
    expect(startSummary(loadConfig({}), ["console"])).toMatchObject({ alerts: "log only" });
  });
});

describe("the start line's directory", () => {
  const ldap = (url: string) =>
    startSummary(
      loadConfig({
        ANSWER_PEPPER: PEPPER,
        DIRECTORY: "ldap",
        LDAP_URL: url,
        LDAP_BIND_DN: "cn=pwreset,ou=services,dc=school,dc=test",
        LDAP_BIND_PASSWORD: "service-secret-0417",
        LDAP_BASE_DN: "dc=school,dc=test",
        ...(url.startsWith("ldap:") ? { LDAP_STARTTLS: "true" } : {}),
      }),
      ["console"],
    ).directory;

  // Found by QA as an installing admin: "ldap openldap 127.0.0.1" hid that ldaps:// had reached 636.
  it("names the port the connection uses, the scheme's own when LDAP_URL leaves it out", () => {
    expect(ldap("ldaps://127.0.0.1")).toBe("ldap openldap 127.0.0.1:636");
    expect(ldap("ldap://dc1.school.local")).toBe("ldap openldap dc1.school.local:389");
    expect(ldap("ldaps://dc1.school.local:6360")).toBe("ldap openldap dc1.school.local:6360");
    expect(ldap("ldaps://[::1]")).toBe("ldap openldap [::1]:636");
  });
});
