import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

/** What the start says about REDIS_URL alone (other settings the bot would need aside), if anything. */
function redisUrlProblem(url: string): string | undefined {
  try {
    loadConfig({ REDIS_URL: url, ANSWER_PEPPER: "a-pepper-of-thirty-two-characters-or-more" });
  } catch (error) {
    return (error as Error).message.split("\n").find((line) => line.includes("REDIS_URL"));
  }
  return undefined;
}

const LDAP = {
  DIRECTORY: "ldap",
  LDAP_BIND_DN: "cn=bot,dc=school",
  LDAP_BIND_PASSWORD: "bind-password-secret",
  LDAP_BASE_DN: "dc=school",
};

/** A REDIS_URL or LDAP_URL that starts as it should but cannot be read: the message says what to fix in it. */
describe("a URL setting with the right start but something wrong inside", () => {
  it("a port out of range is named as the port, not as a wrong start", () => {
    const redis = problemsWith({ REDIS_URL: "redis://127.0.0.1:99999" });
    expect(redis).toMatch(/REDIS_URL: .*port .*1 to 65535/);
    expect(redis).not.toContain("must start with");
    const ldap = problemsWith({ ...LDAP, LDAP_URL: "ldaps://dc1.school.local:99999" });
    expect(ldap).toMatch(/LDAP_URL: .*port .*1 to 65535/);
    expect(ldap).not.toContain("is not an LDAP URL");
  });

  it("a password with a / (openssl rand -base64 makes them) says to write it as %2F, without showing it", () => {
    const message = problemsWith({ REDIS_URL: "redis://:Ab3/hunter2+secret=@redis.school.internal:6379" });
    expect(message).toMatch(/REDIS_URL: .*password.*%2F/);
    expect(message).not.toContain("must start with");
    expect(message).not.toContain("hunter2");
  });

  it("two servers in one setting say that it takes one, and where several Redis servers go", () => {
    const redis = problemsWith({ REDIS_URL: "redis://r1.school:6379,redis://r2.school:6379" });
    expect(redis).toMatch(/REDIS_URL: .*one .*REDIS_CLUSTER_NODES/);
    const ldap = problemsWith({ ...LDAP, LDAP_URL: "ldaps://dc1.school.local ldaps://dc2.school.local" });
    expect(ldap).toMatch(/LDAP_URL: .*one /);
    expect(ldap).not.toContain("is not an LDAP URL");
  });

  it("a comma or a space in the password, or a comma in the query, is still a working address", () => {
    // Generated passwords hold commas; ioredis reads these URLs as they are.
    for (const url of [
      "rediss://user:p,w@redis.school:6380/0",
      "redis://default:p ss@redis.school:6379",
      "redis://:pw@redis.school:6379/0?x=1,2",
    ]) {
      expect(redisUrlProblem(url)).toBeUndefined();
    }
  });

  it("two hosts with a comma in one address, or a comment after it, are still named", () => {
    expect(problemsWith({ REDIS_URL: "redis://r1.school,r2.school" })).toMatch(/REDIS_URL: .*one /);
    // Each with its password: only the last would be used, with a garbled password.
    for (const url of [
      "redis://:pw@r1.school:6379,:pw@r2.school:6379",
      "redis://:pw@r1.school :pw@r2.school",
    ])
      expect(problemsWith({ REDIS_URL: url })).toMatch(/REDIS_URL: .*one /);
    expect(problemsWith({ REDIS_URL: "redis://:pw@redis.school:6379/0 # main" })).toMatch(
      /REDIS_URL: .*comment/,
    );
  });
});
