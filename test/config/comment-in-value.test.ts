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

  it("a URL with a comment after it is told so once, with what to do, and every other refused value too", () => {
    const message = problemsWith({
      ...LDAP,
      LDAP_URL: "ldaps://ldap.school.example:636 # the main DC",
      REDIS_URL: "redis://:pw@redis.school:6379/0 # main",
      ANSWER_PEPPER: "x".repeat(48),
      PORT: "3000 # the port",
      ALERT_DEDUPE_MINUTES: "15 # a quarter",
    });
    const lineOf = (name: string) => message.split("\n").find((line) => line.includes(`- ${name}:`)) ?? "";
    for (const name of ["LDAP_URL", "REDIS_URL", "PORT", "ALERT_DEDUPE_MINUTES"]) {
      const line = lineOf(name);
      expect(line.match(/a comment after/g), line).toHaveLength(1);
      expect(line.match(/EnvironmentFile/g), line).toHaveLength(1);
      expect(line).toContain("put the comment on a line of its own");
    }
    // The URL's own words are not a second sentence about the comment, and never repeat the value.
    expect(lineOf("REDIS_URL")).not.toContain("main");
    expect(lineOf("REDIS_URL")).not.toContain("pw");
  });

  it("a Redis cluster's or sentinels' node list with a comment after it is refused at start, with the hint once", () => {
    const pepper = { ANSWER_PEPPER: "x".repeat(48) };
    for (const env of [
      { REDIS_CLUSTER_NODES: "10.0.0.5:7001,10.0.0.6:7001 # the cluster", ...pepper },
      { REDIS_SENTINELS: "10.0.0.5:26379 # the sentinels", REDIS_SENTINEL_NAME: "mymaster", ...pepper },
    ]) {
      const message = problemsWith(env);
      expect(message).toMatch(/REDIS_(CLUSTER_NODES|SENTINELS): .*not host:port/);
      expect(message.match(/EnvironmentFile/g)).toHaveLength(1);
    }
  });

  it("a node without a port but with a comment after it is refused too, not taken as a host name", () => {
    const pepper = { ANSWER_PEPPER: "x".repeat(48) };
    for (const env of [
      { REDIS_CLUSTER_NODES: "10.0.0.5 # main", ...pepper },
      { REDIS_CLUSTER_NODES: "redis-a,redis-b   # the two", ...pepper },
    ]) {
      const message = problemsWith(env);
      expect(message).toMatch(/REDIS_CLUSTER_NODES: .*not host:port/);
      expect(message.match(/EnvironmentFile/g)).toHaveLength(1);
    }
  });

  it("a node list's refusal never repeats an entry's password (a REDIS_URL copied in)", () => {
    const message = problemsWith({
      REDIS_CLUSTER_NODES: "redis://:s3cretpw@10.0.0.5:7001,10.0.0.6:7001",
      ANSWER_PEPPER: "x".repeat(48),
    });
    expect(message).toMatch(/REDIS_CLUSTER_NODES: .*not host:port/);
    expect(message).not.toContain("s3cretpw");
  });

  it("a # with no space before it is no comment: nothing is added (a password may hold one)", () => {
    expect(problemsWith({ PORT: "30#00" })).not.toContain("comment");
  });
});
