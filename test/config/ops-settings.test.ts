import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { problemsWith } from "./config-problems.js";

describe("the operations settings", () => {
  it("default to a 10 s platform limit, a 1 s readiness PING, no leavers job, and PORT 3000 not chosen", () => {
    const { server } = loadConfig({});
    expect(server).toMatchObject({
      port: 3000,
      portSet: false,
      platformTimeoutMs: 10_000,
      readyRedisTimeoutMs: 1_000,
      leaversIntervalHours: 0,
    });
    expect(server.metricsToken).toBeUndefined();
    expect(loadConfig({ PORT: "8080", HOST: "127.0.0.1" }).server).toMatchObject({
      port: 8080,
      portSet: true,
      host: "127.0.0.1",
    });
  });

  it("a short METRICS_TOKEN, a bad time limit or port stop the start with what to set", () => {
    const message = problemsWith({ METRICS_TOKEN: "short", PLATFORM_TIMEOUT_MS: "fast", PORT: "0" });
    expect(message).toContain("3 settings need fixing");
    expect(message).toMatch(
      /METRICS_TOKEN: must be at least 16 characters; make one with: openssl rand -hex 32/,
    );
    expect(message).toMatch(/PLATFORM_TIMEOUT_MS: must be a whole number from 100 to 120000, not "fast"/);
    expect(message).toMatch(/PORT: must be a port number from 1 to 65535, not "0"/);
  });
});
