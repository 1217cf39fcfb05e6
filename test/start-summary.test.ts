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
});
