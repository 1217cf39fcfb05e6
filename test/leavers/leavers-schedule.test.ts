import { randomBytes } from "node:crypto";
import RedisMock from "ioredis-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { scheduleLeavers } from "../../src/leavers/leavers-schedule.js";
import { MemoryDirectory } from "../../src/directory/memory-directory.js";
import { DEMO_SCHOOL_FILE } from "../../src/directory/school-file.js";
import { createPersonRecords } from "../../src/store/person-records.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { RecordingAlerts } from "../helpers/recording-alerts.js";
import { closedAfterEachTest } from "../helpers/closed-after-each.js";
import { enrolment } from "../store/contract/fixtures.js";

const HOUR = 3_600_000;

const closeAfterTest = closedAfterEachTest();

describe("the scheduled leavers job (LEAVERS_INTERVAL_HOURS)", () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it("that refuses because too many are missing tells the admins, who must check and run it with --force", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-07-01T00:30:00Z") });
    const redis = new RedisMock();
    const prefix = `leavers-schedule-${randomBytes(4).toString("hex")}:`;
    const store = closeAfterTest(createRedisStore(redis, { prefix, auditMaxEvents: 1_000 }));
    // A year group gone from the directory: 8 of the 10 people the bot knows.
    for (const id of ["S1001", "S1002", ...Array.from({ length: 8 }, (_, i) => `Old.${i}`)])
      await store.saveEnrolment(id, enrolment(Date.now()));
    const alerts = new RecordingAlerts();
    const logs = new CapturedLogs();
    stop = scheduleLeavers(
      {
        store,
        directory: await MemoryDirectory.fromFile(DEMO_SCHOOL_FILE),
        people: createPersonRecords(redis, prefix),
        logger: logs.logger,
        clock: Date.now,
        alerts,
      },
      24,
    );
    await vi.advanceTimersByTimeAsync(24 * HOUR);

    expect(await store.getEnrolment("old.1")).not.toBeNull();
    const [alert] = alerts.ofKind("leavers-refused");
    expect(alert).toMatchObject({ details: { missing: 8, checked: 10 } });
    const words = formatAlert(alert!, Date.now(), "en");
    expect(words).toContain("8 of 10");
    expect(words).toContain("npm run leavers -- --force");
    for (const language of ["zh", "ms", "ta"])
      expect(formatAlert(alert!, Date.now(), language)).toContain("8");
  });
});
