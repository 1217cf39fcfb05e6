import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AlertService } from "../../src/alerts/alert-service.js";
import { watchForSpree } from "../../src/alerts/spree-watch.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { SpreeWatch } from "../../src/core/ports/spree-watch.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import type { Store } from "../../src/core/ports/store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { RecordingAlerts } from "../helpers/recording-alerts.js";
import { answersFor, MINUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { TestWorld } from "../helpers/test-world.js";
import { mockStore, QUICK_DELIVERY, RecordingSink } from "./alert-fakes.js";

const STUDENTS = ["S1001", "S1002", "S1003", "S1004", "S1005"];
const config = loadConfig({});

describe("the spree watch", () => {
  let clock: ReturnType<typeof useSchoolClock>;
  let store: Store;
  let logs: CapturedLogs;
  let sink: RecordingSink;
  let alerts: AlertService;
  let watch: SpreeWatch;

  beforeEach(() => {
    clock = useSchoolClock();
    store = mockStore();
    logs = new CapturedLogs();
    sink = new RecordingSink();
    alerts = new AlertService({
      store,
      logger: logs.logger,
      sinks: [sink],
      dedupeMs: config.alerts.dedupeMs,
      delivery: QUICK_DELIVERY,
    });
    watch = watchForSpree(store, alerts, config.alerts, logs.logger);
  });
  afterEach(async () => {
    await alerts.close();
    await store.close();
    vi.useRealTimers();
  });

  const fail = (count: number, everyMs: number) => {
    const runs: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      runs.push(watch.recordFailedReset(STUDENTS[i % STUDENTS.length]!, clock.now()));
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
  });

  it("does not count one student's many failures as a spree", async () => {
    for (let i = 0; i < 30; i++) await watch.recordFailedReset("S1001", clock.now() + i);
    await alerts.flush();
    expect(sink.sent).toEqual([]);
  });

  it("reads its limits from the SPREE_* settings", async () => {
    const recording = new RecordingAlerts();
    const strict = loadConfig({
      SPREE_MIN_FAILURES: "3",
      SPREE_MIN_STUDENTS: "2",
      SPREE_WINDOW_MINUTES: "1",
    });
    const strictWatch = watchForSpree(store, recording, strict.alerts, logs.logger);
    await strictWatch.recordFailedReset("S1001", clock.now());
    await strictWatch.recordFailedReset("S1002", clock.now() + 1);
    await strictWatch.recordFailedReset("S1001", clock.now() + 2 * MINUTE);
    expect(recording.raised).toEqual([]);
    await strictWatch.recordFailedReset("S1002", clock.now() + 2 * MINUTE + 1);
    await strictWatch.recordFailedReset("S1003", clock.now() + 2 * MINUTE + 2);
    expect(recording.raised).toEqual([
      { kind: "failure-spree", subject: "school", details: { failures: 3, students: 2, minutes: 1 } },
    ]);
  });

  it("never throws when the store is down", async () => {
    const down = { recordSpreeFailure: () => Promise.reject(new StoreUnavailableError()) };
    const failing = watchForSpree(down, alerts, config.alerts, logs.logger);
    await expect(failing.recordFailedReset("S1001", clock.now())).resolves.toBeUndefined();
    expect(logs.text).toContain("could not count a failed reset towards the spree watch");
  });
});

describe("a spree of failed resets through the dialogs", () => {
  let world: TestWorld;
  let alerts: AlertService;
  const sink = new RecordingSink();

  beforeEach(async () => {
    useSchoolClock();
    world = await TestWorld.create({}, undefined, {
      spree: (store, raise) => watchForSpree(store, raise, config.alerts, new CapturedLogs().logger),
      alerts: {
        raise: (alert) => alerts.raise(alert),
      },
    });
    alerts = new AlertService({
      store: world.deps.store,
      logger: world.logs.logger,
      sinks: [sink],
      dedupeMs: config.alerts.dedupeMs,
      delivery: QUICK_DELIVERY,
    });
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
        for (let q = 0; q < 3; q++) await chat.send(wrong(""));
        expect(chat.lastText).toContain("Sorry, that didn't work.");
      }
    }
    await alerts.flush();
    expect(world.alerts.ofKind("failure-spree")).toEqual([
      { kind: "failure-spree", subject: "school", details: { failures: 10, students: 5, minutes: 10 } },
    ]);
    expect(sink.sent.filter((text) => text.includes("across the school"))).toHaveLength(1);
  });
});
