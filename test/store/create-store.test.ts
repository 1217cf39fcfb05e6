import { afterEach, describe, expect, it, vi } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { ConfigError } from "../../src/core/errors.js";
import { createStore } from "../../src/store/create-store.js";
import { createRedisClient, FAIL_FAST_OPTIONS, parseNode } from "../../src/store/redis-client.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import type { Redis } from "ioredis";
import RedisMock from "ioredis-mock";
import { CapturedLogs } from "../helpers/captured-logs.js";

describe("creating the store from settings", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /*
   * ioredis waits up to its disconnectTimeout (2 s unless set) for a connection it ends to close, even one
   * that never opened: `npm run leavers` and `npm run audit` sat that long after "Redis did not answer".
   */
  it("closed while Redis is not there, leaves nothing to hold a tool's process after a moment", async () => {
    const store = createStore(
      redisSettings.parse({ REDIS_URL: "unix:///nonexistent/closing-test/redis.sock" }),
    );
    await expect(store.markUpdateSeen("console:1", 60)).rejects.toThrow();
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    await store.close();
    vi.advanceTimersByTime(250);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("runs on the embedded ioredis-mock when no Redis is configured", async () => {
    const store = createStore(redisSettings.parse({ REDIS_PREFIX: "embedded-test:" }));
    try {
      expect(await store.markUpdateSeen("console:1", 60)).toBe(true);
      expect(await store.saveDialog({ channel: "console", chatUserId: "me" }, null, "{}", 900)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("refuses more than one way to reach Redis", () => {
    expect(() => redisSettings.parse({ REDIS_URL: "redis://x:6379", REDIS_CLUSTER_NODES: "a:7001" })).toThrow(
      /set only one of REDIS_URL, REDIS_CLUSTER_NODES and REDIS_SENTINELS/,
    );
  });

  it("asks for the master's name when Sentinels are given without it", () => {
    expect(() => redisSettings.parse({ REDIS_SENTINELS: "s1:26379" })).toThrow(/REDIS_SENTINEL_NAME/);
  });

  it("refuses a prefix with hash-tag braces", () => {
    const client = new RedisMock();
    try {
      expect(() => createRedisStore(client, { prefix: "school{1}:", auditMaxEvents: 100 })).toThrow(
        ConfigError,
      );
    } finally {
      client.disconnect();
    }
  });

  it("connects to a unix:// REDIS_URL's socket, with its password and database, not to a host", () => {
    const settings = redisSettings.parse({
      REDIS_URL: "unix://bot:s3cret@/run/redis/redis-server.sock?db=3",
    });
    const client = createRedisClient(settings, { redisOptions: { lazyConnect: true } }) as Redis;
    try {
      expect(client.options).toMatchObject({
        path: "/run/redis/redis-server.sock",
        username: "bot",
        password: "s3cret",
        db: 3,
        commandTimeout: FAIL_FAST_OPTIONS.commandTimeout,
      });
    } finally {
      client.disconnect();
    }
  });

  it("stops using Redis when it refuses the database REDIS_URL names, rather than go on in database 0", async () => {
    const logs = new CapturedLogs();
    const settings = redisSettings.parse({ REDIS_URL: "unix://:hunter2-secret@/run/redis/none.sock?db=99" });
    const client = createRedisClient(settings, {
      logger: logs.logger,
      redisOptions: { lazyConnect: true },
    }) as Redis;
    // What ioredis emits when Redis refuses the SELECT it sends on connecting; it then goes on in database 0.
    const refused = Object.assign(new Error("ERR DB index is out of range"), {
      name: "ReplyError",
      command: { name: "select", args: ["99"] },
    });
    client.emit("error", refused);
    await expect(client.get("anything")).rejects.toThrow("database 99: ERR DB index is out of range");
    expect(client.status).toBe("end");
    expect(logs.text).toContain('"event":"redis_database_refused"');
    expect(logs.text).not.toContain("retrying");
    expect(logs.text).not.toContain("hunter2-secret");
  });

  it("reads cluster and sentinel nodes as host:port", () => {
    expect(parseNode("10.0.0.5:7001", 6379, "REDIS_CLUSTER_NODES")).toEqual({ host: "10.0.0.5", port: 7001 });
    expect(parseNode("redis-a", 6379, "REDIS_CLUSTER_NODES")).toEqual({ host: "redis-a", port: 6379 });
    expect(parseNode("[::1]:26379", 26379, "REDIS_SENTINELS")).toEqual({ host: "::1", port: 26379 });
    expect(() => parseNode("a:b:c", 6379, "REDIS_CLUSTER_NODES")).toThrow(/REDIS_CLUSTER_NODES/);
    expect(() => parseNode("a:70000", 6379, "REDIS_CLUSTER_NODES")).toThrow(ConfigError);
  });
});
