import { afterEach, describe, expect, it, vi } from "vitest";
import type { Redis } from "ioredis";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { ScriptedRespServer } from "../helpers/scripted-resp-server.js";
import { until } from "../helpers/until.js";

const PASSWORD = "Spare-Pass-7171";
/** Redis 6 and later, and Redis 5 and earlier, to an AUTH when no password is set. */
const NO_PASSWORD_SET = [
  "-ERR AUTH <password> called without any password configured for the default user. Are you sure your configuration is correct?",
  "-ERR Client sent AUTH, but no password is set",
];

/*
 * A password in REDIS_URL while the Redis server has none: ioredis printed "[WARN] Redis server does not
 * require a password, but a password was supplied." with console.warn, a plain line among the JSON log that
 * log collectors expect (found by QA as an installing admin). It is now one JSON warning, at each client's
 * first connection only, that never holds the password.
 */
describe("a password in REDIS_URL that Redis does not need", () => {
  let server: ScriptedRespServer | undefined;
  let client: Redis | undefined;
  afterEach(async () => {
    client?.disconnect();
    await server?.close();
    vi.restoreAllMocks();
  });

  it.each(NO_PASSWORD_SET)(
    "is one JSON warning naming REDIS_URL, no plain line, no password (%s)",
    async (answer) => {
      const printed = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      server = new ScriptedRespServer(({ name }) => (name === "auth" ? answer : undefined));
      const port = await server.listen();
      const logs = new CapturedLogs();
      client = createRedisClient(
        redisSettings.parse({ REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:${port}` }),
        {
          logger: logs.logger,
          redisOptions: { retryStrategy: () => 20 },
        },
      ) as Redis;
      await expect(client.ping()).resolves.toBe("OK");
      // A reconnect sends the password again: still one line.
      server.dropConnections();
      await until(() => server!.seen.filter((c) => c.name === "auth").length >= 2, "a second AUTH");
      await until(() => client!.status === "ready", "the client back");

      expect(printed).not.toHaveBeenCalled();
      const warnings = logs.lines.filter((line) => line.includes('"event":"redis_password_unused"'));
      expect(warnings).toHaveLength(1);
      expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40 });
      expect(warnings[0]).toContain("REDIS_URL");
      expect(logs.text).not.toContain(PASSWORD);
    },
  );

  it("a user name Redis 5 does not know is one JSON warning too, and the bot works on", async () => {
    const printed = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    server = new ScriptedRespServer(({ name, args }) =>
      name === "auth" && args.length === 2 ? "-ERR wrong number of arguments for 'auth' command" : undefined,
    );
    const port = await server.listen();
    const logs = new CapturedLogs();
    const url = `redis://pwreset:${PASSWORD}@127.0.0.1:${port}`;
    client = createRedisClient(redisSettings.parse({ REDIS_URL: url }), { logger: logs.logger }) as Redis;
    await expect(client.ping()).resolves.toBe("OK");
    expect(printed).not.toHaveBeenCalled();
    const warnings = logs.lines.filter((line) => line.includes('"event":"redis_user_unknown"'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("REDIS_URL");
    expect(logs.text).not.toContain(PASSWORD);
  });
});
