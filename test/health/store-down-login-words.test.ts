import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { redisSettings } from "../../src/config/redis-settings.js";
import type { Alert } from "../../src/core/ports/alerts.js";
import { StoreHealth } from "../../src/health/store-health.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

const SECOND = 1_000;
const PASSWORD = "Bot-Pass-8123";
const SENTINEL_PASSWORD = "Sentinel-Pass-9234";

/** Redis's reply, as ioredis hands it on. */
function replyError(message: string): Error {
  return Object.assign(new Error(message), { name: "ReplyError" });
}

const WRONGPASS = "WRONGPASS invalid username-password pair or user is disabled.";
const NOAUTH = "NOAUTH Authentication required.";
const NOPERM = "NOPERM No permissions to access a key";

/**
 * The store-down alert (in English, and in every language) of a replica whose connection to Redis failed
 * with `failure`, for a bot set up with `env`; and its store_down log line.
 */
async function storeDown(env: Record<string, string>, failure: Error) {
  const raised: Alert[] = [];
  const logs = new CapturedLogs();
  const health = new StoreHealth({
    probe: () => new Promise(() => undefined),
    connectionFailure: () => failure,
    redis: redisSettings.parse(env),
    alerts: { raise: (alert: Alert) => void raised.push(alert) } as never,
    logger: logs.logger,
    replica: "bot-3",
    timeoutMs: 1_000,
  });
  health.start();
  await vi.advanceTimersByTimeAsync(15 * SECOND);
  await health.stop();
  expect(raised).toHaveLength(1);
  const alert = raised[0]!;
  const said = formatAlert(alert, 0, "en");
  const inEvery = ["en", "zh", "ms", "ta"].map((language) => formatAlert(alert, 0, language));
  return { said, inEvery, logs };
}

const CLUSTER = { REDIS_CLUSTER_NODES: "10.0.0.1:6379,10.0.0.2:6379", REDIS_PASSWORD: PASSWORD };
const SENTINELS = {
  REDIS_SENTINELS: "10.0.0.5:26379",
  REDIS_SENTINEL_NAME: "mymaster",
  REDIS_USERNAME: "sspr-bot",
  REDIS_PASSWORD: PASSWORD,
  REDIS_SENTINEL_USERNAME: "sentinel-bot",
  REDIS_SENTINEL_PASSWORD: SENTINEL_PASSWORD,
};

/*
 * The IT admin who reads the store-down alert is told which setting carries the login Redis refused: the
 * one this deployment uses (REDIS_URL, REDIS_PASSWORD for a cluster or sentinels' master, the sentinels'
 * own), and for a refused command, the Redis user the bot logs in as; never a password.
 */
describe("the store-down alert names the Redis settings in play", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("a cluster's WRONGPASS and NOAUTH name REDIS_PASSWORD and REDIS_USERNAME, not REDIS_URL", async () => {
    // A Cluster's words for a node that refused the login: the node's own error is lastNodeError.
    const slots = Object.assign(new Error("Failed to refresh slots cache."), {
      lastNodeError: replyError(WRONGPASS),
    });
    const wrong = await storeDown(CLUSTER, slots);
    expect(wrong.said).toContain("WRONGPASS");
    expect(wrong.said).toContain("REDIS_PASSWORD");
    expect(wrong.said).toContain("REDIS_USERNAME");
    expect(wrong.said).not.toContain("REDIS_URL");
    for (const text of wrong.inEvery) {
      expect(text).toContain("REDIS_PASSWORD");
      expect(text).not.toContain("REDIS_URL");
    }
    const none = await storeDown(CLUSTER, replyError(NOAUTH));
    expect(none.said).toContain("NOAUTH");
    expect(none.said).toContain("set REDIS_PASSWORD");
    expect(none.said).not.toContain("REDIS_URL");
    expect(wrong.said + none.said + wrong.logs.text).not.toContain(PASSWORD);
  });

  it("a master behind sentinels that refuses the login names REDIS_PASSWORD, not the sentinels' settings", async () => {
    const { said, inEvery } = await storeDown(SENTINELS, replyError(WRONGPASS));
    expect(said).toContain("REDIS_PASSWORD");
    expect(said).not.toContain("REDIS_SENTINEL_PASSWORD");
    expect(said).not.toContain("REDIS_URL");
    for (const text of inEvery) expect(text).not.toContain("REDIS_URL");
  });

  it("sentinels that refuse the bot's login name REDIS_SENTINEL_PASSWORD and REDIS_SENTINEL_USERNAME", async () => {
    // ioredis's words when every sentinel refused: the sentinels' error comes last.
    const refused = new Error(
      `All sentinels are unreachable. Retrying from scratch after 10ms. Last error: ${WRONGPASS}`,
    );
    const { said, inEvery, logs } = await storeDown(SENTINELS, refused);
    expect(said).toContain("WRONGPASS");
    expect(said).toContain("REDIS_SENTINEL_PASSWORD");
    expect(said).toContain("REDIS_SENTINEL_USERNAME");
    expect(said).not.toContain("REDIS_URL");
    for (const text of inEvery) {
      expect(text).toContain("REDIS_SENTINEL_PASSWORD");
      expect(text).not.toContain(SENTINEL_PASSWORD);
    }
    expect(logs.text).not.toContain(SENTINEL_PASSWORD);
    const none = await storeDown(
      SENTINELS,
      new Error(`All sentinels are unreachable. Retrying from scratch after 10ms. Last error: ${NOAUTH}`),
    );
    expect(none.said).toContain("NOAUTH");
    expect(none.said).toContain("set REDIS_SENTINEL_PASSWORD");
  });

  it("REDIS_URL's WRONGPASS still names REDIS_URL", async () => {
    const { said } = await storeDown(
      { REDIS_URL: `redis://:${PASSWORD}@10.0.0.9:6379` },
      replyError(WRONGPASS),
    );
    expect(said).toContain("check the password in REDIS_URL");
    expect(said).not.toContain(PASSWORD);
  });

  it("NOPERM names the ACL user the bot logs in as, the ACL it needs and the docs' section, never the password", async () => {
    const env = { REDIS_URL: `redis://sspr-bot:${PASSWORD}@10.0.0.9:6379`, REDIS_PREFIX: "school:" };
    const { said, inEvery, logs } = await storeDown(env, replyError(NOPERM));
    expect(said).toContain("NOPERM");
    expect(said).toContain('the ACL user "sspr-bot"');
    expect(said).toContain("~school:* +@all -@dangerous +info");
    expect(said).toContain(`docs/configuration.md, "The Redis user's ACL"`);
    for (const text of inEvery) {
      expect(text).toContain("sspr-bot");
      expect(text).toContain("docs/configuration.md");
      expect(text).not.toContain(PASSWORD);
    }
    // The store_down line names the user too.
    const line = JSON.parse(logs.lines.find((text) => text.includes('"event":"store_down"'))!) as object;
    expect(line).toMatchObject({ redisError: "NOPERM", redisUser: "sspr-bot" });
    expect(logs.text).not.toContain(PASSWORD);
  });

  it("NOPERM for a cluster's REDIS_USERNAME, and for Redis's default user", async () => {
    const named = await storeDown({ ...CLUSTER, REDIS_USERNAME: "cluster-bot" }, replyError(NOPERM));
    expect(named.said).toContain('the ACL user "cluster-bot"');
    const unnamed = await storeDown(CLUSTER, replyError(NOPERM));
    expect(unnamed.said).toContain("Redis's default user");
    expect(unnamed.said).not.toContain("the ACL user");
    for (const text of unnamed.inEvery) expect(text).toContain("docs/configuration.md");
  });
});
