import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

describe("ANSWER_PEPPER with a real Redis", () => {
  it("the terminal bot over a real Redis does not start with a throw-away pepper, and says how to make one", () => {
    const message = problemsWith({ REDIS_URL: "redis://:redis-password-9@redis.school.internal:6379" });
    expect(message).toContain("1 setting needs fixing");
    expect(message).toMatch(/ANSWER_PEPPER: is required with a real Redis/);
    expect(message).toContain("openssl rand -base64 48");
    expect(message).toMatch(/secret/);
    expect(message).toMatch(/never change it/);
    expect(message).toContain("ANSWER_PEPPER_PREVIOUS");
    expect(message).not.toContain("redis-password-9");
  });

  it("Redis Cluster and Sentinel count as a real Redis too", () => {
    expect(problemsWith({ REDIS_CLUSTER_NODES: "10.0.0.1:7000,10.0.0.2:7000" })).toContain("ANSWER_PEPPER");
    expect(problemsWith({ REDIS_SENTINELS: "10.0.0.1:26379", REDIS_SENTINEL_NAME: "main" })).toContain(
      "ANSWER_PEPPER",
    );
  });

  it("with the pepper set, the terminal bot runs over the real Redis", () => {
    const config = loadConfig({ REDIS_URL: "redis://127.0.0.1:6379", ANSWER_PEPPER: "p".repeat(48) });
    expect(config.redis.isReal).toBe(true);
  });

  it("the demo (no Redis) still needs no settings at all", () => {
    expect(loadConfig({}).core.answerPepper).toBeUndefined();
  });

  it("the audit export, which never checks an answer, runs without it", () => {
    const config = loadConfig({ REDIS_URL: "redis://127.0.0.1:6379" }, { checksAnswers: false });
    expect(config.redis.isReal).toBe(true);
  });
});
