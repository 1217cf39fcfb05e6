import type { Cluster } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
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

  it("finds the one master of the Cluster that would drop keys when full", async () => {
    const client = connect();
    await client.ping();
    const store = createRedisStore(client, { prefix: `${RUN_PREFIX}evict:`, auditMaxEvents: 100 });
    const master = client.nodes("master").at(-1)!;
    const [, maxmemory] = (await master.config("GET", "maxmemory")) as [string, string];
    const [, policy] = (await master.config("GET", "maxmemory-policy")) as [string, string];
    try {
      expect(await store.evictionPolicy()).toMatchObject({ policy: "noeviction" });
      await master.config("SET", "maxmemory", "100mb");
      await master.config("SET", "maxmemory-policy", "allkeys-lru");
      expect(await store.evictionPolicy()).toEqual({
        policy: "allkeys-lru",
        maxmemoryBytes: 100 * 1024 * 1024,
      });
    } finally {
      await master.config("SET", "maxmemory", maxmemory);
      await master.config("SET", "maxmemory-policy", policy);
      await store.close();
    }
  });

  it("fails its write check when any one master refuses writes, not only the master of one key", async () => {
    const client = connect();
    await client.ping();
    const prefix = `${RUN_PREFIX}health:`;
    const store = createRedisStore(client, { prefix, auditMaxEvents: 100 });
    try {
      await store.checkWrites("bot-2");
      for (const master of client.nodes("master")) {
        // Full under noeviction: PING still works there, and every write to its slots fails.
        const [, maxmemory] = (await master.config("GET", "maxmemory")) as [string, string];
        const [, policy] = (await master.config("GET", "maxmemory-policy")) as [string, string];
        await master.config("SET", "maxmemory-policy", "noeviction");
        await master.config("SET", "maxmemory", "1");
        try {
          const label = `${master.options.host}:${master.options.port}`;
          await expect(store.checkWrites("bot-2"), label).rejects.toBeInstanceOf(StoreUnavailableError);
        } finally {
          await master.config("SET", "maxmemory", maxmemory);
          await master.config("SET", "maxmemory-policy", policy);
        }
      }
      await store.checkWrites("bot-2");
    } finally {
      await deleteKeysUnder(client, prefix);
      await store.close();
    }
  });

  describeStoreContract({
    countsTwoInOneStep: false,
    async open() {
      const client = connect();
      const prefix = `${RUN_PREFIX}${++opened}:`;
      // A day's share (100) above one chat's hourly audit rate (60), which a test fills in one day.
      const auditMaxEvents = 3_000;
      return { store: createRedisStore(client, { prefix, auditMaxEvents }), client, prefix, auditMaxEvents };
    },
    async close(harness) {
      await deleteKeysUnder(harness.client, harness.prefix);
      await harness.store.close();
    },
  });
});
