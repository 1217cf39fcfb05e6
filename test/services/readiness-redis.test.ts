import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config/load-config.js";
import { addProbeRoutes } from "../../src/health/probe-routes.js";
import { HttpServer } from "../../src/http/http-server.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { TEST_PEPPER } from "../helpers/test-world.js";
import { PrivateRedis } from "./private-redis.js";

/** Asks /readyz until it gives `status`; the time it took, or a failure after `withinMs`. */
async function readinessBecomes(base: string, status: number, withinMs: number) {
  const started = Date.now();
  for (;;) {
    const response = await fetch(`${base}/readyz`);
    const body = (await response.json()) as Record<string, unknown>;
    if (response.status === status) return { ms: Date.now() - started, body };
    if (Date.now() - started > withinMs) throw new Error(`still ${response.status} after ${withinMs} ms`);
    await sleep(100);
  }
}

describe("readiness follows a real Redis", () => {
  let redis: PrivateRedis;
  let app: App;
  let http: HttpServer;
  let base: string;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    const logger = new CapturedLogs("silent").logger;
    const config = loadConfig({
      ANSWER_PEPPER: TEST_PEPPER,
      REDIS_URL: redis.url,
      REDIS_PREFIX: "sspr-readiness:",
    });
    app = await createApp(config, logger);
    http = new HttpServer({ port: 0, host: "127.0.0.1", logger });
    addProbeRoutes(http, {
      pingRedis: () => app.pingStore(),
      redisTimeoutMs: 500,
      directoryStatus: () => app.directoryHealth.status(),
      registry: app.metrics.registry,
    });
    app.directoryHealth.start();
    base = `http://127.0.0.1:${await http.listen()}`;
  });

  afterAll(async () => {
    await http?.close();
    await app?.close();
    await redis?.remove();
  });

  it("is ready with Redis up, 503 naming redis when it stops, ready again when it returns", async () => {
    const up = await readinessBecomes(base, 200, 5_000);
    expect(up.body).toMatchObject({ status: "ready", redis: "up", directory: "up" });

    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await redis.stop();
    const down = await readinessBecomes(base, 503, 5_000);
    expect(down.body).toMatchObject({ status: "not ready", down: ["redis"], redis: "down" });
    // Liveness is not readiness: the process still serves, so the orchestrator must not restart it.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    await redis.resume();
    const back = await readinessBecomes(base, 200, 10_000);
    expect(back.body).toMatchObject({ status: "ready", redis: "up" });
  });
});
