import RedisMock from "ioredis-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import { RedisAppendOnlyCheck } from "../../src/health/redis-append-only-check.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER } from "../helpers/test-world.js";

const HOUR = 60 * 60_000;

/**
 * A check over a Redis whose appendonly the test sets, as CONFIG SET would, on a clock the test moves.
 * `snapshots`: what CONFIG GET save tells (its schedule, null for none, an Error when CONFIG is refused).
 */
function checkOver(start: boolean | Error, snapshots: string | null | Error = null) {
  let appendOnly = start;
  let now = Date.UTC(2026, 2, 2, 8, 0, 0);
  let asked = 0;
  const logs = new CapturedLogs("info");
  const check = new RedisAppendOnlyCheck({
    store: {
      appendOnly: async () => {
        asked++;
        if (appendOnly instanceof Error) throw appendOnly;
        return appendOnly;
      },
      snapshotSchedule: async () => {
        if (snapshots instanceof Error) throw snapshots;
        return snapshots;
      },
    },
    logger: logs.logger,
    replica: "bot-1",
    clock: () => now,
  });
  const lines = (event: string) =>
    logs.lines.filter((line) => line.includes(`"${event}"`)).map((line) => JSON.parse(line));
  return {
    check,
    lines,
    asked: () => asked,
    set: (next: boolean | Error) => (appendOnly = next),
    later: (ms: number) => (now += ms),
  };
}

/**
 * Found by QA as the IT admin: a Redis with `appendonly no` (Debian's redis-server package as installed)
 * was taken without a word, though operations.md asks for `appendonly yes`. A restart of such a Redis
 * loses every change since its last snapshot, and as the bot's mark is in the snapshot, nothing tells it.
 */
describe("the admin hears when Redis keeps no append-only file", () => {
  it("appendonly no: one warning that says what is lost on a restart and what to set", async () => {
    const { check, lines } = checkOver(false);
    await check.check();
    expect(lines("redis_append_only_off")).toEqual([
      expect.objectContaining({ level: 40, replica: "bot-1" }),
    ]);
    const { msg } = lines("redis_append_only_off")[0];
    expect(msg).toContain("appendonly no");
    expect(msg).toContain("since its last snapshot");
    expect(msg).toContain("CONFIG SET appendonly yes");
    expect(msg).toContain("redis.conf");
    await check.check();
    expect(lines("redis_append_only_off")).toHaveLength(1);
  });

  it("appendonly yes: nothing is said", async () => {
    const { check, lines } = checkOver(true);
    await check.check();
    expect(lines("redis_append_only_off")).toEqual([]);
    expect(lines("redis_append_only_on")).toEqual([]);
  });

  it("looked at hourly: turned on later is logged, turned off again warned again", async () => {
    const { check, lines, set, later, asked } = checkOver(false);
    await check.check();
    set(true);
    later(HOUR / 2);
    await check.check();
    expect(asked()).toBe(1);
    later(HOUR / 2);
    await check.check();
    expect(lines("redis_append_only_on")).toEqual([expect.objectContaining({ level: 30, replica: "bot-1" })]);
    set(false);
    later(HOUR);
    await check.check();
    expect(lines("redis_append_only_off")).toHaveLength(2);
  });

  it("an INFO Redis refuses is no warning of this check (the eviction policy's says it), and asked again only hourly", async () => {
    const refused = new StoreUnavailableError("Redis refused", {
      cause: new Error("NOPERM this user has no permissions to run the 'info' command"),
    });
    const { check, lines, asked, later } = checkOver(refused);
    await expect(check.check()).resolves.toBeUndefined();
    later(30 * 60_000);
    await check.check();
    expect(asked()).toBe(1);
    later(31 * 60_000);
    await check.check();
    expect(asked()).toBe(2);
    expect(lines("redis_append_only_off")).toEqual([]);
  });
});

describe("a Redis that persists by other means than its append-only file", () => {
  it("appendonly no with RDB snapshots (CONFIG GET save): no warning, one info line naming the schedule", async () => {
    const { check, lines } = checkOver(false, "3600 1 300 100 60 10000");
    await check.check();
    expect(lines("redis_append_only_off")).toEqual([]);
    expect(lines("redis_snapshots_only")).toEqual([
      expect.objectContaining({ level: 30, replica: "bot-1", save: "3600 1 300 100 60 10000" }),
    ]);
  });

  it('appendonly no, no snapshots (save ""): the warning as before', async () => {
    const { check, lines } = checkOver(false, null);
    await check.check();
    expect(lines("redis_append_only_off")).toHaveLength(1);
  });

  it("appendonly no and CONFIG refused (a managed Redis): the warning as before", async () => {
    const refused = new StoreUnavailableError("Redis refused", {
      cause: new Error("ERR unknown command 'CONFIG'"),
    });
    const { check, lines } = checkOver(false, refused);
    await check.check();
    expect(lines("redis_append_only_off")).toHaveLength(1);
  });
});

describe("the store reads Redis's snapshot schedule (CONFIG GET save)", () => {
  /** A store over an ioredis-mock whose CONFIG GET answers `reply` (or fails with it). */
  function storeAnswering(reply: unknown[] | Error) {
    const redis = new RedisMock();
    const answering = new Proxy(redis, {
      get: (target, name, receiver) =>
        name === "config"
          ? async () => {
              if (reply instanceof Error) throw reply;
              return reply;
            }
          : (Reflect.get(target, name, receiver) as unknown),
    });
    return createRedisStore(answering, { prefix: `save-${Math.random()}:`, auditMaxEvents: 1_000 });
  }

  it("gives the schedule, null for none, and fails when CONFIG is refused or does not say", async () => {
    const stores = [
      storeAnswering(["save", "3600 1 300 100"]),
      storeAnswering(["save", ""]),
      storeAnswering(new Error("NOPERM this user has no permissions to run the 'config|get' command")),
      storeAnswering([]),
    ];
    try {
      expect(await stores[0]!.snapshotSchedule()).toBe("3600 1 300 100");
      expect(await stores[1]!.snapshotSchedule()).toBeNull();
      await expect(stores[2]!.snapshotSchedule()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(stores[3]!.snapshotSchedule()).rejects.toBeInstanceOf(StoreUnavailableError);
    } finally {
      for (const store of stores) await store.close();
    }
  });
});

describe("a running bot looks at Redis's appendonly", () => {
  const apps: App[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    vi.useRealTimers();
  });

  /** A replica over an ioredis-mock (whose INFO says aof_enabled:0) with the given settings. */
  async function start(env: Record<string, string>) {
    const logs = new CapturedLogs("info");
    const store = createRedisStore(new RedisMock(), {
      prefix: `aof-${Math.random()}:`,
      auditMaxEvents: 1_000,
    });
    const app = await createApp(loadConfig({ ANSWER_PEPPER: TEST_PEPPER, ...env }), logs.logger, {
      store,
      argon2: TEST_ARGON2,
    });
    apps.push(app);
    app.storeHealth.start();
    return logs;
  }

  it("over a real Redis (REDIS_URL) with appendonly no, the log warns once after the first health check", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const logs = await start({ REDIS_URL: "redis://127.0.0.1:6379" });
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(logs.lines.filter((line) => line.includes('"redis_append_only_off"'))).toHaveLength(1);
  });

  it("REDIS_PERSISTENCE_CHECK=off (a managed Redis that persists by its own means): nothing is said", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const logs = await start({ REDIS_URL: "redis://127.0.0.1:6379", REDIS_PERSISTENCE_CHECK: "off" });
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(logs.lines.filter((line) => line.includes('"redis_append_only'))).toEqual([]);
    expect(logs.lines.filter((line) => line.includes("REDIS_PERSISTENCE_CHECK"))).toEqual([]);
  });

  it("the demo's in-memory store, forgotten at exit anyway, is not warned about", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const logs = await start({});
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(logs.lines.filter((line) => line.includes('"redis_append_only'))).toEqual([]);
  });
});
