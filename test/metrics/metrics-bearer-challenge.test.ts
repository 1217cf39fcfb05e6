import { Registry } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import { addProbeRoutes } from "../../src/health/probe-routes.js";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";

const METRICS_TOKEN = "metrics-token-0123456789abcdef";
const WRONG = "guess-guess-guess-0123";

/*
 * A 401 for a bearer-protected resource carries the challenge (RFC 6750 §3; RFC 9110 §15.5.2 makes it a
 * MUST for any 401): `WWW-Authenticate: Bearer realm="..."`, with error="invalid_token" when a token was
 * sent and did not match. Before, /metrics answered 401 with no challenge, so an HTTP client (curl -i, a
 * scraper, a proxy) was not told which scheme the endpoint takes.
 */
describe("a refused scrape of /metrics carries a Bearer challenge", () => {
  let http: HttpServer | undefined;
  afterEach(async () => {
    await http?.close();
  });

  async function metricsAt(token: string | undefined): Promise<string> {
    const logs = new CapturedLogs("silent");
    http = new HttpServer({ port: 0, host: "127.0.0.1", logger: logs.logger });
    addProbeRoutes(http, {
      pingRedis: async () => "PONG",
      redisTimeoutMs: 500,
      directoryStatus: () => ({ state: "up" }),
      registry: new Registry(),
      ...(token === undefined ? {} : { metricsToken: token }),
      logger: logs.logger,
    });
    return `http://127.0.0.1:${await http.listen()}/metrics`;
  }

  it('no token, or not a bearer one: 401 with WWW-Authenticate: Bearer realm="metrics" and no error', async () => {
    const url = await metricsAt(METRICS_TOKEN);
    const sent: Record<string, string>[] = [
      {},
      { authorization: `Basic ${WRONG}` },
      { authorization: "Bearer" },
    ];
    for (const headers of sent) {
      const answer = await fetch(url, { headers });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    }
    const head = await fetch(url, { method: "HEAD" });
    expect(head.status).toBe(401);
    expect(head.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
  });

  it('a wrong token: error="invalid_token", and the token sent is not repeated', async () => {
    const url = await metricsAt(METRICS_TOKEN);
    const answer = await fetch(url, { headers: { authorization: `Bearer ${WRONG}` } });
    expect(answer.status).toBe(401);
    const challenge = answer.headers.get("www-authenticate") ?? "";
    expect(challenge).toBe('Bearer realm="metrics", error="invalid_token"');
    expect(challenge).not.toContain(WRONG);
    expect(challenge).not.toContain(METRICS_TOKEN);
  });

  it("the right token, or no METRICS_TOKEN at all: 200 with no challenge", async () => {
    const url = await metricsAt(METRICS_TOKEN);
    const right = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.headers.get("www-authenticate")).toBeNull();
    await http?.close();
    const open = await fetch(await metricsAt(undefined));
    expect(open.status).toBe(200);
    expect(open.headers.get("www-authenticate")).toBeNull();
  });
});
