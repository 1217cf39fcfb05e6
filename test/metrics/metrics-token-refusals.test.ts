import { Registry } from "prom-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addProbeRoutes } from "../../src/health/probe-routes.js";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

/*
 * An admin setting up Prometheus got the same words for a scrape without a token and one with a wrong token,
 * so she could not tell whether Prometheus sent none or the wrong one.
 */
const METRICS_TOKEN = "metrics-token-0123456789abcdef";
const WRONG = "guess-guess-guess-0123";

let http: HttpServer;
let base: string;
let logs: CapturedLogs;
let now = 1_800_000_000_000;

beforeEach(async () => {
  logs = new CapturedLogs("debug");
  http = new HttpServer({ port: 0, host: "127.0.0.1", logger: logs.logger });
  addProbeRoutes(http, {
    pingRedis: async () => "PONG",
    redisTimeoutMs: 500,
    directoryStatus: () => ({ state: "up" }),
    registry: new Registry(),
    metricsToken: METRICS_TOKEN,
    logger: logs.logger,
    clock: () => now,
  });
  base = `http://127.0.0.1:${await http.listen()}`;
});
afterEach(async () => {
  await http.close();
});

const scrape = (authorization?: string) =>
  fetch(`${base}/metrics`, authorization === undefined ? {} : { headers: { authorization } });

describe("a refused scrape of /metrics", () => {
  it("says whether the bearer token was missing or did not match METRICS_TOKEN, never echoing it", async () => {
    const none = await scrape();
    expect(none.status).toBe(401);
    const noneText = await none.text();
    expect(noneText).toContain("no bearer token");
    expect(noneText).toContain("Authorization: Bearer");
    expect(noneText).toContain("METRICS_TOKEN");

    const wrong = await scrape(`Bearer ${WRONG}`);
    expect(wrong.status).toBe(401);
    const wrongText = await wrong.text();
    expect(wrongText).toContain("does not match METRICS_TOKEN");
    expect(wrongText).not.toBe(noneText);
    expect(wrongText).not.toContain(WRONG);

    const basic = await scrape(`Basic ${WRONG}`);
    expect(basic.status).toBe(401);
    expect(await basic.text()).toContain("not a bearer token");

    expect(logs.text).not.toContain(WRONG);
    expect(logs.text).not.toContain(METRICS_TOKEN);
  });

  it("is logged once a minute at most for each kind, with how many were left out", async () => {
    for (let i = 0; i < 5; i++) await scrape();
    for (let i = 0; i < 5; i++) await scrape(`Bearer ${WRONG}-${i}`);
    const refused = () => logs.lines.filter((l) => l.includes("metrics_refused"));
    expect(refused()).toHaveLength(2);
    expect(refused()[0]).toContain('"reason":"no_token"');
    expect(refused()[1]).toContain('"reason":"wrong_token"');

    now += 60_000;
    await scrape(`Bearer ${WRONG}`);
    expect(refused()).toHaveLength(3);
    expect(refused()[2]).toContain('"notLogged":4');
    expect(logs.text).not.toContain(WRONG);
  });

  it("still serves the right token", async () => {
    expect((await scrape(`Bearer ${METRICS_TOKEN}`)).status).toBe(200);
    expect(logs.lines.filter((l) => l.includes("metrics_refused"))).toEqual([]);
  });
});
