import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

const PEPPER = "a-pepper-that-is-long-enough-0123456789";

describe("REDIS_URL", () => {
  it("a URL that is not redis://, rediss:// or unix:// stops the start and says what it should look like", () => {
    const message = problemsWith({ REDIS_URL: "htp://nowhere" });
    expect(message).toMatch(/REDIS_URL: must start with redis:\/\/, rediss:\/\/ \(TLS\) or unix:\/\//);
    expect(message).toContain("redis://127.0.0.1:6379");
    expect(problemsWith({ REDIS_URL: "https://redis.school.internal" })).toContain("REDIS_URL");
    expect(problemsWith({ REDIS_URL: "127.0.0.1:6379" })).toContain("REDIS_URL");
  });

  it("the message never shows the password in the URL", () => {
    for (const url of [
      "http://bot:hunter2-secret@redis.school.internal:6379",
      "redis//bot:hunter2-secret@redis.school.internal:6379",
      "redis://bot:hunter2-secret@[bad",
    ]) {
      const message = problemsWith({ REDIS_URL: url });
      expect(message).toContain("REDIS_URL");
      expect(message).not.toContain("hunter2-secret");
    }
  });

  it("a path after the host that is no database number stops the start, naming unix:// for a socket", () => {
    // ioredis would send SELECT with the path's first part (SELECT run): a crash at start, and
    // redis:///run/redis/redis-server.sock would go to 127.0.0.1:6379, not to the socket.
    for (const url of [
      "redis:///run/redis/redis-server.sock",
      "redis://bot:hunter2-secret@127.0.0.1:6379/sspr",
      "rediss://redis.school.internal:6380/0/1",
    ]) {
      const message = problemsWith({ REDIS_URL: url });
      expect(message, url).toMatch(/REDIS_URL: .*database number.*unix:\/\/\/run\/redis\/redis-server\.sock/);
      expect(message, url).not.toContain("hunter2-secret");
    }
    // No host but a login is no URL at all; that message names the socket form too.
    const noHost = problemsWith({ REDIS_URL: "redis://:hunter2-secret@/run/redis/redis-server.sock" });
    expect(noHost).toMatch(/REDIS_URL: .*unix:\/\/\/run\/redis\/redis-server\.sock/);
    expect(noHost).not.toContain("hunter2-secret");
    for (const url of ["redis://127.0.0.1:6379/", "redis://127.0.0.1:6379/15", "rediss://r:6380/0"]) {
      expect(loadConfig({ ANSWER_PEPPER: PEPPER, REDIS_URL: url }).redis.url).toBe(url);
    }
  });

  it("redis:// and rediss:// URLs, with a user and password, are accepted", () => {
    expect(loadConfig({ ANSWER_PEPPER: PEPPER, REDIS_URL: "redis://127.0.0.1:6379" }).redis.url).toBe(
      "redis://127.0.0.1:6379",
    );
    const tls = "rediss://bot:pw@redis.school.internal:6380/0";
    expect(loadConfig({ ANSWER_PEPPER: PEPPER, REDIS_URL: tls }).redis.url).toBe(tls);
    expect(loadConfig({ ANSWER_PEPPER: PEPPER, REDIS_URL: "REDIS://r:6379" }).redis.isReal).toBe(true);
  });
});
