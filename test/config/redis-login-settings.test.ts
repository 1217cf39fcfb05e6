import { describe, expect, it } from "vitest";
import { loadConfig, settingWarnings } from "../../src/config/load-config.js";
import { startSummary } from "../../src/start-summary.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { problemsWith } from "./config-problems.js";

const PEPPER = "a-pepper-that-is-long-enough-0123456789";
const PASSWORD = "Hunter2-Cluster-Pass";
const SENTINEL_PASSWORD = "Hunter2-Sentinel-Pass";
const CLUSTER = { ANSWER_PEPPER: PEPPER, REDIS_CLUSTER_NODES: "10.0.0.5:7001,10.0.0.6:7001" };
const SENTINELS = { ANSWER_PEPPER: PEPPER, REDIS_SENTINELS: "10.0.0.5:26379", REDIS_SENTINEL_NAME: "school" };

describe("REDIS_USERNAME, REDIS_PASSWORD, REDIS_TLS and REDIS_SENTINEL_PASSWORD", () => {
  it("are read for a cluster and for sentinels, spaces around them dropped", () => {
    const cluster = loadConfig({
      ...CLUSTER,
      REDIS_USERNAME: " sspr-bot ",
      REDIS_PASSWORD: PASSWORD,
      REDIS_TLS: "true",
    }).redis;
    expect(cluster).toMatchObject({ username: "sspr-bot", password: PASSWORD, tls: true });
    const sentinels = loadConfig({
      ...SENTINELS,
      REDIS_PASSWORD: PASSWORD,
      REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD,
    }).redis;
    expect(sentinels).toMatchObject({ password: PASSWORD, sentinelPassword: SENTINEL_PASSWORD, tls: false });
  });

  it("a password, user name or TLS beside REDIS_URL stops the start: the URL carries its own", () => {
    const url = { ANSWER_PEPPER: PEPPER, REDIS_URL: "redis://10.0.0.5:6379" };
    const password = problemsWith({ ...url, REDIS_PASSWORD: PASSWORD });
    expect(password).toMatch(
      /REDIS_PASSWORD: is for REDIS_CLUSTER_NODES and REDIS_SENTINELS: REDIS_URL carries its own password/,
    );
    expect(password).not.toContain(PASSWORD);
    expect(problemsWith({ ...url, REDIS_USERNAME: "sspr-bot" })).toMatch(
      /REDIS_USERNAME: .*REDIS_URL carries its own user name/,
    );
    expect(problemsWith({ ...url, REDIS_TLS: "true" })).toMatch(/REDIS_TLS: .*rediss:\/\//);
    // All three at once are named at once.
    const all = problemsWith({
      ...url,
      REDIS_PASSWORD: PASSWORD,
      REDIS_USERNAME: "sspr-bot",
      REDIS_TLS: "1",
    });
    expect(all).toMatch(/^3 settings need fixing/);
    // REDIS_TLS=false says nothing REDIS_URL does not.
    expect(loadConfig({ ...url, REDIS_TLS: "false" }).redis.url).toBe("redis://10.0.0.5:6379");
  });

  it("a user name without a password, or a REDIS_TLS that is no yes or no, stops the start", () => {
    expect(problemsWith({ ...CLUSTER, REDIS_USERNAME: "sspr-bot" })).toMatch(
      /REDIS_USERNAME: needs REDIS_PASSWORD/,
    );
    expect(problemsWith({ ...CLUSTER, REDIS_TLS: "required" })).toMatch(/REDIS_TLS: must be true or false/);
  });

  it("REDIS_SENTINEL_USERNAME is read for sentinels with an ACL user, and needs REDIS_SENTINEL_PASSWORD", () => {
    const sentinels = loadConfig({
      ...SENTINELS,
      REDIS_SENTINEL_USERNAME: " sentinel-bot ",
      REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD,
    }).redis;
    expect(sentinels).toMatchObject({
      sentinelUsername: "sentinel-bot",
      sentinelPassword: SENTINEL_PASSWORD,
    });
    const alone = problemsWith({ ...SENTINELS, REDIS_SENTINEL_USERNAME: "sentinel-bot" });
    expect(alone).toMatch(/REDIS_SENTINEL_USERNAME: needs REDIS_SENTINEL_PASSWORD/);
    // Unset: the sentinels' default user, as before.
    expect(loadConfig(SENTINELS).redis.sentinelUsername).toBeUndefined();
  });

  it("REDIS_SENTINEL_USERNAME without sentinels is a warning that names it, never its value", () => {
    const onCluster = settingWarnings({
      ...CLUSTER,
      REDIS_SENTINEL_USERNAME: "sentinel-bot",
      REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD,
    });
    expect(onCluster.join("\n")).toMatch(/REDIS_SENTINEL_USERNAME is set but REDIS_SENTINELS is not/);
    expect(onCluster.join("\n")).not.toContain("sentinel-bot");
  });

  it("a login with nothing to log in to is a warning that names it, never its value", () => {
    const onCluster = settingWarnings({ ...CLUSTER, REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD });
    expect(onCluster.join("\n")).toMatch(/REDIS_SENTINEL_PASSWORD is set but REDIS_SENTINELS is not/);
    const noRedis = settingWarnings({ REDIS_PASSWORD: PASSWORD, REDIS_TLS: "true" });
    expect(noRedis.join("\n")).toMatch(/REDIS_PASSWORD and REDIS_TLS are set but no Redis is/);
    expect([...onCluster, ...noRedis].join("\n")).not.toMatch(/Hunter2/);
    // REDIS_TLS=false asks for nothing, with or without a Redis.
    expect(settingWarnings({ REDIS_TLS: "false" })).toEqual([]);
    expect(
      settingWarnings({ ...SENTINELS, REDIS_PASSWORD: PASSWORD, REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD }),
    ).toEqual([]);
  });

  it("the passwords never reach the start line, nor a log line that holds the settings", () => {
    const config = loadConfig({
      ...SENTINELS,
      REDIS_USERNAME: "sspr-bot",
      REDIS_PASSWORD: PASSWORD,
      REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD,
      REDIS_TLS: "true",
    });
    const logs = new CapturedLogs();
    logs.logger.info(startSummary(config, ["console"]), "started");
    logs.logger.info({ config }, "settings");
    logs.logger.info({ redis: config.redis }, "redis settings");
    logs.logger.info(config.redis, "redis settings, flat");
    expect(logs.lines).toHaveLength(4);
    expect(logs.text).toContain("redis sentinel");
    expect(logs.text).not.toContain(PASSWORD);
    expect(logs.text).not.toContain(SENTINEL_PASSWORD);
  });
});
