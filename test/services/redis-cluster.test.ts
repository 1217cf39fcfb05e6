import type { Cluster } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { deleteKeysUnder, keysUnder } from "../store/redis-keys-under.js";
import { describeStoreContract } from "../store/store-contract.js";

// Started by scripts/redis-cluster.sh; without it there is no cluster to test against.
const CLUSTER_NODES = process.env.REDIS_CLUSTER_NODES;
const RUN_PREFIX = `sspr-test:${process.pid}-${Date.now()}:`;

describe.skipIf(!CLUSTER_NODES)("Redis store on a Redis Cluster", () => {
  let opened = 0;
  const connect = () =>
    createRedisClient(redisSettings.parse({ REDIS_CLUSTER_NODES: CLUSTER_NODES })) as Cluster;

  afterAll(async () => {
    const janitor = connect();
    await janitor.ping();
    expect(await keysUnder(janitor, RUN_PREFIX)).toEqual([]);
    await janitor.quit();
  });

  it("spreads over more than one master", async () => {
    const client = connect();
    await client.ping();
    expect(client.nodes("master").length).toBeGreaterThan(1);
    await client.quit();
  });

  describeStoreContract({
    async open() {
      const client = connect();
      const prefix = `${RUN_PREFIX}${++opened}:`;
      const auditMaxEvents = 100;
      return { store: createRedisStore(client, { prefix, auditMaxEvents }), client, prefix, auditMaxEvents };
    },
    async close(harness) {
      await deleteKeysUnder(harness.client, harness.prefix);
      await harness.store.close();
    },
  });
});
