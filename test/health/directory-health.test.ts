import { describe, expect, it } from "vitest";
import { DirectoryUnavailableError } from "../../src/core/errors.js";
import { DirectoryHealth } from "../../src/health/directory-health.js";
import { formatAlert } from "../../src/alerts/format-alert.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { RecordingAlerts } from "../helpers/recording-alerts.js";
import { AlertService } from "../../src/alerts/alert-service.js";
import { explainError } from "../../src/core/explain-error.js";
import { mockStore, QUICK_DELIVERY, RecordingSink } from "../alerts/alert-fakes.js";
import { closedAfterEachTest } from "../helpers/closed-after-each.js";

const closeAfterTest = closedAfterEachTest();

/**
 * The real alert service over a mock store (one replicas share, if given), recording what the admins would be
 * sent; `directorySettings` stands for the run's directory settings (see directorySettingsId).
 */
function realAlerts(store = closeAfterTest(mockStore()), directorySettings = "settings-1") {
  const logs = new CapturedLogs();
  const sink = new RecordingSink();
  const alerts = new AlertService({
    store,
    logger: logs.logger,
    sinks: [sink],
    dedupeMs: 15 * 60_000,
    delivery: QUICK_DELIVERY,
    directorySettings,
  });
  return { logs, sink, alerts };
}

/** One run of the bot (a replica, or a start after a restart) over a shared store, wired as app.ts wires it. */
function replicaOn(
  store: ReturnType<typeof mockStore>,
  probe: () => Promise<void>,
  directorySettings?: string,
) {
  const { logs, sink, alerts } = realAlerts(store, directorySettings);
  const health = new DirectoryHealth({
    probe,
    alerts,
    logger: logs.logger,
  });
  return { sink, alerts, health };
}

/**
 * A run over `store` (with `directorySettings`) in which the directory answers its first check and not its
 * second, minutes later: what that run sent the admins.
 */
async function answersThenStops(
  store: ReturnType<typeof mockStore>,
  directorySettings?: string,
): Promise<string[]> {
  let answering = true;
  const run = replicaOn(
    store,
    async () => {
      if (!answering) throw new DirectoryUnavailableError("health check: ECONNREFUSED");
    },
    directorySettings,
  );
  await run.health.check();
  answering = false;
  await run.health.check();
  await run.alerts.flush();
  await run.alerts.close();
  return run.sink.sent;
}

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
    expect(formatAlert(alert!, 0, "en")).toContain("(during its regular login check");
    expect(formatAlert(alert!, 0, "zh")).not.toMatch(/login|service/);
    // The same subject as a flow's alert, so that one outage is one alert.
    expect(alert?.subject).toBe("directory");
    answering = true;
    await health.check();
    expect(health.status().state).toBe("up");
    expect(states).toEqual(["up", "down", "up"]);
  });

  it("its alert says what the login check met, as a student's step's alert does, so the admin need not read the log", async () => {
    const alerts = new RecordingAlerts();
    const health = new DirectoryHealth({
      probe: async () => {
        throw new DirectoryUnavailableError(
          "the school directory failed (health check: ECONNREFUSED connect ECONNREFUSED 10.0.0.9:636)",
        );
      },
      alerts,
      logger: new CapturedLogs().logger,
    });
    await health.check();
    const [alert] = alerts.ofKind("directory-error");
    const text = formatAlert(alert!, 0, "en");
    expect(text).toContain("during its regular login check");
    expect(text).toContain("ECONNREFUSED 10.0.0.9:636");
  });

  it("agrees with the flows on one alert per outage, and tells the admins when it answers again", async () => {
    let answering = false;
    const { logs, sink, alerts } = realAlerts();
    const health = new DirectoryHealth({
      probe: async () => {
        if (!answering) throw new DirectoryUnavailableError();
      },
      alerts,
      logger: logs.logger,
    });
    // A student's step meets the outage first (explainError), then the regular check does.
    explainError({ logger: logs.logger, alerts }, new DirectoryUnavailableError("findPerson: ECONNREFUSED"));
    await alerts.flush();
    await health.check();
    await alerts.flush();
    expect(sink.sent).toEqual([expect.stringContaining("(findPerson: ECONNREFUSED)")]);

    answering = true;
    await health.check();
    await health.check();
    await alerts.flush();
    expect(sink.sent).toHaveLength(2);
    expect(sink.sent[1]).toContain("The school directory answers again");
    await alerts.close();
  });

  it("says nothing is over while only students' steps fail and its own login works (a half-working directory)", async () => {
    const { logs, sink, alerts } = realAlerts();
    const health = new DirectoryHealth({ probe: async () => undefined, alerts, logger: logs.logger });
    await health.check();
    explainError({ logger: logs.logger, alerts }, new DirectoryUnavailableError("setPassword: 50"));
    await alerts.flush();
    await health.check();
    await health.check();
    await alerts.flush();
    expect(sink.sent).toEqual([expect.stringContaining("could not use the school directory")]);
    await alerts.close();
  });

  it("tells the admins which setting to check when the directory refuses the bot's own login", async () => {
    const { sink, alerts } = realAlerts();
    const health = new DirectoryHealth({
      probe: async () => {
        throw new DirectoryUnavailableError("service account login refused", {
          fault: "service-login-refused",
        });
      },
      alerts,
      logger: new CapturedLogs().logger,
    });
    await health.check();
    await alerts.flush();
    expect(sink.sent).toHaveLength(1);
    expect(sink.sent[0]).toContain("(during its regular login check");
    expect(sink.sent[0]).toContain("check LDAP_BIND_DN and LDAP_BIND_PASSWORD");
    await alerts.close();
  });

  it("a student's step that meets a search base the directory does not have names LDAP_BASE_DN in the alert", async () => {
    const { sink, alerts } = realAlerts();
    const logs = new CapturedLogs();
    explainError(
      { logger: logs.logger, alerts },
      new DirectoryUnavailableError("findPerson: LDAP 32", { fault: "base-dn-missing" }),
    );
    await alerts.flush();
    expect(sink.sent).toEqual([expect.stringContaining("LDAP_BASE_DN")]);
    await alerts.close();
  });

  it("tells a second outage after the all-clear, so the last alert never says all is well while it is down", async () => {
    let answering = true;
    const { sink, alerts } = realAlerts();
    const health = new DirectoryHealth({
      probe: async () => {
        if (!answering) throw new DirectoryUnavailableError("health check: ECONNREFUSED");
      },
      alerts,
      logger: new CapturedLogs().logger,
    });
    const down = expect.stringContaining("could not use the school directory");
    const up = expect.stringContaining("The school directory answers again");
    for (const state of [true, false, true, false]) {
      answering = state;
      await health.check();
      await alerts.flush();
    }
    expect(sink.sent).toEqual([down, up, down]);

    // Flapping within the window: the all-clear keeps its own window, so no more than that is sent.
    for (const state of [true, false, true, false, true]) {
      answering = state;
      await health.check();
      await alerts.flush();
    }
    expect(sink.sent).toEqual([down, up, down]);
    await alerts.close();
  });

  it("tells an outage that follows a restart which fixed the bot's directory login", async () => {
    const store = closeAfterTest(mockStore());
    const started = (probe: () => Promise<void>) => replicaOn(store, probe);
    // A wrong LDAP_BIND_PASSWORD: the admins are told to check it.
    const before = started(async () => {
      throw new DirectoryUnavailableError("service account login refused", {
        fault: "service-login-refused",
      });
    });
    await before.health.check();
    await before.alerts.flush();
    expect(before.sink.sent).toEqual([expect.stringContaining("check LDAP_BIND_DN and LDAP_BIND_PASSWORD")]);
    await before.alerts.close();

    // Restarted with the right password, the login works; minutes later the directory stops answering.
    expect(await answersThenStops(store)).toEqual([
      expect.stringContaining("could not use the school directory"),
    ]);
  });

  it("tells an outage that follows a restart which fixed LDAP_URL, though the last outage was told minutes before", async () => {
    const store = closeAfterTest(mockStore());
    const started = (probe: () => Promise<void>) => replicaOn(store, probe);
    // LDAP_URL with the wrong port: nothing answers there, so no setting is named.
    const before = started(async () => {
      throw new DirectoryUnavailableError("health check: ECONNREFUSED connect ECONNREFUSED 10.0.0.9:6999");
    });
    await before.health.check();
    await before.alerts.flush();
    expect(before.sink.sent).toEqual([expect.stringContaining("could not use the school directory")]);
    await before.alerts.close();

    // Restarted with the right port, the directory answers; minutes later it stops answering.
    expect(await answersThenStops(store, "settings-2")).toEqual([
      expect.stringContaining("could not use the school directory"),
    ]);
  });

  it("a replica that starts while the directory is down stays quiet about the outage already told", async () => {
    const store = closeAfterTest(mockStore());
    const replica = () =>
      replicaOn(store, async () => {
        throw new DirectoryUnavailableError("health check: ECONNREFUSED");
      });
    const first = replica();
    await first.health.check();
    await first.alerts.flush();
    const second = replica();
    await second.health.check();
    await second.alerts.flush();
    expect(first.sink.sent).toHaveLength(1);
    expect(second.sink.sent).toEqual([]);
    await first.alerts.close();
    await second.alerts.close();
  });

  it("a rolling restart with the same settings, while an old replica's students still meet the outage, repeats no alert", async () => {
    const store = closeAfterTest(mockStore());
    // The old replica cannot reach the directory (its node's network); its students' steps keep failing.
    const old = replicaOn(store, async () => {
      throw new DirectoryUnavailableError("health check: ECONNREFUSED");
    });
    await old.health.check();
    await old.alerts.flush();
    expect(old.sink.sent).toEqual([expect.stringContaining("could not use the school directory")]);

    // Three new replicas start, one by one, on nodes that reach it; after each, a student on the old one.
    const started = [];
    for (let i = 0; i < 3; i++) {
      const fresh = replicaOn(store, async () => undefined);
      started.push(fresh);
      await fresh.health.check();
      old.alerts.raise({
        kind: "directory-error",
        subject: "directory",
        details: { during: "set-password" },
      });
      await old.alerts.flush();
    }
    expect(old.sink.sent).toHaveLength(1);
    for (const fresh of started) expect(fresh.sink.sent).toEqual([]);
    for (const run of [old, ...started]) await run.alerts.close();
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
