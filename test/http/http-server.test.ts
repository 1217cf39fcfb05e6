import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

describe("the shared HTTP server", () => {
  let server: HttpServer;
  let base: string;
  let logs: CapturedLogs;
  /** The request id each call of /boom was given. */
  let boomIds: string[];
  beforeEach(async () => {
    logs = new CapturedLogs();
    boomIds = [];
    server = new HttpServer({
      port: 0,
      host: "127.0.0.1",
      logger: logs.logger,
      maxBodyBytes: 1_000,
    });
    server.route("POST", "/echo", async (request) => ({
      status: 200,
      body: (await request.readBody()).toString(),
    }));
    server.mount("/slack", (req, res) => void res.writeHead(200).end(`slack saw ${req.url}`));
    server.route("GET", "/boom", async (request) => {
      boomIds.push(request.requestId);
      throw new Error("kaput");
    });
    base = `http://127.0.0.1:${await server.listen()}`;
  });
  afterEach(async () => server.close());

  it("answers GET /healthz", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
  });

  it("routes by exact path and method: 404 elsewhere, 405 with Allow for another method", async () => {
    expect(await (await fetch(`${base}/echo`, { method: "POST", body: "hi" })).text()).toBe("hi");
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
    const wrongMethod = await fetch(`${base}/echo`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST");
  });

  it("refuses a body over the limit with 413", async () => {
    const response = await fetch(`${base}/echo`, { method: "POST", body: "x".repeat(2_000) });
    expect(response.status).toBe(413);
  });

  it("hands everything under a mounted prefix to its raw listener, and nothing else", async () => {
    expect(await (await fetch(`${base}/slack/events?x=1`, { method: "POST" })).text()).toBe(
      "slack saw /slack/events?x=1",
    );
    expect((await fetch(`${base}/slackers`)).status).toBe(404);
  });

  it("answers 500 when a route fails", async () => {
    expect((await fetch(`${base}/boom`)).status).toBe(500);
  });

  it("logs a failed request with the request id its route was given, a new one per request", async () => {
    await fetch(`${base}/boom`);
    await fetch(`${base}/boom`);
    const failed = logs.lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === "HTTP request failed");
    expect(failed.map((line) => line.requestId)).toEqual(boomIds);
    expect(new Set(boomIds).size).toBe(2);
  });
});
