import type { Client } from "ldapts";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { translate } from "../../src/core/i18n/translate.js";
import { LdapDirectory } from "../../src/directory/ldap/ldap-directory.js";
import { DirectoryHealth, directoryProbe } from "../../src/health/directory-health.js";
import { BotMetrics } from "../../src/metrics/bot-metrics.js";
import { meteredDirectory } from "../../src/metrics/metered-ports.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { RecordingAlerts } from "../helpers/recording-alerts.js";
import { TEST_ARGON2 } from "../helpers/test-argon2.js";
import { TEST_PEPPER } from "../helpers/test-world.js";

const BASE = "dc=school,dc=example";
const SERVICE_PASSWORD = "service-secret-Bind-77";
const MINUTE = 60_000;

type Line = { level: number; event?: string; msg: string } & Record<string, unknown>;
const WARN = 40;
const ERROR = 50;

/**
 * An LDAP server that refuses connections while `down` (as a stopped slapd or a firewall does) and answers
 * as an empty school otherwise: ldapts's Client replaced through the openClient seam.
 */
class SwitchableServer {
  down = false;
  client(): Client {
    const isDown = () => this.down;
    return {
      async bind() {
        if (isDown())
          throw Object.assign(new Error("connect ECONNREFUSED 10.0.0.9:636"), { code: "ECONNREFUSED" });
      },
      // The health check's search for a person with an id finds one; the one for its made-up id finds none.
      async search(_base: string, options: { filter: string }) {
        const anyone = options.filter.includes("=*)");
        return { searchEntries: anyone ? [{ dn: `uid=s1001,${BASE}` }] : [], searchReferences: [] };
      },
      async unbind() {},
    } as unknown as Client;
  }
}

/** The bot's directory and its health check as app.ts wires them, logging at the default level (info). */
function outageWorld() {
  const logs = new CapturedLogs("info");
  const server = new SwitchableServer();
  const config = loadConfig({
    DIRECTORY: "ldap",
    LDAP_URL: "ldaps://dc1.school.example:636",
    LDAP_BIND_DN: `cn=pwreset,ou=services,${BASE}`,
    LDAP_BIND_PASSWORD: SERVICE_PASSWORD,
    LDAP_BASE_DN: BASE,
  });
  const ldap = LdapDirectory.fromSettings(config.ldap, logs.logger, { openClient: () => server.client() });
  const health = new DirectoryHealth({
    probe: directoryProbe(ldap),
    alerts: new RecordingAlerts(),
    logger: logs.logger.child({ component: "directory-health" }),
  });
  const directory = meteredDirectory(ldap, new BotMetrics(), {
    onUnavailable: () => health.noticeFailure(),
  });
  const lines = () => logs.lines.map((line) => JSON.parse(line) as Line);
  return { logs, server, ldap, health, directory, lines };
}

describe("the log while the directory does not answer", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a 25-minute outage: one error when it begins, a reminder every 10 minutes with the steps that met it, one line when it is back", async () => {
    const { logs, server, health, directory, lines } = outageWorld();
    health.start();
    await vi.advanceTimersByTimeAsync(MINUTE);
    server.down = true;
    // Three students' steps meet it in the first minutes, one after the first reminder.
    await vi.advanceTimersByTimeAsync(MINUTE);
    for (const id of ["S1001", "S1002", "S1003"]) await directory.findPerson(id).catch(() => undefined);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    await directory.findPerson("S1004").catch(() => undefined);
    await vi.advanceTimersByTimeAsync(14 * MINUTE);
    server.down = false;
    await vi.advanceTimersByTimeAsync(MINUTE);
    await health.stop();

    const errors = lines().filter((line) => line.level >= ERROR);
    expect(errors).toEqual([expect.objectContaining({ event: "directory_down" })]);
    expect(errors[0]?.reason).toContain("ECONNREFUSED 10.0.0.9:636");

    const reminders = lines().filter((line) => line.event === "directory_still_down");
    expect(reminders.map((line) => [line.level, line.downForMinutes, line.failedCalls])).toEqual([
      [WARN, 10, 3],
      [WARN, 20, 1],
    ]);
    expect(reminders[0]?.msg).toContain("still does not answer");
    expect(reminders[0]?.reason).toContain("ECONNREFUSED");

    const back = lines().filter((line) => line.event === "directory_up");
    expect(back).toEqual([expect.objectContaining({ level: 30, downForMinutes: 25, failedCalls: 0 })]);

    // Each student's call is one warn line; the check itself adds nothing more every 30 s.
    const warnings = lines().filter((line) => line.level === WARN);
    expect(warnings.filter((line) => line.event === "directory_unavailable")).toHaveLength(4);
    expect(warnings).toHaveLength(4 + reminders.length);
    expect(logs.text).not.toContain(SERVICE_PASSWORD);
    expect(logs.text).not.toContain('"stack"');
  });

  it("in the running bot, a child's step that meets it is counted in the reminder, and nothing else is an error", async () => {
    vi.setSystemTime(Date.UTC(2026, 2, 2, 8, 0, 0));
    const { logs, server, ldap, lines } = outageWorld();
    const app = await createApp(loadConfig({ ANSWER_PEPPER: TEST_PEPPER }), logs.logger, {
      directory: ldap,
      argon2: TEST_ARGON2,
    });
    server.down = true;
    app.directoryHealth.start();
    await vi.advanceTimersByTimeAsync(MINUTE);
    const send = (text: string) =>
      app.engine.handle({ channel: "telegram", chatUserId: "555", isPrivate: true, text });
    await send("/setup");
    const reply = await send("S1001");
    expect(translate(reply.replies[0]!.text, "en")).toContain("not answering");
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    await app.close();

    expect(lines().filter((line) => line.level >= ERROR)).toEqual([
      expect.objectContaining({ event: "directory_down" }),
    ]);
    const [reminder] = lines().filter((line) => line.event === "directory_still_down");
    expect(reminder?.failedCalls).toBeGreaterThanOrEqual(1);
    expect(lines().filter((line) => line.msg === "the directory is unavailable")).toEqual([
      expect.objectContaining({ level: WARN, reason: expect.stringContaining("ECONNREFUSED") }),
    ]);
    expect(logs.text).not.toContain('"stack"');
  });

  it("a directory down from the start is told as soon as the first check fails", async () => {
    const { server, health, lines } = outageWorld();
    server.down = true;
    health.start();
    await vi.advanceTimersByTimeAsync(0);
    await health.stop();
    expect(lines().filter((line) => line.level >= ERROR)).toEqual([
      expect.objectContaining({ event: "directory_down", reason: expect.stringContaining("ECONNREFUSED") }),
    ]);
  });
});
