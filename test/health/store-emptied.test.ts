import { hostname } from "node:os";
import RedisMock from "ioredis-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { App } from "../../src/app.js";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { STORE_SUBJECT } from "../../src/core/ports/alerts.js";
import { StoreEmptiedWatch } from "../../src/health/store-emptied-watch.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { RecordingAlerts } from "../helpers/recording-alerts.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { startReplica } from "../helpers/redis-mock-replica.js";
import { closedAfterEachTest } from "../helpers/closed-after-each.js";

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

const closeAfterTest = closedAfterEachTest();

describe("the running bot tells its admins when Redis comes back empty", () => {
  const apps: App[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    vi.useRealTimers();
  });

  const emptiedLines = (logs: CapturedLogs) => logs.lines.filter((line) => line.includes('"store_emptied"'));

  it("Redis emptied under the running bot (FLUSHALL, a restart without persistence): one alert, one error line", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const client = new RedisMock();
    const prefix = `emptied-${Math.random()}:`;
    const { app, sink, logs } = await startReplica(client, prefix, apps);
    await vi.advanceTimersByTimeAsync(MINUTE);
    await app.alerts.flush();
    expect(sink.sent).toEqual([]);
    expect(emptiedLines(logs)).toEqual([]);

    await client.flushall();
    await vi.advanceTimersByTimeAsync(31 * SECOND);
    await app.alerts.flush();
    expect(sink.sent).toEqual([expect.stringContaining("found Redis emptied while it ran")]);
    expect(sink.sent[0]).toContain(hostname());
    expect(emptiedLines(logs)).toHaveLength(1);
    expect(JSON.parse(emptiedLines(logs)[0]!)).toMatchObject({ level: 50, event: "store_emptied" });

    // It stays as it is now: nothing more, however long the bot runs.
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    await app.alerts.flush();
    expect(sink.sent).toHaveLength(1);
    expect(emptiedLines(logs)).toHaveLength(1);

    // Emptied a second time: told again.
    await client.flushall();
    await vi.advanceTimersByTimeAsync(31 * SECOND);
    await app.alerts.flush();
    expect(sink.sent).toHaveLength(2);
    expect(emptiedLines(logs)).toHaveLength(2);
  });

  it("two replicas over one Redis: each logs it, the admins get one alert", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const client = new RedisMock();
    const prefix = `emptied-${Math.random()}:`;
    const first = await startReplica(client, prefix, apps);
    await vi.advanceTimersByTimeAsync(10 * SECOND);
    const second = await startReplica(client, prefix, apps);
    await vi.advanceTimersByTimeAsync(MINUTE);

    await client.flushall();
    await vi.advanceTimersByTimeAsync(MINUTE);
    await first.app.alerts.flush();
    await second.app.alerts.flush();
    expect([...first.sink.sent, ...second.sink.sent]).toHaveLength(1);
    expect(emptiedLines(first.logs)).toHaveLength(1);
    expect(emptiedLines(second.logs)).toHaveLength(1);
  });

  it("a replica that starts on an empty Redis, or one another replica already marked, says nothing", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const client = new RedisMock();
    const prefix = `emptied-${Math.random()}:`;
    const first = await startReplica(client, prefix, apps);
    await vi.advanceTimersByTimeAsync(MINUTE);
    const second = await startReplica(client, prefix, apps);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    await first.app.alerts.flush();
    await second.app.alerts.flush();
    expect([...first.sink.sent, ...second.sink.sent]).toEqual([]);
    expect([...emptiedLines(first.logs), ...emptiedLines(second.logs)]).toEqual([]);
  });

  it("the alert says what was lost and what to do, in the school's language", () => {
    const alert = { kind: "store-emptied" as const, subject: STORE_SUBJECT, details: { replica: "bot-1" } };
    const en = formatAlert(alert, Date.UTC(2026, 2, 2, 8, 0), "en");
    expect(en).toContain("bot-1");
    expect(en).toMatch(/each student must type \/setup and answer the questions again/);
    expect(en).toMatch(/appendonly/);
    for (const language of ["zh", "ms", "ta"]) {
      const text = formatAlert(alert, Date.UTC(2026, 2, 2, 8, 0), language);
      expect(text).not.toBe(en);
      expect(text).toContain("bot-1");
      expect(text).not.toContain("{");
    }
  });

  it("the first replica on a real Redis with no mark says in the log that it has no earlier records; the next one does not", async () => {
    const store = closeAfterTest(
      createRedisStore(new RedisMock(), { prefix: `emptied-${Math.random()}:`, auditMaxEvents: 100 }),
    );
    const watch = () => {
      const logs = new CapturedLogs();
      const alerts = new RecordingAlerts();
      const replica = new StoreEmptiedWatch({
        store,
        alerts,
        logger: logs.logger,
        replica: "bot-1",
        announceNew: true,
      });
      return { replica, logs, alerts };
    };
    const first = watch();
    await first.replica.check();
    const line = first.logs.lines.find((text) => text.includes('"store_new"'));
    expect(JSON.parse(line!)).toMatchObject({ level: 40, event: "store_new" });
    expect(line).toMatch(/first start.*or Redis was emptied while no copy of the bot ran/);
    await first.replica.check();
    const second = watch();
    await second.replica.check();
    expect(first.logs.lines.filter((text) => text.includes('"store_new"'))).toHaveLength(1);
    expect(second.logs.lines.filter((text) => text.includes('"store_new"'))).toEqual([]);
    expect([...first.alerts.raised, ...second.alerts.raised]).toEqual([]);
  });
});
