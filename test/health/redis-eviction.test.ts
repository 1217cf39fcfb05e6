import RedisMock from "ioredis-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app.js";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { STORE_SUBJECT } from "../../src/core/ports/alerts.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import { RedisEvictionWatch } from "../../src/health/redis-eviction-watch.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { startReplica } from "../helpers/redis-mock-replica.js";
import { RecordingAlerts } from "../helpers/recording-alerts.js";

const MB = 1024 * 1024;

/** A watch over a Redis whose policy the test sets, as CONFIG SET would. */
function watchOver(start: { policy: string; maxmemoryBytes: number } | Error) {
  let now = start;
  const alerts = new RecordingAlerts();
  const logs = new CapturedLogs("info");
  const watch = new RedisEvictionWatch({
    store: {
      evictionPolicy: async () => {
        if (now instanceof Error) throw now;
        return now;
      },
    },
    alerts,
    logger: logs.logger,
    replica: "bot-1",
  });
  const lines = (event: string) =>
    logs.lines.filter((line) => line.includes(`"${event}"`)).map((line) => JSON.parse(line));
  return { watch, alerts, lines, set: (next: typeof start) => (now = next) };
}

describe("the admins hear when Redis may drop the bot's records to make room", () => {
  it("a Redis that evicts keys when full (allkeys-lru): one error line and one alert, which say what to set", async () => {
    const { watch, alerts, lines } = watchOver({ policy: "allkeys-lru", maxmemoryBytes: 100 * MB });
    await watch.check();
    expect(lines("redis_may_evict")).toEqual([
      expect.objectContaining({ level: 50, policy: "allkeys-lru", replica: "bot-1" }),
    ]);
    expect(lines("redis_may_evict")[0].msg).toContain("maxmemory-policy noeviction");
    expect(alerts.raised).toEqual([
      {
        kind: "redis-may-evict",
        subject: STORE_SUBJECT,
        episode: "allkeys-lru",
        details: { replica: "bot-1", policy: "allkeys-lru" },
      },
    ]);
    const text = formatAlert(alerts.raised[0]!);
    expect(text).toContain("allkeys-lru");
    expect(text).toContain("CONFIG SET maxmemory-policy noeviction");

    // Checked every 30 s: the same policy is not told again.
    await watch.check();
    await watch.check();
    expect(alerts.raised).toHaveLength(1);
    expect(lines("redis_may_evict")).toHaveLength(1);
  });

  it("volatile-lru (a managed Redis's default) counts too: it drops the keys with a time limit, such as the counters that stop guessing", async () => {
    const { watch, alerts } = watchOver({ policy: "volatile-lru", maxmemoryBytes: 512 * MB });
    await watch.check();
    expect(alerts.ofKind("redis-may-evict")).toHaveLength(1);
    expect(formatAlert(alerts.raised[0]!)).toMatch(/guess/);
  });

  it("noeviction, or no memory limit at all (maxmemory 0), is fine: nothing is said", async () => {
    for (const policy of [
      { policy: "noeviction", maxmemoryBytes: 100 * MB },
      { policy: "allkeys-lru", maxmemoryBytes: 0 },
    ]) {
      const { watch, alerts, lines } = watchOver(policy);
      await watch.check();
      expect(alerts.raised).toEqual([]);
      expect(lines("redis_may_evict")).toEqual([]);
    }
  });

  it("a policy changed under the running bot is told when it changes, and its fix is logged", async () => {
    const { watch, alerts, lines, set } = watchOver({ policy: "noeviction", maxmemoryBytes: 100 * MB });
    await watch.check();
    set({ policy: "volatile-ttl", maxmemoryBytes: 100 * MB });
    await watch.check();
    expect(alerts.raised.map((a) => a.episode)).toEqual(["volatile-ttl"]);
    set({ policy: "noeviction", maxmemoryBytes: 100 * MB });
    await watch.check();
    expect(lines("redis_eviction_off")).toEqual([expect.objectContaining({ level: 30, replica: "bot-1" })]);
    set({ policy: "allkeys-random", maxmemoryBytes: 100 * MB });
    await watch.check();
    expect(alerts.raised.map((a) => a.episode)).toEqual(["volatile-ttl", "allkeys-random"]);
  });

  it("a Redis that refuses INFO (renamed on a managed service): one warning that asks the admin to check it, and no store outage", async () => {
    const refused = new StoreUnavailableError("Redis refused", {
      cause: new Error("ERR unknown command 'info'"),
    });
    const { watch, alerts, lines } = watchOver(refused);
    await expect(watch.check()).resolves.toBeUndefined();
    await watch.check();
    expect(lines("redis_eviction_policy_unknown")).toEqual([
      expect.objectContaining({ level: 40, replica: "bot-1" }),
    ]);
    expect(lines("redis_eviction_policy_unknown")[0].msg).toContain("noeviction");
    expect(alerts.raised).toEqual([]);
  });
});

describe("reading Redis's eviction policy never makes a working Redis look down", () => {
  const apps: App[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    vi.useRealTimers();
  });

  it("an INFO that gets no answer (a busy master, a slow link) while writes work: Redis stays up, one warning", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const client = new RedisMock();
    client.info = () => new Promise<string>(() => undefined);
    const { app, sink, logs } = await startReplica(client, `evict-${Math.random()}:`, apps);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await app.alerts.flush();
    expect(app.storeHealth.status().state).toBe("up");
    expect(sink.sent).toEqual([]);
    expect(logs.lines.filter((line) => line.includes('"store_down"'))).toEqual([]);
    expect(logs.lines.filter((line) => line.includes('"redis_eviction_policy_unknown"'))).toHaveLength(1);
  });

  it("a Redis-like server whose INFO has no maxmemory_policy is not taken as safe: one warning", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const client = new RedisMock();
    client.info = async () => "# Memory\r\nused_memory:1000\r\n";
    const { app, logs } = await startReplica(client, `evict-${Math.random()}:`, apps);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(app.storeHealth.status().state).toBe("up");
    expect(logs.lines.filter((line) => line.includes('"redis_eviction_policy_unknown"'))).toHaveLength(1);
  });

  it("a refused INFO (an ACL without it: NOPERM) is asked again only hourly, not at every 30-second check", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const client = new RedisMock();
    let asked = 0;
    client.info = async () => {
      asked++;
      throw new Error("NOPERM this user has no permissions to run the 'info' command");
    };
    await startReplica(client, `evict-${Math.random()}:`, apps);
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(asked).toBe(1);
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    expect(asked).toBe(2);
  });
});
