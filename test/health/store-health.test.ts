import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AlertService } from "../../src/alerts/alert-service.js";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import { StoreHealth } from "../../src/health/store-health.js";
import { QUICK_DELIVERY, RecordingSink } from "../alerts/alert-fakes.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { OOM_REFUSAL, switchableStore } from "../helpers/switchable-store.js";
import { closedAfterEachTest } from "../helpers/closed-after-each.js";

const SECOND = 1_000;

const closeAfterTest = closedAfterEachTest();

/** A store the test's replicas share, closed after the test. */
function openStore(): ReturnType<typeof switchableStore> {
  const made = switchableStore();
  closeAfterTest(made.store);
  return made;
}

/** An alert service on a store of its own, for a health check whose probe the test hands it. */
function alertsOnly() {
  const logs = new CapturedLogs();
  const sink = new RecordingSink();
  const alerts = new AlertService({
    store: openStore().store,
    logger: logs.logger,
    sinks: [sink],
    dedupeMs: 60_000,
    delivery: QUICK_DELIVERY,
  });
  return { logs, sink, alerts };
}

/**
 * One replica as production wires it: the real alert service, whose repeat check lives in the same Redis
 * (so it cannot hold anything back while Redis is down), and the store's health check, told of every
 * failed store call as the app's store does.
 */
function replica() {
  const { store, redis } = openStore();
  const logs = new CapturedLogs();
  const sink = new RecordingSink();
  const alerts = new AlertService({
    store,
    logger: logs.logger,
    sinks: [sink],
    dedupeMs: 15 * 60 * SECOND,
    delivery: QUICK_DELIVERY,
  });
  const health = new StoreHealth({
    probe: () => store.checkWrites("bot-2"),
    alerts,
    logger: logs.logger,
    replica: "bot-2",
  });
  /** A student's step meets Redis: it fails while Redis is down, and the store tells the health check. */
  const step = async () => {
    try {
      await store.loadDialog({ channel: "telegram", chatUserId: "555" });
    } catch (error) {
      if (error instanceof StoreUnavailableError) health.noticeFailure();
    }
  };
  /** A step that writes (a student's answer saved in the dialog). */
  const writingStep = async () => {
    try {
      await store.saveDialog({ channel: "telegram", chatUserId: "555" }, null, "{}", 900);
    } catch (error) {
      if (error instanceof StoreUnavailableError) health.noticeFailure();
    }
  };
  return { redis, logs, sink, alerts, health, step, writingStep };
}

describe("Redis's health, as the admins hear of it", () => {
  let world: ReturnType<typeof replica>;

  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    world = replica();
    world.health.start();
  });
  afterEach(async () => {
    await world.health.stop();
    await world.alerts.close();
    vi.useRealTimers();
  });

  it("goes down: one alert after the grace, nothing more however many steps fail; back: one 'again'", async () => {
    const { redis, sink, health, step, alerts } = world;
    await vi.advanceTimersByTimeAsync(SECOND);
    expect(health.status().state).toBe("up");

    redis.down = true;
    await step();
    await vi.advanceTimersByTimeAsync(9 * SECOND);
    await alerts.flush();
    expect(sink.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * SECOND);
    await alerts.flush();
    expect(sink.sent).toHaveLength(1);
    expect(sink.sent[0]).toContain("cannot use Redis");
    expect(sink.sent[0]).toContain("bot-2");
    expect(health.status().state).toBe("down");

    // Ten minutes of students' steps failing, and the regular checks failing too: still the one alert.
    for (let minute = 0; minute < 10; minute++) {
      for (let i = 0; i < 20; i++) await step();
      await vi.advanceTimersByTimeAsync(60 * SECOND);
    }
    await alerts.flush();
    expect(sink.sent).toHaveLength(1);

    redis.down = false;
    await vi.advanceTimersByTimeAsync(45 * SECOND);
    await alerts.flush();
    expect(sink.sent).toHaveLength(2);
    expect(sink.sent[1]).toContain("can use Redis again");
    expect(health.status().state).toBe("up");
    await vi.advanceTimersByTimeAsync(10 * 60 * SECOND);
    await alerts.flush();
    expect(sink.sent).toHaveLength(2);
  });

  it("tells the admins when Redis answers but refuses writes (full under noeviction, read-only)", async () => {
    const { redis, sink, health, step, writingStep, alerts, logs } = world;
    await vi.advanceTimersByTimeAsync(SECOND);
    redis.refusingWrites = true;
    // Reads still work, so a PING or a read would say all is well, while every student's step fails.
    await step();
    await writingStep();
    await vi.advanceTimersByTimeAsync(11 * SECOND);
    await alerts.flush();
    expect(health.status().state).toBe("down");
    expect(sink.sent).toEqual([expect.stringContaining("refusing writes")]);
    expect(sink.sent[0]).toContain("bot-2");
    const line = logs.lines.find((text) => text.includes('"event":"store_down"'));
    expect(line).toContain(OOM_REFUSAL);
    expect(line).toContain('"redisError":"OOM"');
    // At error, as directory_down: a log watch on errors must not miss that no student can do anything.
    expect(JSON.parse(line!)).toMatchObject({ level: 50 });

    redis.refusingWrites = false;
    await vi.advanceTimersByTimeAsync(60 * SECOND);
    await alerts.flush();
    expect(sink.sent).toHaveLength(2);
    expect(sink.sent[1]).toContain("can use Redis again");
  });

  it("pages no one for a blip: one failed command, then Redis answers the check", async () => {
    const { redis, sink, step, alerts } = world;
    await vi.advanceTimersByTimeAsync(SECOND);
    redis.down = true;
    await step();
    await step();
    redis.down = false;
    await vi.advanceTimersByTimeAsync(5 * 60 * SECOND);
    await alerts.flush();
    expect(sink.sent).toEqual([]);
  });

  it("notices an outage no student meets: its own check fails, and again after the grace", async () => {
    const { redis, sink, alerts } = world;
    await vi.advanceTimersByTimeAsync(SECOND);
    redis.down = true;
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    await alerts.flush();
    expect(sink.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(10 * SECOND);
    await alerts.flush();
    expect(sink.sent).toEqual([expect.stringContaining("cannot use Redis")]);
  });

  it("tells a second outage that lasts, once 10 minutes have passed since it said the first was over", async () => {
    const { redis, sink, step, alerts } = world;
    const kinds = () => sink.sent.map((text) => (text.includes("cannot use Redis") ? "down" : "up"));
    await vi.advanceTimersByTimeAsync(SECOND);
    for (const down of [true, false, true]) {
      redis.down = down;
      await step();
      await vi.advanceTimersByTimeAsync(60 * SECOND);
    }
    await alerts.flush();
    expect(kinds()).toEqual(["down", "up"]);
    await vi.advanceTimersByTimeAsync(9 * 60 * SECOND);
    await alerts.flush();
    expect(kinds()).toEqual(["down", "up", "down"]);
    expect(sink.sent[2]).not.toMatch(/lost it \d+ times/);
  });

  it("gives the all-clear only after two checks in a row that Redis answered", async () => {
    const { redis, sink, alerts, health } = world;
    await vi.advanceTimersByTimeAsync(SECOND);
    redis.down = true;
    await vi.advanceTimersByTimeAsync(60 * SECOND);
    await alerts.flush();
    expect(sink.sent).toHaveLength(1);
    // Redis answers one check, then fails again before the next: no all-clear.
    redis.down = false;
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    redis.down = true;
    await vi.advanceTimersByTimeAsync(60 * SECOND);
    await alerts.flush();
    expect(sink.sent).toHaveLength(1);
    expect(health.status().state).toBe("down");
    redis.down = false;
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    await alerts.flush();
    expect(sink.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(15 * SECOND);
    await alerts.flush();
    expect(sink.sent).toHaveLength(2);
    expect(sink.sent[1]).toContain("can use Redis again");
  });

  it("a flapping Redis for an hour: a pair, then at most a pair per 10 minutes, with how often it was lost", async () => {
    const { redis, sink, step, alerts } = world;
    await vi.advanceTimersByTimeAsync(SECOND);
    // Lost for 25 s, back for 65 s, over and over, with students meeting each loss.
    for (let cycle = 0; cycle < 40; cycle++) {
      redis.down = true;
      await step();
      await vi.advanceTimersByTimeAsync(25 * SECOND);
      redis.down = false;
      await vi.advanceTimersByTimeAsync(65 * SECOND);
    }
    await alerts.flush();
    // Without pacing, about 80: a pair per loss.
    expect(sink.sent.length).toBeGreaterThanOrEqual(3);
    expect(sink.sent.length).toBeLessThanOrEqual(2 + 2 * 6);
    expect(sink.sent.slice(2).filter((text) => /lost it \d+ times/.test(text)).length).toBeGreaterThanOrEqual(
      3,
    );
    // Once it is steady again, nothing more.
    const told = sink.sent.length;
    await vi.advanceTimersByTimeAsync(30 * 60 * SECOND);
    await alerts.flush();
    expect(sink.sent.length).toBeLessThanOrEqual(told + 1);
  });

  it("counts a check Redis does not answer in time as a failure", async () => {
    const { logs, sink, alerts } = alertsOnly();
    const hanging = new StoreHealth({
      probe: () => new Promise(() => undefined),
      alerts,
      logger: logs.logger,
      replica: "bot-3",
      timeoutMs: 1_000,
    });
    hanging.start();
    await vi.advanceTimersByTimeAsync(15 * SECOND);
    await alerts.flush();
    expect(hanging.status().state).toBe("down");
    expect(sink.sent).toEqual([expect.stringContaining("bot-3")]);
    await hanging.stop();
    await alerts.close();
  });

  it("names the connection's error (a password changed under the bot), not only the check's 'no answer'", async () => {
    const { logs, sink, alerts } = alertsOnly();
    // What ioredis met at its last reconnect: the check's command waits in its queue meanwhile.
    const wrongPassword = Object.assign(
      new Error("WRONGPASS invalid username-password pair or user is disabled."),
      { name: "ReplyError" },
    );
    const locked = new StoreHealth({
      probe: () => new Promise(() => undefined),
      connectionFailure: () => wrongPassword,
      alerts,
      logger: logs.logger,
      replica: "bot-4",
      timeoutMs: 1_000,
    });
    locked.start();
    await vi.advanceTimersByTimeAsync(15 * SECOND);
    await alerts.flush();
    expect(locked.status().state).toBe("down");
    const line = JSON.parse(logs.lines.find((text) => text.includes('"event":"store_down"'))!) as object;
    expect(line).toMatchObject({
      redisError: "WRONGPASS",
      reason: "WRONGPASS invalid username-password pair or user is disabled.",
      check: "no answer within 1000 ms",
    });
    // What to do about it, not only its name: the password the bot gives is the one to check.
    expect(sink.sent).toEqual([
      expect.stringContaining(
        "Redis's error: WRONGPASS, Redis refused the bot's password: check the password in REDIS_URL (it may have been changed in Redis).",
      ),
    ]);
    await locked.stop();
    await alerts.close();
  });

  it("says nothing before it is started or after it is stopped (the tools, a shutdown)", async () => {
    const { store, redis } = openStore();
    const sink = new RecordingSink();
    const logs = new CapturedLogs();
    const alerts = new AlertService({ store, logger: logs.logger, sinks: [sink], dedupeMs: 60_000 });
    const idle = new StoreHealth({
      probe: () => (redis.down ? Promise.reject(new StoreUnavailableError()) : Promise.resolve()),
      alerts,
      logger: logs.logger,
      replica: "tool",
    });
    redis.down = true;
    idle.noticeFailure();
    await vi.advanceTimersByTimeAsync(60 * SECOND);
    idle.start();
    await idle.stop();
    idle.noticeFailure();
    await vi.advanceTimersByTimeAsync(60 * SECOND);
    await alerts.flush();
    expect(sink.sent).toEqual([]);
    await alerts.close();
  });

  it("is worded for the admins in the school's language, naming the replica", () => {
    const down = { kind: "store-down", subject: "redis", details: { replica: "bot-2" } } as const;
    const up = { kind: "store-up", subject: "redis", details: { replica: "bot-2" } } as const;
    for (const language of ["en", "ms", "zh", "ta"]) {
      expect(formatAlert(down, 0, language)).toContain("bot-2");
      expect(formatAlert(up, 0, language)).toContain("bot-2");
      expect(formatAlert(down, 0, language)).toContain("Redis");
    }
    expect(formatAlert(down, 0, "ms")).not.toBe(formatAlert(down, 0, "en"));
    // After a flapping Redis was kept quiet: the count, in every language.
    const flapped = { ...down, details: { replica: "bot-2", outages: 7 } };
    const cameBack = { ...up, details: { replica: "bot-2", outages: 7 } };
    for (const language of ["en", "ms", "zh", "ta"]) {
      expect(formatAlert(flapped, 0, language)).toContain("7");
      expect(formatAlert(cameBack, 0, language)).toContain("7");
      expect(formatAlert(cameBack, 0, language)).not.toBe(formatAlert(up, 0, language));
    }
    expect(formatAlert(flapped, 0, "en")).toContain("also lost it 7 times");
    expect(formatAlert(down, 0, "en")).not.toContain("lost it");
    // With Redis's error code when the check had one, in every language.
    const refused = { ...down, details: { replica: "bot-2", redisError: "NOAUTH" } };
    for (const language of ["en", "ms", "zh", "ta"]) {
      expect(formatAlert(refused, 0, language)).toContain("NOAUTH");
      expect(formatAlert(down, 0, language)).not.toContain("?");
    }
  });
});
