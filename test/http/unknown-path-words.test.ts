import { Registry } from "prom-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addProbeRoutes } from "../../src/health/probe-routes.js";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

/*
 * An admin pointing a probe or curl at a path the bot does not have (`/health`, the usual name elsewhere,
 * or `/readz`) got a 404 with an empty body: `curl http://bot:3000/health` printed nothing at all, as if it
 * had worked, and a wrong method got an empty 405. The answer now says which paths and methods there are.
 */
describe("a path or method the server does not answer", () => {
  let http: HttpServer;
  let base: string;
  beforeEach(async () => {
    const logger = new CapturedLogs("silent").logger;
    http = new HttpServer({ port: 0, host: "127.0.0.1", logger });
    http.route("POST", "/telegram/webhook", async () => ({ status: 200 }));
    addProbeRoutes(http, {
      pingRedis: async () => "PONG",
      redisTimeoutMs: 500,
      directoryStatus: () => ({ state: "up" }),
      registry: new Registry(),
    });
    base = `http://127.0.0.1:${await http.listen()}`;
  });
  afterEach(async () => http.close());

  it("404 names the paths there are for GET, and the docs, not the webhooks", async () => {
    const answer = await fetch(`${base}/health`);
    expect(answer.status).toBe(404);
    const words = await answer.text();
    expect(words).toContain("not found");
    expect(words).toContain("GET /healthz, /readyz or /metrics");
    expect(words).toContain('docs/operations.md, "Probes"');
    expect(words).not.toContain("/telegram/webhook");
    expect(words).not.toContain("/health ");
  });

  it("HEAD of an unknown path: the same status and length, no body", async () => {
    const get = await fetch(`${base}/readz`);
    const head = await fetch(`${base}/readz`, { method: "HEAD" });
    expect(head.status).toBe(404);
    expect(head.headers.get("content-length")).toBe(get.headers.get("content-length"));
    expect(await head.text()).toBe("");
  });

  it("405 says which methods the path takes, as its Allow header does", async () => {
    const answer = await fetch(`${base}/healthz`, { method: "POST", body: "x" });
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("GET, HEAD");
    expect(await answer.text()).toBe("method not allowed: /healthz takes GET, HEAD");
  });
});
