import { describe, expect, it } from "vitest";
import { DirectoryUnavailableError } from "../../src/core/errors.js";
import { DirectoryHealth } from "../../src/health/directory-health.js";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { RecordingAlerts } from "../helpers/recording-alerts.js";

describe("the directory's health", () => {
  it("is reported down once (one alert) while the service login fails, and up again when it works", async () => {
    let answering = true;
    const alerts = new RecordingAlerts();
    const states: string[] = [];
    const health = new DirectoryHealth({
      probe: async () => {
        if (!answering) throw new DirectoryUnavailableError();
      },
      alerts,
      logger: new CapturedLogs().logger,
      onChange: (state) => states.push(state),
      clock: () => 1_000,
    });
    expect(health.status()).toEqual({ state: "unknown" });

    await health.check();
    expect(health.status()).toEqual({ state: "up", checkedAt: 1_000 });
    answering = false;
    await health.check();
    await health.check();
    expect(health.status().state).toBe("down");
    expect(alerts.ofKind("directory-error")).toHaveLength(1);
    const [alert] = alerts.ofKind("directory-error");
    expect(formatAlert(alert!, 0, "en")).toContain("(during its regular login check)");
    expect(formatAlert(alert!, 0, "zh")).not.toMatch(/login|service/);
    answering = true;
    await health.check();
    expect(health.status().state).toBe("up");
    expect(states).toEqual(["up", "down", "up"]);
  });

  it("probes at most once at a time, however often it is asked", async () => {
    let probes = 0;
    let finish!: () => void;
    const health = new DirectoryHealth({
      probe: () => {
        probes += 1;
        return new Promise<void>((resolve) => (finish = resolve));
      },
      alerts: new RecordingAlerts(),
      logger: new CapturedLogs().logger,
    });
    const asked = [health.check(), health.check(), health.check()];
    finish();
    await Promise.all(asked);
    expect(probes).toBe(1);
  });
});
