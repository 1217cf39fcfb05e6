import { TYPED_ID_ROUTE } from "../helpers/security-helpers.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AlertService } from "../../src/alerts/alert-service.js";
import { loadConfig } from "../../src/config/load-config.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import type { FlowContext } from "../../src/core/flows/flow.js";
import { limitRules } from "../../src/core/limits/limit-rules.js";
import { Limits } from "../../src/core/limits/limits.js";
import type { Alert } from "../../src/core/ports/alerts.js";
import type { LimitCounters } from "../../src/core/ports/limit-counters.js";
import { QUICK_DELIVERY, RecordingSink } from "../alerts/alert-fakes.js";
import { RecordingAlerts } from "../helpers/recording-alerts.js";
import { answersFor, MINUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";

const STUDENTS = ["S1001", "S1002", "S1003", "S1004", "S1005"];
const config = loadConfig({});

/** A world whose alerts also reach a real AlertService with a recording sink, as the admins would see them. */
async function worldWithSink(env: Record<string, string> = {}) {
  const sink = new RecordingSink();
  // The service needs the world's store, the world needs somewhere to send alerts: a relay joins them.
  const relay: { to?: AlertService; raise(alert: Alert): void } = {
    raise: (alert) => relay.to?.raise(alert),
  };
  const world = await TestWorld.create({ ...TYPED_ID_ROUTE, ...env }, undefined, { alerts: relay });
  const service = new AlertService({
    store: world.deps.store,
    logger: world.logs.logger,
    sinks: [sink],
    dedupeMs: config.alerts.dedupeMs,
    delivery: QUICK_DELIVERY,
  });
  relay.to = service;
  return { world, sink, alerts: service };
}

describe("the spree limit", () => {
  let clock: ReturnType<typeof useSchoolClock>;
  let world: TestWorld;
  let sink: RecordingSink;
  let alerts: AlertService;
  let chats = 0;

  beforeEach(async () => {
    clock = useSchoolClock();
    ({ world, sink, alerts } = await worldWithSink());
  });
  afterEach(async () => {
    await alerts.close();
    await world.close();
    vi.useRealTimers();
  });

  /** A failed reset from a chat of its own (so no chat is throttled), at `now`. */
  const failedReset = (target: TestWorld, subject: string, now: number) => {
    const ctx: FlowContext = {
      chat: target.chat(`kid-${++chats}`).ref,
      now,
      deps: target.deps,
      language: "en",
    };
    return target.deps.limits.failedReset(ctx, subject, null);
  };

  const fail = (count: number, everyMs: number) => {
    const runs: Promise<unknown>[] = [];
    for (let i = 0; i < count; i++) {
      runs.push(failedReset(world, STUDENTS[i % STUDENTS.length]!, clock.now()));
      clock.advance(everyMs);
    }
    return Promise.all(runs);
  };

  it("alerts once for 10 failures over 5 students and 100 more; again after the window", async () => {
    await fail(9, MINUTE);
    await alerts.flush();
    expect(sink.sent).toEqual([]);
    await fail(1, 0);
    await fail(100, 5_000);
    await alerts.flush();
    expect(sink.sent).toHaveLength(1);
    expect(sink.sent[0]).toContain("10 failed tries against at least 5 students within 10 minutes");

    clock.advance(16 * MINUTE);
    await fail(20, 10_000);
    await alerts.flush();
    expect(sink.sent).toHaveLength(2);
    expect(world.alerts.ofKind("chat-throttled")).toEqual([]);
  });

  // "Check /stats and /audit for the students involved": /stats counts no failures, and the alert named no
  // student, so the admin had nothing to look up. It names the students tried, for /audit.
  it("names the students tried, for /audit, and sends the admin nowhere that does not show them", async () => {
    await fail(10, MINUTE);
    await alerts.flush();
    expect(sink.sent).toHaveLength(1);
    expect(sink.sent[0]).toContain("The students tried: S1001, S1002, S1003, S1004, S1005.");
    expect(sink.sent[0]).toContain("/audit S1001");
    expect(sink.sent[0]).not.toContain("/stats");
  });

  it("does not count one student's many failures as a spree", async () => {
    for (let i = 0; i < 30; i++) await failedReset(world, "S1001", clock.now() + i);
    await alerts.flush();
    expect(sink.sent).toEqual([]);
    expect(world.alerts.ofKind("failure-spree")).toEqual([]);
  });

  it("reads its limits from the SPREE_* settings", async () => {
    const strict = await TestWorld.create({
      SPREE_MIN_FAILURES: "3",
      SPREE_MIN_STUDENTS: "2",
      SPREE_WINDOW_MINUTES: "1",
    });
    try {
      await failedReset(strict, "S1001", clock.now());
      await failedReset(strict, "S1002", clock.now() + 1);
      await failedReset(strict, "S1001", clock.now() + 2 * MINUTE);
      expect(strict.alerts.ofKind("failure-spree")).toEqual([]);
      await failedReset(strict, "S1002", clock.now() + 2 * MINUTE + 1);
      await failedReset(strict, "S1003", clock.now() + 2 * MINUTE + 2);
      expect(strict.alerts.ofKind("failure-spree")).toEqual([
        {
          kind: "failure-spree",
          subject: "school",
          details: { failures: 3, students: 2, minutes: 1, ids: "S1001, S1002, S1003" },
        },
      ]);
    } finally {
      await strict.close();
    }
  });

  it("refuses, rather than passes over, a failed reset it cannot count when the store is down", async () => {
    const down = () => Promise.reject(new StoreUnavailableError());
    const counters: LimitCounters = {
      countFailure: down,
      blockedUntil: down,
      failureTimes: down,
      forgetFailure: down,
      clearFailures: down,
    };
    const recording = new RecordingAlerts();
    const limits = new Limits(
      counters,
      limitRules(config.core, { ...config.alerts.spree, quietMs: config.alerts.dedupeMs }),
      recording,
    );
    const ctx: FlowContext = {
      chat: world.chat("kid-down").ref,
      now: clock.now(),
      deps: { ...world.deps, limits },
      language: "en",
    };
    await expect(limits.failedReset(ctx, "S1001", null)).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(recording.raised).toEqual([]);
  });
});

describe("a spree of failed resets through the dialogs", () => {
  let world: TestWorld;
  let sink: RecordingSink;
  let alerts: AlertService;

  beforeEach(async () => {
    useSchoolClock();
    ({ world, sink, alerts } = await worldWithSink());
  });
  afterEach(async () => {
    await alerts.close();
    await world.close();
    vi.useRealTimers();
  });

  it("tells the admins once when students' resets fail across the school", async () => {
    const wrong = answersFor({});
    for (let round = 0; round < 3; round++) {
      for (const [i, id] of STUDENTS.entries()) {
        const chat = world.chat(`kid-${i}`);
        await chat.send("/reset");
        await chat.send(id);
        for (let q = 0; q < 3; q++) await chat.send(wrong(`question-${q}`));
        expect(chat.lastText).toContain("Sorry, that didn't work.");
      }
    }
    await alerts.flush();
    expect(world.alerts.ofKind("failure-spree")).toEqual([
      {
        kind: "failure-spree",
        subject: "school",
        details: { failures: 10, students: 5, minutes: 10, ids: "S1001, S1002, S1003, S1004, S1005" },
      },
    ]);
    expect(sink.sent.filter((text) => text.includes("across the school"))).toHaveLength(1);
  });
});
