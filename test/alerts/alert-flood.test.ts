import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AlertService } from "../../src/alerts/alert-service.js";
import { createAlerts } from "../../src/alerts/create-alerts.js";
import { loadConfig } from "../../src/config/load-config.js";
import type { Alert } from "../../src/core/ports/alerts.js";
import { problemsWith } from "../config/config-problems.js";
import { MINUTE, MONDAY_8AM } from "../helpers/security-helpers.js";
import { alertServicesEachTest, raiseAll, RecordingSink, storeDown } from "./alert-fakes.js";

const WINDOW_MS = 15 * MINUTE;

/** One ID's set-up paused after 3 wrong passwords: what an attacker gets by typing wrong ones for it. */
const linkPaused = (id: string): Alert => ({
  kind: "link-paused",
  subject: id,
  details: { failures: 3, chats: "telegram:666" },
});
const fiftyIds = Array.from({ length: 50 }, (_, i) => `S${2000 + i}`);

/**
 * An attacker with the IDs of many classmates types wrong passwords for each: one alert per ID. The admins'
 * chat must still be readable, so a real alert does not drown.
 */
describe("a flood of alerts of one kind", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: MONDAY_8AM + 2 * MINUTE });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const alerting = alertServicesEachTest(WINDOW_MS);
  const { service } = alerting;
  /** Lets the window end (and its summary go out). */
  const endOfWindow = async (...alerts: AlertService[]) => {
    await vi.advanceTimersByTimeAsync(WINDOW_MS);
    for (const one of alerts) await one.flush();
  };

  it("sends the admins 5 of 50 link-paused alerts, then one summary of the 45 held back", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink]);
    await raiseAll(alerts, fiftyIds.map(linkPaused));
    expect(sink.sent).toHaveLength(5);
    expect(sink.sent.every((text) => text.includes("Set-up for S200"))).toBe(true);

    await endOfWindow(alerts);
    expect(sink.sent).toHaveLength(6);
    const summary = sink.sent[5]!;
    expect(summary).toContain("From 08:00 to 08:15 UTC, 45 more “set-up paused” alerts were not sent here");
    expect(summary).toContain(
      "in 15 minutes the bot sends alerts of one kind about at most 5 different IDs or chats, and at most 3 alerts about each",
    );
    expect(summary).toContain("alert_held_back");
    expect(summary).toContain("/audit");

    // Nothing more: one summary for the window, however long the bot runs.
    await endOfWindow(alerts);
    expect(sink.sent).toHaveLength(6);
  });

  it("still logs every held-back alert at warn, in full, with its own event", async () => {
    const alerts = service([new RecordingSink()]);
    await raiseAll(alerts, fiftyIds.map(linkPaused));
    const lines = alerting.logs.lines.map(
      (line) => JSON.parse(line) as { level: number; msg: string; event?: string },
    );
    for (const id of fiftyIds) {
      const about = lines.filter((l) => l.msg.includes(`Set-up for ${id} is paused`));
      expect(about.map((l) => l.level)).toEqual([40]);
    }
    const held = lines.filter((l) => l.event === "alert_held_back");
    expect(held).toHaveLength(45);
    expect(held[0]?.msg).toContain(
      "admin alert (held back: 5 link-paused alerts went out from 08:00 UTC; one summary at 08:15)",
    );
  });

  it("does not hold back other kinds: a real suspension in the middle of the flood reaches the admins", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink]);
    await raiseAll(alerts, fiftyIds.map(linkPaused));
    await raiseAll(alerts, [{ kind: "suspension", subject: "S1001", details: { failures: 5 } }]);
    expect(sink.sent).toHaveLength(6);
    expect(sink.sent[5]).toContain("Self-service reset suspended for S1001");
  });

  it("starts afresh in the next window", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink]);
    await raiseAll(alerts, fiftyIds.slice(0, 7).map(linkPaused));
    await endOfWindow(alerts);
    expect(sink.sent).toHaveLength(6);
    expect(sink.sent[5]).toContain("2 more “set-up paused” alerts");
    await raiseAll(alerts, fiftyIds.slice(7, 10).map(linkPaused));
    expect(sink.sent).toHaveLength(9);
  });

  it("sends no summary when nothing was held back", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink]);
    await raiseAll(alerts, fiftyIds.slice(0, 5).map(linkPaused));
    await endOfWindow(alerts);
    expect(sink.sent).toHaveLength(5);
  });

  it("is shared by every replica through the store: 5 in all and one summary counting both", async () => {
    const first = new RecordingSink("first");
    const second = new RecordingSink("second");
    const one = service([first]);
    const other = service([second]);
    await raiseAll(one, fiftyIds.slice(0, 25).map(linkPaused));
    await raiseAll(other, fiftyIds.slice(25).map(linkPaused));
    expect(first.sent.length + second.sent.length).toBe(5);

    await endOfWindow(one, other);
    const summaries = [...first.sent, ...second.sent].filter((text) => text.includes("were not sent here"));
    expect(summaries).toEqual([expect.stringContaining("45 more “set-up paused” alerts")]);
  });

  it("still holds back a flood while the store is down, counting in each replica", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink], { store: storeDown() });
    await raiseAll(alerts, fiftyIds.map(linkPaused));
    expect(sink.sent).toHaveLength(5);
    expect(alerting.logs.text).toContain("could not count alerts of a kind in the store");

    await endOfWindow(alerts);
    expect(sink.sent).toHaveLength(6);
    expect(sink.sent[5]).toContain("45 more “set-up paused” alerts");
  });

  it("never holds back a teacher's deliberate acts: 20 guided resets and 20 lifts all go out", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink]);
    const ids = fiftyIds.slice(0, 20);
    await raiseAll(
      alerts,
      ids.flatMap((id): Alert[] => [
        {
          kind: "guided-reset",
          subject: id,
          details: { by: "T2001", byRole: "teacher", route: "in-person" },
        },
        { kind: "setup-pause-lifted", subject: id, details: { by: "T2001", byRole: "teacher" } },
        { kind: "directory-lock-lifted", subject: id, details: { by: "T2001", byRole: "teacher" } },
      ]),
    );
    expect(sink.sent).toHaveLength(60);
    expect(alerting.logs.text).not.toContain("held back");
  });

  it("never holds back a staff account's link moving to another chat, however many students moved theirs", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink]);
    const relink = (id: string, staff: boolean): Alert => ({
      kind: "relink",
      subject: id,
      details: { from: `telegram:${id}`, to: "telegram:666", ...(staff ? { account: "staff" } : {}) },
      episode: `telegram:${id}>telegram:666`,
    });
    // Start of term: students on new phones use up the window's relink alerts.
    await raiseAll(alerts, [...fiftyIds.slice(0, 8).map((id) => relink(id, false)), relink("A3001", true)]);
    expect(sink.sent).toHaveLength(6);
    expect(sink.sent.filter((text) => text.includes("A3001"))).toHaveLength(1);
  });

  it("never holds back a password the directory may or may not have set: each is a student to check", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink]);
    await raiseAll(
      alerts,
      fiftyIds.slice(0, 12).map((id): Alert => ({ kind: "password-maybe-set", subject: id })),
    );
    expect(sink.sent).toHaveLength(12);
  });

  it("never holds back Redis going down and coming back, from any number of replicas", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink]);
    const replicas = Array.from({ length: 8 }, (_, i) => `bot-${i}`);
    await raiseAll(
      alerts,
      replicas.flatMap((replica): Alert[] => [
        { kind: "store-down", subject: "redis", details: { replica } },
        { kind: "store-up", subject: "redis", details: { replica } },
      ]),
    );
    expect(sink.sent).toHaveLength(16);
  });

  it("tells the summary in the admins' language", async () => {
    const sink = new RecordingSink();
    const alerts = service([sink], { language: "ms" });
    await raiseAll(alerts, fiftyIds.slice(0, 8).map(linkPaused));
    await endOfWindow(alerts);
    expect(sink.sent[5]).toContain("3 lagi amaran “persediaan dijeda”");
  });

  it("logs what was held back when the bot stops before the window's summary", async () => {
    const alerts = service([new RecordingSink()]);
    await raiseAll(alerts, fiftyIds.slice(0, 8).map(linkPaused));
    await alerts.close();
    expect(alerting.logs.text).toContain("stopping before the summary of held-back admin alerts");
    expect(alerting.logs.text).toContain('"heldBack":3');
  });

  it("takes its cap from ALERT_MAX_PER_KIND, and its window from ALERT_DEDUPE_MINUTES", async () => {
    const sink = new RecordingSink();
    const config = loadConfig({ ALERT_MAX_PER_KIND: "2", ALERT_DEDUPE_MINUTES: "15" });
    const alerts = alerting.closeAfterTest(
      createAlerts(config, alerting.store, alerting.logs.logger, [sink]),
    );
    await raiseAll(alerts, fiftyIds.slice(0, 10).map(linkPaused));
    expect(sink.sent).toHaveLength(2);
    await endOfWindow(alerts);
    expect(sink.sent[2]).toContain(
      "8 more “set-up paused” alerts were not sent here: in 15 minutes the bot sends alerts of one kind about at most 2 different IDs or chats",
    );
  });

  it("refuses to start with a cap of none, naming the setting", () => {
    expect(problemsWith({ ALERT_MAX_PER_KIND: "0" })).toMatch(
      /ALERT_MAX_PER_KIND: must be a whole number from 1 to 1000, not "0"/,
    );
  });
});
