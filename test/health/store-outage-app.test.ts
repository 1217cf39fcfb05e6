import { hostname } from "node:os";
import RedisMock from "ioredis-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { translate } from "../../src/core/i18n/translate.js";
import type { Outcome } from "../../src/core/messages.js";
import { RecordingSink } from "../alerts/alert-fakes.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { switchableStore } from "../helpers/switchable-store.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER } from "../helpers/test-world.js";

const SECOND = 1_000;

function wordsOf(outcome: Outcome): string {
  return outcome.replies.map((reply) => translate(reply.text, "en")).join("\n");
}

describe("the running bot tells its admins when Redis stops answering", () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    vi.useRealTimers();
  });

  /**
   * The whole app on a store that can be switched down or read-only, its Redis watch started, admin alerts
   * going to a recorded Telegram chat, and one child's chat to type in (fake timers, a fixed morning).
   */
  async function startWatchedApp() {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const { store, redis } = switchableStore();
    const started = await createApp(loadConfig({ ANSWER_PEPPER: TEST_PEPPER }), new CapturedLogs().logger, {
      store,
      argon2: TEST_ARGON2,
    });
    app = started;
    const sink = new RecordingSink("telegram:999");
    started.alerts.addSink(sink);
    started.storeHealth.start();
    let update = 0;
    const send = (text: string) =>
      started.engine.handle({
        channel: "telegram",
        chatUserId: "555",
        isPrivate: true,
        text,
        updateId: `${++update}`,
      });
    return { bot: started, redis, sink, send };
  }

  it("Redis answers PING and reads but refuses writes (full): the admins hear of it, as of an outage", async () => {
    const { bot, redis, sink, send } = await startWatchedApp();
    await vi.advanceTimersByTimeAsync(SECOND);

    redis.refusingWrites = true;
    await bot.pingStore(); // what /readyz asks: still answered
    expect(wordsOf(await send("/setup"))).toContain("Something went wrong on my side. Nothing was changed.");
    await vi.advanceTimersByTimeAsync(11 * SECOND);
    await bot.alerts.flush();
    expect(sink.sent).toEqual([expect.stringContaining("refusing writes")]);
    expect(sink.sent[0]).toContain(hostname());
  });

  it("a child's set-up meets the outage: one alert naming this replica after the grace, one when Redis is back", async () => {
    const { bot, redis, sink, send } = await startWatchedApp();

    await send("/setup");
    redis.down = true;
    expect(wordsOf(await send("S1001"))).toContain("Something went wrong on my side. Nothing was changed.");
    await vi.advanceTimersByTimeAsync(11 * SECOND);
    await bot.alerts.flush();
    expect(sink.sent).toEqual([expect.stringContaining("cannot use Redis")]);
    expect(sink.sent[0]).toContain(hostname());

    // The child and others keep trying for minutes: every try fails, and the admins hear nothing more.
    for (let minute = 0; minute < 5; minute++) {
      for (const text of ["S1001", "/setup", "/reset", "hello"]) await send(text);
      await vi.advanceTimersByTimeAsync(60 * SECOND);
    }
    await bot.alerts.flush();
    expect(sink.sent).toHaveLength(1);

    redis.down = false;
    await vi.advanceTimersByTimeAsync(45 * SECOND);
    await bot.alerts.flush();
    expect(sink.sent).toHaveLength(2);
    expect(sink.sent[1]).toContain("can use Redis again");

    // Then Redis flaps for half an hour (lost 25 s, back 65 s) while children keep trying: the admins get
    // at most a pair per 10 minutes, saying how often it was lost, not a pair per loss (about 40).
    for (let cycle = 0; cycle < 20; cycle++) {
      redis.down = true;
      await send("/setup");
      await vi.advanceTimersByTimeAsync(25 * SECOND);
      redis.down = false;
      await send("/setup");
      await vi.advanceTimersByTimeAsync(65 * SECOND);
    }
    await bot.alerts.flush();
    expect(sink.sent.length).toBeGreaterThan(2);
    expect(sink.sent.length).toBeLessThanOrEqual(2 + 2 * 3);
    expect(sink.sent.slice(2).some((text) => /lost it \d+ times/.test(text))).toBe(true);
  });

  it("Redis back empty after an outage: its 'can use Redis again' does not say there is nothing to do", async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 8, 0, 0) });
    const prefix = `emptied-outage-${Math.random()}:`;
    const { store, redis } = switchableStore(prefix);
    const started = await createApp(loadConfig({ ANSWER_PEPPER: TEST_PEPPER }), new CapturedLogs().logger, {
      store,
      argon2: TEST_ARGON2,
    });
    app = started;
    const sink = new RecordingSink("telegram:999");
    started.alerts.addSink(sink);
    started.storeHealth.start();
    await vi.advanceTimersByTimeAsync(SECOND);

    redis.down = true;
    await vi.advanceTimersByTimeAsync(45 * SECOND);
    await started.alerts.flush();
    expect(sink.sent).toEqual([expect.stringContaining("cannot use Redis")]);

    // Redis restarted without persistence: everything under the prefix is gone.
    const client = new RedisMock();
    const keys = await client.keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    await client.del(...keys);
    client.disconnect();
    redis.down = false;
    await vi.advanceTimersByTimeAsync(45 * SECOND);
    await started.alerts.flush();
    expect(sink.sent).toHaveLength(3);
    expect(sink.sent[1]).toContain("found Redis emptied while it ran");
    expect(sink.sent[2]).toContain("can use Redis again");
    expect(sink.sent[2]).not.toContain("Nothing to do");
    expect(sink.sent[2]).toContain("But Redis came back empty");
  });

  it("sspr_redis_up follows the store's check: 1 while Redis takes writes, 0 once it is down, 1 when it is back", async () => {
    const { bot, redis } = await startWatchedApp();
    const redisUp = async () => {
      const metric = bot.metrics.registry.getSingleMetric("sspr_redis_up");
      expect(metric, "sspr_redis_up").toBeDefined();
      return (await metric!.get()).values[0]?.value;
    };
    await vi.advanceTimersByTimeAsync(SECOND);
    expect(await redisUp()).toBe(1);

    redis.refusingWrites = true;
    await vi.advanceTimersByTimeAsync(45 * SECOND);
    expect(await redisUp()).toBe(0);

    redis.refusingWrites = false;
    await vi.advanceTimersByTimeAsync(75 * SECOND);
    expect(await redisUp()).toBe(1);
  });
});
