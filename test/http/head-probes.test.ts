import { connect } from "node:net";
import { Registry } from "prom-client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addProbeRoutes } from "../../src/health/probe-routes.js";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

/** The raw answer to one request: its status, headers (lower-case names) and the bytes after them. */
interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one request on a socket of its own and reads everything until the server closes. */
function ask(port: number, method: string, path: string, headers = ""): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () =>
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: probe\r\n${headers}Connection: close\r\n\r\n`),
    );
    let raw = "";
    socket.on("data", (chunk: Buffer) => (raw += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("end", () => {
      const split = raw.indexOf("\r\n\r\n");
      const [statusLine = "", ...lines] = raw.slice(0, split).split("\r\n");
      const parsed: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(":");
        parsed[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(" ")[1]), headers: parsed, body: raw.slice(split + 4) });
    });
  });
}

describe("HEAD on the probes and /metrics, as load balancers and uptime checkers send it", () => {
  let http: HttpServer;
  let port: number;
  let redisUp: boolean;

  beforeEach(async () => {
    redisUp = true;
    const registry = new Registry();
    registry.setDefaultLabels({ app: "sspr" });
    const logger = new CapturedLogs("silent").logger;
    http = new HttpServer({ port: 0, host: "127.0.0.1", logger });
    http.route("POST", "/webhook", async () => ({ status: 200 }));
    addProbeRoutes(http, {
      pingRedis: () => (redisUp ? Promise.resolve("PONG") : Promise.reject(new Error("down"))),
      redisTimeoutMs: 500,
      directoryStatus: () => ({ state: "up" }),
      registry,
      metricsToken: "metrics-token-0123456789abcdef",
    });
    port = await http.listen();
  });
  afterEach(async () => http.close());

  /** HEAD answers with GET's status and headers (but the date), and no body. */
  async function sameAsGet(path: string, headers = ""): Promise<RawAnswer> {
    const get = await ask(port, "GET", path, headers);
    const head = await ask(port, "HEAD", path, headers);
    const withoutDate = ({ date: _date, ...rest }: Record<string, string>) => rest;
    expect(head.status, path).toBe(get.status);
    expect(withoutDate(head.headers), path).toEqual(withoutDate(get.headers));
    expect(head.body, path).toBe("");
    expect(get.body.length, path).toBeGreaterThan(0);
    return head;
  }

  it("answers HEAD /healthz as GET does, without the body", async () => {
    const head = await sameAsGet("/healthz");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe("2");
  });

  it("answers HEAD /readyz with 200 while Redis answers and 503 while it does not", async () => {
    expect((await sameAsGet("/readyz")).status).toBe(200);
    redisUp = false;
    expect((await sameAsGet("/readyz")).status).toBe(503);
  });

  it("answers HEAD /metrics as GET does: 401 without the token, 200 with it", async () => {
    expect((await sameAsGet("/metrics")).status).toBe(401);
    const head = await sameAsGet("/metrics", "Authorization: Bearer metrics-token-0123456789abcdef\r\n");
    expect(head.status).toBe(200);
    expect(head.headers["content-type"]).toContain("text/plain");
  });

  it("names HEAD among the methods a GET path allows, and still refuses HEAD where only POST is routed", async () => {
    const post = await ask(port, "POST", "/healthz");
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe("GET, HEAD");
    const head = await ask(port, "HEAD", "/webhook");
    expect(head.status).toBe(405);
    expect(head.headers.allow).toBe("POST");
    expect(head.body).toBe("");
  });
});
