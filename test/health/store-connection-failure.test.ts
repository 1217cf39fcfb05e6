import { afterEach, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import type { Alert } from "../../src/core/ports/alerts.js";
import { StoreHealth } from "../../src/health/store-health.js";
import { createProbedStore, type ProbedStore } from "../../src/store/create-store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { ScriptedRespServer } from "../helpers/scripted-resp-server.js";
import { until } from "../helpers/until.js";

const PASSWORD = "old-Pass-4711";
const WRONGPASS = "-WRONGPASS invalid username-password pair or user is disabled.";

/*
 * The password changed under a running bot (CONFIG SET requirepass, an ACL change): every reconnect meets
 * WRONGPASS, and the store's check, its command waiting in the client's queue, gets no answer in time. The
 * store-down line and alert still say why, from the connection.
 */
describe("the store's health check while Redis refuses the bot's password", () => {
  let server: ScriptedRespServer | undefined;
  let probed: ProbedStore | undefined;
  let health: StoreHealth | undefined;
  afterEach(async () => {
    await health?.stop();
    await probed?.store.close();
    await server?.close();
  });

  it("logs and alerts WRONGPASS, never the password", async () => {
    let passwordChanged = false;
    server = new ScriptedRespServer(({ name }) =>
      passwordChanged && name === "auth" ? WRONGPASS : undefined,
    );
    const port = await server.listen();
    const logs = new CapturedLogs();
    const settings = redisSettings.parse({ REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:${port}` });
    probed = createProbedStore(settings, { logger: logs.logger });
    await probed.ping();
    const raised: Alert[] = [];
    const { store } = probed;
    health = new StoreHealth({
      probe: () => store.checkWrites("bot-5"),
      connectionFailure: () => probed?.connectionFailure(),
      alerts: { raise: (alert: Alert) => void raised.push(alert) } as never,
      logger: logs.logger,
      replica: "bot-5",
      intervalMs: 20,
      // Longer than the client's first reconnect (200 ms), which meets the WRONGPASS.
      graceMs: 400,
      timeoutMs: 5,
    });
    health.start();
    await until(() => health!.status().state === "up", "the first check");

    passwordChanged = true;
    server.dropConnections();
    await until(() => health!.status().state === "down", "the store-down");

    const line = logs.lines.find((text) => text.includes('"event":"store_down"'))!;
    expect(JSON.parse(line)).toMatchObject({ redisError: "WRONGPASS" });
    expect(line).toContain("invalid username-password pair");
    expect(raised).toEqual([expect.objectContaining({ kind: "store-down" })]);
    expect(raised[0]!.details).toMatchObject({ redisError: "WRONGPASS" });
    expect(logs.text).not.toContain(PASSWORD);
  });
});

/*
 * Redis stopped: every reconnect is refused, and a command the client held through one reconnect fails with
 * ioredis's own words about its maxRetriesPerRequest option, which the admin cannot set. The store-down line
 * (and the error line of a student's failed step) say what the check met in words an admin can act on.
 */
describe("the store's health check while Redis is stopped", () => {
  let server: ScriptedRespServer | undefined;
  let probed: ProbedStore | undefined;
  let health: StoreHealth | undefined;
  afterEach(async () => {
    await health?.stop();
    await probed?.store.close();
    await server?.close().catch(() => undefined);
  });

  it("says the connection is down, not ioredis's option name", async () => {
    server = new ScriptedRespServer(() => undefined);
    const port = await server.listen();
    const logs = new CapturedLogs();
    const settings = redisSettings.parse({ REDIS_URL: `redis://127.0.0.1:${port}` });
    probed = createProbedStore(settings, { logger: logs.logger });
    await probed.ping();
    const { store } = probed;
    health = new StoreHealth({
      probe: () => store.checkWrites("bot-5"),
      connectionFailure: () => probed?.connectionFailure(),
      alerts: { raise: () => undefined } as never,
      logger: logs.logger,
      replica: "bot-5",
      intervalMs: 20,
      graceMs: 400,
      // Longer than the client's first reconnect (200 ms), so the command fails with the client's error.
      timeoutMs: 2000,
    });
    health.start();
    await until(() => health!.status().state === "up", "the first check");

    server.dropConnections();
    await server.close();
    await until(() => health!.status().state === "down", "the store-down");

    const line = logs.lines.find((text) => text.includes('"event":"store_down"'))!;
    expect(JSON.parse(line)).toMatchObject({ redisError: "ECONNREFUSED" });
    expect(line).not.toMatch(/maxRetriesPerRequest|max retries per request/i);
    expect(JSON.parse(line).check).toMatch(/connection to Redis/);
  });
});
