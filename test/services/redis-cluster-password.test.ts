import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cluster } from "ioredis";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createStore } from "../../src/store/create-store.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { until } from "../helpers/until.js";
import { PrivateRedis } from "./private-redis.js";

const PASSWORD = "Cluster-Right-Pass-4242";

/**
 * A one-node Redis Cluster of the test's own that needs a password (requirepass), as a school's IT admin
 * sets one up: the node holds every slot, so CLUSTER SLOTS, MOVED and the client's slot map are real.
 */
async function clusterWithPassword(): Promise<PrivateRedis> {
  const node = await PrivateRedis.start({
    password: PASSWORD,
    // A lone node knows no address of its own to give in CLUSTER SLOTS unless told.
    args: [
      "--cluster-enabled",
      "yes",
      "--cluster-config-file",
      "nodes.conf",
      "--cluster-announce-ip",
      "127.0.0.1",
    ],
  });
  await node.cli("cluster", "addslotsrange", "0", "16383");
  for (let i = 0; i < 100; i++) {
    if ((await node.cli("cluster", "info")).includes("cluster_state:ok")) return node;
    await sleep(50);
  }
  throw new Error(`the cluster on ${node.port} did not reach cluster_state:ok`);
}

describe("a Redis Cluster that needs a password", () => {
  let node: PrivateRedis;
  beforeAll(async () => {
    node = await clusterWithPassword();
  });
  afterAll(async () => {
    await node?.remove();
  });

  it("works with REDIS_PASSWORD, and the password is in no log line", async () => {
    const logs = new CapturedLogs();
    const store = createStore(
      redisSettings.parse({
        REDIS_CLUSTER_NODES: `127.0.0.1:${node.port}`,
        REDIS_PASSWORD: PASSWORD,
        REDIS_PREFIX: "cluster-password-test:",
      }),
      { logger: logs.logger },
    );
    try {
      expect(await store.markUpdateSeen("console:1", 60)).toBe(true);
      expect(await store.markUpdateSeen("console:1", 60)).toBe(false);
    } finally {
      await store.close();
    }
    expect(await node.cli("--scan", "--pattern", "cluster-password-test:*")).not.toBe("");
    expect(logs.text).not.toContain(PASSWORD);
  });

  it("without the password, the log says to set REDIS_PASSWORD, once", async () => {
    const logs = new CapturedLogs();
    const client = createRedisClient(redisSettings.parse({ REDIS_CLUSTER_NODES: `127.0.0.1:${node.port}` }), {
      logger: logs.logger,
    }) as Cluster;
    try {
      const refusals = () => logs.lines.filter((line) => line.includes('"event":"redis_login_refused"'));
      await until(() => refusals().length > 0, "the refusal logged", 10_000);
      expect(refusals()).toHaveLength(1);
      expect(refusals()[0]).toContain("set REDIS_PASSWORD");
    } finally {
      client.disconnect();
    }
  });
});
