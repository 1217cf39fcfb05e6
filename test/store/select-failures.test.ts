import type { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { storeFailureWords } from "../../src/tools/store-failure-words.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { ScriptedRespServer, type ScriptedAnswer } from "../helpers/scripted-resp-server.js";
import { until } from "../helpers/until.js";

/*
 * Only a SELECT Redis refuses for good (no such database, no right to SELECT) stops the client. Any other
 * answer to it, at a connect or a reconnect, is Redis's passing state or a missing password: the client
 * connects again, never goes on in database 0, and the commands waiting are told Redis's own reason.
 */
describe("a SELECT that fails for another reason than the database", () => {
  let server: ScriptedRespServer | undefined;
  let client: Redis | undefined;
  afterEach(async () => {
    client?.disconnect();
    await server?.close();
  });

  async function connect(answer: ScriptedAnswer, logs: CapturedLogs): Promise<Redis> {
    server = new ScriptedRespServer(answer);
    const port = await server.listen();
    const settings = redisSettings.parse({ REDIS_URL: `redis://127.0.0.1:${port}/3` });
    client = createRedisClient(settings, { logger: logs.logger }) as Redis;
    return client;
  }

  it("connects again when Redis is busy with a script at the SELECT, and writes into the database named", async () => {
    const logs = new CapturedLogs();
    const busy = "-BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.";
    const redis = await connect(
      ({ name, connection }) => (connection === 1 && name === "select" ? busy : undefined),
      logs,
    );
    const early = await redis.set("k", "early").then(
      () => null,
      (error: unknown) => error as Error,
    );
    // Either the write waited for the new connection, or it was told Redis was busy: never "refused".
    expect(early?.name).not.toBe("RedisDatabaseRefusedError");
    await until(() => redis.status === "ready", "the client to connect again");
    expect(await redis.set("k", "later")).toBe("OK");
    expect(server!.valueIn(3, "k")).toBe("later");
    expect(server!.valueIn(0, "k")).toBeUndefined();
    expect(logs.text).not.toContain("redis_database_refused");
  });

  it("says Redis needs a password, not that it refused the database, when the SELECT meets NOAUTH", async () => {
    const logs = new CapturedLogs();
    const redis = await connect(
      ({ name }) => (name === "auth" || name === "client" ? undefined : "-NOAUTH Authentication required."),
      logs,
    );
    const error = await redis.set("k", "v").then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(storeFailureWords(error, "redis 127.0.0.1")).toContain("needs a password");
    expect(logs.text).not.toContain("redis_database_refused");
  });
});
