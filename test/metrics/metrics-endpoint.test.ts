import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { ConsoleChannel } from "../../src/bots/console/console-channel.js";
import { loadConfig } from "../../src/config/load-config.js";
import { addProbeRoutes } from "../../src/health/probe-routes.js";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { parsePrometheusText, valueOf, type Sample } from "./prometheus-text.js";

const DEMO_SCRIPT = new URL("../../examples/console-demo.txt", import.meta.url);
const METRICS_TOKEN = "metrics-token-0123456789abcdef";

describe("GET /metrics", () => {
  let app: App;
  let http: HttpServer;
  let base: string;

  beforeEach(async () => {
    const logger = new CapturedLogs("silent").logger;
    // The embedded store as main.ts builds it, under a prefix of this test's own: every ioredis-mock client
    // in a process shares one keyspace, so under the default prefix a test here met what the ones before it
    // left (after the suspension test, S1001 is suspended and the demo's reset is refused).
    app = await createApp(loadConfig({ REDIS_PREFIX: `metrics-${randomBytes(4).toString("hex")}:` }), logger);
    http = new HttpServer({ port: 0, host: "127.0.0.1", logger });
    addProbeRoutes(http, {
      pingRedis: () => app.pingStore(),
      redisTimeoutMs: 500,
      directoryStatus: () => app.directoryHealth.status(),
      registry: app.metrics.registry,
      metricsToken: METRICS_TOKEN,
    });
    base = `http://127.0.0.1:${await http.listen()}`;
  });
  afterEach(async () => {
    await http.close();
    await app.close();
  });

  async function scrape(): Promise<{ text: string; samples: Sample[] }> {
    const response = await fetch(`${base}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    return { text, samples: parsePrometheusText(text) };
  }

  it("refuses a scrape without the bearer token, or with a wrong one", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${base}/metrics`, { headers: { authorization: "Bearer guess-guess-guess" } });
    expect(wrong.status).toBe(401);
  });

  it("accepts the token whatever the case of the word Bearer (RFC 7235), and only the right token", async () => {
    for (const scheme of ["bearer", "BEARER", "Bearer", "bEaReR"]) {
      const response = await fetch(`${base}/metrics`, {
        headers: { authorization: `${scheme} ${METRICS_TOKEN}` },
      });
      expect(response.status, scheme).toBe(200);
    }
    const wrongCase = await fetch(`${base}/metrics`, {
      headers: { authorization: `bearer ${METRICS_TOKEN.toUpperCase()}` },
    });
    expect(wrongCase.status).toBe(401);
    const basic = await fetch(`${base}/metrics`, { headers: { authorization: `Basic ${METRICS_TOKEN}` } });
    expect(basic.status).toBe(401);
  });

  it("parses as Prometheus text, and its counters move after a set-up and a reset", async () => {
    const before = (await scrape()).samples;
    // Node's own figures are there; the CPU since the app's start may still read 0 on a busy machine, since
    // the kernel counts a process's CPU time in whole ticks.
    expect(valueOf(before, "process_cpu_user_seconds_total")).toBeGreaterThanOrEqual(0);
    expect(valueOf(before, "sspr_setups_total", { outcome: "ok" })).toBe(0);
    expect(valueOf(before, "sspr_resets_total", { outcome: "ok" })).toBe(0);

    // The demo: a set-up, a reset to the student's own password, /logout, a set-up with the old password
    // (refused) and the new one in the same dialog, then /cancel.
    const input = new PassThrough();
    const run = new ConsoleChannel(app.engine, {
      input,
      output: new PassThrough(),
      interactive: false,
    }).run();
    const script = await readFile(DEMO_SCRIPT, "utf8");
    input.end(script);
    await run;

    const { text, samples } = await scrape();
    expect(valueOf(samples, "sspr_setups_total", { outcome: "ok" })).toBe(1);
    expect(valueOf(samples, "sspr_setups_total", { outcome: "failed" })).toBe(1);
    expect(valueOf(samples, "sspr_resets_total", { outcome: "ok" })).toBe(1);
    expect(valueOf(samples, "sspr_dialogs_started_total", { flow: "setup" })).toBe(2);
    expect(valueOf(samples, "sspr_dialogs_started_total", { flow: "reset" })).toBe(1);
    expect(valueOf(samples, "sspr_dialogs_finished_total", { flow: "reset", outcome: "completed" })).toBe(1);
    expect(valueOf(samples, "sspr_dialogs_finished_total", { flow: "setup", outcome: "cancelled" })).toBe(1);
    // One step per line of the script.
    const lines = script.split("\n").filter((line) => line !== "").length;
    expect(valueOf(samples, "sspr_step_seconds_count", { channel: "console" })).toBe(lines);
    expect(valueOf(samples, "sspr_argon2_seconds_count", { operation: "hash" })).toBeGreaterThanOrEqual(3);
    expect(valueOf(samples, "sspr_argon2_seconds_count", { operation: "verify" })).toBeGreaterThanOrEqual(3);
    expect(valueOf(samples, "sspr_argon2_in_flight")).toBe(0);
    expect(
      valueOf(samples, "sspr_directory_operations_total", { operation: "setPassword", outcome: "ok" }),
    ).toBe(1);
    expect(
      valueOf(samples, "sspr_directory_operations_total", { operation: "authenticate" }),
    ).toBeGreaterThan(0);

    // No label holds an id, a name or a secret of the script.
    const labelValues = samples.flatMap((s) => Object.values(s.labels)).join("\n");
    for (const secret of ["S1001", "Tan Wei Ling", "Garden-Lamp-21", "Purple-Rocket-88", "Tiger", "local"]) {
      expect(labelValues).not.toContain(secret);
      expect(text).not.toContain(secret);
    }
  });

  it("counts a /reset refused during a suspension as suspended, not as a failed reset", async () => {
    // Set-up, then 5 rounds of wrong answers (the 5th suspends), then 2 /reset refused while suspended.
    const wrongRound = ["/reset", "not it", "not that", "not this"];
    const script = [
      ...["/setup", "S1001", "Garden-Lamp-21", "1", "Tiger", "1", "Purple", "1", "Chicken rice"],
      ...Array.from({ length: 5 }, () => wrongRound).flat(),
      "/reset",
      "/reset",
    ];
    const input = new PassThrough();
    const run = new ConsoleChannel(app.engine, {
      input,
      output: new PassThrough(),
      interactive: false,
    }).run();
    input.end(`${script.join("\n")}\n`);
    await run;

    const { samples } = await scrape();
    expect(valueOf(samples, "sspr_resets_total", { outcome: "failed" })).toBe(5);
    expect(valueOf(samples, "sspr_resets_total", { outcome: "suspended" })).toBe(3);
  });
});
