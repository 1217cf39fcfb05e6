import { afterEach, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { ScriptedRespServer } from "../helpers/scripted-resp-server.js";
import { until } from "../helpers/until.js";

const PASSWORD = "Run-Pass-6060";
const WRONGPASS = "-WRONGPASS invalid username-password pair or user is disabled.";

/*
 * The password changed in Redis under a running bot (CONFIG SET requirepass, an ACL change) and the next
 * reconnect is refused. The client keeps retrying (the password may be changed back), and the log says so
 * once at error, naming REDIS_URL, instead of a warn line that reads like any outage.
 */
describe("a login Redis refuses while the bot runs", () => {
  let server: ScriptedRespServer | undefined;
  let client: Redis | undefined;
  afterEach(async () => {
    client?.disconnect();
    await server?.close();
  });

  it("is logged once at error naming REDIS_URL, never the password, and again after the next return", async () => {
    let refused = false;
    server = new ScriptedRespServer(({ name }) => (refused && name === "auth" ? WRONGPASS : undefined));
    const port = await server.listen();
    const logs = new CapturedLogs();
    client = createRedisClient(redisSettings.parse({ REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:${port}` }), {
      logger: logs.logger,
      // Reconnects 20 ms apart, not the bot's 200, 400, 600 ms...: what is logged is the point, not the pace.
      redisOptions: { retryStrategy: () => 20 },
    }) as Redis;
    await client.ping();
    let errors = 0;
    client.on("error", () => (errors += 1));

    const refusals = () => logs.lines.filter((line) => line.includes('"event":"redis_login_refused"'));
    refused = true;
    server.dropConnections();
    // Three refused reconnects: one line.
    await until(() => errors >= 3, "three refused reconnects");
    expect(refusals()).toHaveLength(1);
    expect(JSON.parse(refusals()[0]!)).toMatchObject({ level: 50, redisError: "WRONGPASS" });
    expect(refusals()[0]).toContain("Redis refused the password in REDIS_URL (WRONGPASS)");
    expect(logs.text).not.toContain(PASSWORD);

    // Changed back in Redis: the client is in again without a restart, and a later refusal is news.
    refused = false;
    await until(() => client!.status === "ready", "the client back");
    expect(logs.text).toContain("redis connection is back");
    refused = true;
    server.dropConnections();
    await until(() => refusals().length === 2, "the second refusal logged");
  });
});
