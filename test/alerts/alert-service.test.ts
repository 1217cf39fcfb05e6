import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AlertService } from "../../src/alerts/alert-service.js";
import { createAlerts } from "../../src/alerts/create-alerts.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { Alert } from "../../src/core/ports/alerts.js";
import { MINUTE, useSchoolClock } from "../helpers/security-helpers.js";
import { alertServicesEachTest, HangingSink, RecordingSink, storeDown, ThrowingSink } from "./alert-fakes.js";

const SUSPENSION: Alert = { kind: "suspension", subject: "S1001", details: { failures: 5 } };
const DEDUPE_MS = 15 * MINUTE;

describe("AlertService", () => {
  let clock: ReturnType<typeof useSchoolClock>;
  beforeEach(() => {
    clock = useSchoolClock();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const alerting = alertServicesEachTest(DEDUPE_MS);
  const { service } = alerting;

  describe("de-duplication", () => {
    it("delivers the same suspension twice within 15 minutes once, and again after", async () => {
      const sink = new RecordingSink();
      const alerts = service([sink]);
      alerts.raise(SUSPENSION);
      await alerts.flush();
      clock.advance(14 * MINUTE);
      alerts.raise({ ...SUSPENSION, subject: "s1001 " });
      await alerts.flush();
      expect(sink.sent).toHaveLength(1);
      expect(sink.sent[0]).toContain("Self-service reset suspended for S1001 after 5 failed tries");

      clock.advance(2 * MINUTE);
      alerts.raise(SUSPENSION);
      await alerts.flush();
      expect(sink.sent).toHaveLength(2);
    });

    it("logs every alert at warn, a repeat too, saying it was not sent again", async () => {
      const alerts = service([]);
      alerts.raise(SUSPENSION);
      await alerts.flush();
      alerts.raise(SUSPENSION);
      await alerts.flush();
      const lines = alerting.logs.lines.map((line) => JSON.parse(line) as { level: number; msg: string });
      const about = lines.filter((l) => l.msg.includes("S1001"));
      expect(about.map((l) => l.level)).toEqual([40, 40]);
      expect(about[0]?.msg).toContain("admin alert: Password bot alert");
      expect(about[0]?.msg).not.toContain("not sent again");
      expect(about[1]?.msg).toContain(
        "admin alert (not sent again: the same one went out within 15 minutes)",
      );
      expect(about[1]?.msg).toContain("Self-service reset suspended for S1001 after 5 failed tries");
    });

    it("sends an alert of the same kind and subject but another episode: it is a new event", async () => {
      const sink = new RecordingSink();
      const alerts = service([sink]);
      const relink = (from: string, to: string): Alert => ({
        kind: "relink",
        subject: "S1001",
        details: { from, to },
        episode: `${from}>${to}`,
      });
      alerts.raise(relink("telegram:111", "telegram:121"));
      await alerts.flush();
      clock.advance(MINUTE);
      alerts.raise(relink("telegram:121", "telegram:111"));
      await alerts.flush();
      clock.advance(MINUTE);
      // The very same move again is a repeat.
      alerts.raise(relink("telegram:121", "telegram:111"));
      await alerts.flush();
      expect(sink.sent).toEqual([
        expect.stringContaining("(from telegram:111 to telegram:121)"),
        expect.stringContaining("(from telegram:121 to telegram:111)"),
      ]);
    });

    it("keeps other kinds and other students apart", async () => {
      const sink = new RecordingSink();
      const alerts = service([sink]);
      alerts.raise(SUSPENSION);
      alerts.raise({ ...SUSPENSION, subject: "S1002" });
      alerts.raise({ kind: "relink", subject: "S1001", details: { from: "telegram", to: "slack" } });
      await alerts.flush();
      expect(sink.sent).toHaveLength(3);
    });

    it("sends every guided reset, even two of one student within the window: each is its own event", async () => {
      const sink = new RecordingSink();
      const alerts = service([sink]);
      alerts.raise({ kind: "guided-reset", subject: "S1001", details: { by: "T2001", route: "questions" } });
      await alerts.flush();
      clock.advance(MINUTE);
      alerts.raise({ kind: "guided-reset", subject: "s1001", details: { by: "T2001", route: "in-person" } });
      await alerts.flush();
      expect(sink.sent).toHaveLength(2);
      expect(sink.sent[0]).toContain("(route: the student answered their questions)");
      expect(sink.sent[1]).toContain("(route: checked in person)");
      expect(alerting.logs.text).not.toContain("not sent again");
    });

    it("is shared by replicas through the store", async () => {
      const first = new RecordingSink("first");
      const second = new RecordingSink("second");
      const one = service([first]);
      one.raise(SUSPENSION);
      await one.flush();
      const other = service([second]);
      other.raise(SUSPENSION);
      await other.flush();
      expect([first.sent.length, second.sent.length]).toEqual([1, 0]);
    });

    it("still alerts when the store cannot say whether it is a repeat", async () => {
      const sink = new RecordingSink();
      const alerts = service([sink], { store: storeDown() });
      alerts.raise(SUSPENSION);
      await alerts.flush();
      expect(sink.sent).toHaveLength(1);
      expect(alerting.logs.text).toContain("could not check an alert for repeats");
      // Redis down is expected now and then: the warn line says what it met; a stack is only at debug.
      const warned = alerting.logs.lines
        .map((line) => JSON.parse(line) as { level: number; msg: string; reason?: string; err?: unknown })
        .filter((line) => line.level === 40 && line.msg.includes("could not check an alert for repeats"));
      expect(warned).toHaveLength(1);
      expect(warned[0]?.reason).toContain("the store is not answering");
      expect(warned[0]?.err).toBeUndefined();
    });

    it("takes its window from ALERT_DEDUPE_MINUTES", async () => {
      const sink = new RecordingSink();
      const alerts = alerting.closeAfterTest(
        createAlerts(loadConfig({ ALERT_DEDUPE_MINUTES: "5" }), alerting.store, alerting.logs.logger, [sink]),
      );
      alerts.raise(SUSPENSION);
      await alerts.flush();
      clock.advance(5 * MINUTE - 1_000);
      alerts.raise(SUSPENSION);
      await alerts.flush();
      clock.advance(2_000);
      alerts.raise(SUSPENSION);
      await alerts.flush();
      expect(sink.sent).toHaveLength(2);
    });
  });

  describe("a directory outage", () => {
    const FROM_A_FLOW: Alert = {
      kind: "directory-error",
      subject: "directory",
      details: { error: "findPerson: connect ECONNREFUSED 127.0.0.1:389" },
    };
    const FROM_THE_HEALTH_CHECK: Alert = {
      kind: "directory-error",
      subject: "directory",
      details: { during: "login-check" },
    };
    const ANSWERS: Alert = { kind: "directory-up", subject: "directory" };
    const raiseAll = async (alerts: AlertService, ...raised: Alert[]) => {
      for (const alert of raised) alerts.raise(alert);
      await alerts.flush();
    };

    it("is one alert within the window whoever notices it, and told again after it while it lasts", async () => {
      const sink = new RecordingSink();
      const alerts = service([sink]);
      await raiseAll(alerts, FROM_A_FLOW);
      clock.advance(9_000);
      await raiseAll(alerts, FROM_THE_HEALTH_CHECK);
      expect(sink.sent).toEqual([expect.stringContaining("could not use the school directory")]);
      // Still failing a student's step after the window: the admins hear it is not over.
      clock.advance(DEDUPE_MS);
      await raiseAll(alerts, FROM_A_FLOW);
      expect(sink.sent).toHaveLength(2);
    });

    it("sends the 'answers again' once across replicas that saw it come back together", async () => {
      const first = new RecordingSink("first");
      const second = new RecordingSink("second");
      const one = service([first]);
      const other = service([second]);
      await raiseAll(other, ANSWERS);
      await raiseAll(one, ANSWERS);
      expect([...first.sent, ...second.sent]).toEqual([expect.stringContaining("answers again")]);
    });
  });

  describe("a sink that fails", () => {
    it("does not hold up raise: it returns before any sink is even tried", () => {
      const throwing = new ThrowingSink();
      const alerts = service([throwing, new HangingSink()]);
      expect(alerts.raise(SUSPENSION)).toBeUndefined();
      // raise has returned and no sink has been tried yet: delivery happens later, in the background.
      expect(throwing.tries).toBe(0);
    });

    it("never throws from raise, whatever the alert", () => {
      const alerts = service([new ThrowingSink()], {
        clock: () => {
          throw new Error("broken clock");
        },
      });
      expect(() => alerts.raise(SUSPENSION)).not.toThrow();
      expect(() => alerts.raise(undefined as unknown as Alert)).not.toThrow();
    });

    it("is retried, then logged without its message; the other sinks get the alert at once", async () => {
      const throwing = new ThrowingSink("telegram:-100123");
      const hanging = new HangingSink("slack:#it");
      const working = new RecordingSink();
      const alerts = service([throwing, hanging, working]);
      alerts.raise(SUSPENSION);
      await vi.waitFor(() => expect(working.sent).toHaveLength(1), { timeout: 50, interval: 2 });
      expect(hanging.tries).toBe(1);

      await alerts.flush();
      expect(throwing.tries).toBe(3);
      expect(hanging.tries).toBe(3);
      const failures = alerting.logs.lines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((l) => l.msg === `could not deliver an admin alert to ${String(l.sink)}`);
      expect(failures).toEqual([
        expect.objectContaining({ level: 50, sink: "telegram:-100123", attempts: 3, alert: "suspension" }),
        expect.objectContaining({
          level: 50,
          sink: "slack:#it",
          attempts: 3,
          failure: { error: "AttemptTimeout" },
        }),
      ]);
      expect(alerting.logs.text).not.toContain("SECRET-TOKEN");
    });

    it("is delivered when a retry works", async () => {
      let tries = 0;
      const flaky = {
        name: "flaky",
        sent: [] as string[],
        async send(text: string) {
          if (++tries < 3) throw new Error("503");
          this.sent.push(text);
        },
      };
      const alerts = service([flaky]);
      alerts.raise(SUSPENSION);
      await alerts.flush();
      expect(flaky.sent).toHaveLength(1);
      expect(alerting.logs.text).not.toContain("could not deliver");
    });

    it("stops retrying on close, within its bound", async () => {
      const throwing = new ThrowingSink();
      const alerts = service([throwing], {
        delivery: { attempts: 5, backoffMs: [60_000], attemptTimeoutMs: 100 },
        closeTimeoutMs: 50,
      });
      alerts.raise(SUSPENSION);
      await vi.waitFor(() => expect(throwing.tries).toBe(1));
      // With a 60 s backoff pending, close must not wait for it (the test would time out if it did).
      await alerts.close();
      await alerts.flush();
      expect(throwing.tries).toBe(1);

      alerts.raise({ ...SUSPENSION, subject: "S1002" });
      await alerts.flush();
      expect(throwing.tries).toBe(1);
      expect(alerting.logs.text).toContain("suspended for S1002");
    });
  });
});
