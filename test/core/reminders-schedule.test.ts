import { afterEach, describe, expect, it, vi } from "vitest";
import type { CoreDeps } from "../../src/core/core-deps.js";
import { scheduleReminders } from "../../src/reminders-schedule.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

/**
 * Found by QA as an installing admin: the first look for due practice reminders came an hour after the
 * start, so a bot restarted more often than hourly (deploys, a supervisor's restarts) never sent any.
 */
describe("the practice reminders' schedule", () => {
  afterEach(() => vi.useRealTimers());

  const depsLookingAt = (looks: string[]) =>
    ({
      settings: { practiceReminderDays: 120, practiceReminderHourUtc: 0 },
      clock: () => Date.now(),
      logger: new CapturedLogs().logger,
      // The day's mark is another replica's already: nothing more is read.
      store: {
        markUpdateSeen: (key: string) => {
          looks.push(key);
          return Promise.resolve(false);
        },
      },
    }) as unknown as CoreDeps;

  it("looks a minute after the start, then every hour", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-03-02T09:10:00Z") });
    const looks: string[] = [];
    const stop = scheduleReminders(depsLookingAt(looks));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(looks).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(looks).toHaveLength(2);
    stop();
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
    expect(looks).toHaveLength(2);
  });

  it("does not look when reminders are off", async () => {
    vi.useFakeTimers();
    const looks: string[] = [];
    const deps = depsLookingAt(looks);
    (deps.settings as { practiceReminderDays: number }).practiceReminderDays = 0;
    scheduleReminders(deps)();
    await vi.advanceTimersByTimeAsync(2 * 60 * 60_000);
    expect(looks).toEqual([]);
  });
});
