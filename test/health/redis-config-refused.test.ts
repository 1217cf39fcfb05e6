import { afterEach, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { RedisAppendOnlyCheck } from "../../src/health/redis-append-only-check.js";
import { createProbedStore, type ProbedStore } from "../../src/store/create-store.js";
import { CapturedLogs } from "../helpers/captured-logs.js";
import { ScriptedRespServer } from "../helpers/scripted-resp-server.js";

const HOUR = 60 * 60_000;
const PASSWORD = "Acl-Config-Pass-5151";
/** What Redis 7 says to a user whose ACL has -@dangerous (operations.md's ACL) for CONFIG GET. */
const NOPERM = "-NOPERM User sspr-bot has no permissions to run the 'config|get' command";
/** INFO of a Redis with `appendonly no` (Debian's redis-server as installed). */
const INFO = "loading:0\r\naof_enabled:0\r\nmaxmemory:0\r\nmaxmemory_policy:noeviction\r\n";

/*
 * Under the ACL operations.md gives the bot's Redis user, CONFIG is refused; Redis adds an entry to its
 * ACL LOG for every refusal, which an admin watching ACL LOG would chase. The bot asks once, and after a
 * NOPERM says once in its log why it stops asking and how to turn the check off.
 */
describe("the persistence check under an ACL that refuses CONFIG (NOPERM)", () => {
  let server: ScriptedRespServer | undefined;
  let probed: ProbedStore | undefined;
  afterEach(async () => {
    await probed?.store.close();
    await server?.close();
  });

  it("asks CONFIG once for the process, then says once why it stops and how to turn it off", async () => {
    server = new ScriptedRespServer(({ name }) => {
      if (name === "config") return NOPERM;
      if (name === "info") return `$${Buffer.byteLength(INFO)}\r\n${INFO}`;
      return undefined;
    });
    const port = await server.listen();
    const logs = new CapturedLogs("info");
    probed = createProbedStore(
      redisSettings.parse({ REDIS_URL: `redis://sspr-bot:${PASSWORD}@127.0.0.1:${port}` }),
      { logger: logs.logger },
    );
    let now = Date.UTC(2026, 2, 2, 8, 0, 0);
    const check = new RedisAppendOnlyCheck({
      store: probed.store,
      logger: logs.logger,
      replica: "bot-1",
      clock: () => now,
    });
    for (let hour = 0; hour < 5; hour++) {
      await check.check();
      now += HOUR;
    }

    // Five hourly looks at INFO persistence, one CONFIG refused: one ACL LOG entry, not five.
    expect(
      server.seen.filter((command) => command.name === "info" && command.args[0] === "persistence"),
    ).toHaveLength(5);
    expect(server.seen.filter((command) => command.name === "config")).toHaveLength(1);

    const refused = logs.lines
      .filter((line) => line.includes('"redis_config_refused"'))
      .map((line) => JSON.parse(line) as { level: number; replica: string; msg: string });
    expect(refused).toEqual([expect.objectContaining({ level: 30, replica: "bot-1" })]);
    expect(refused[0]!.msg).toContain("may not run CONFIG");
    expect(refused[0]!.msg).toContain("REDIS_PERSISTENCE_CHECK=off");
    // The appendonly warning still comes, once: INFO is allowed, and says the file is off.
    expect(logs.lines.filter((line) => line.includes('"redis_append_only_off"'))).toHaveLength(1);
    expect(logs.text).not.toContain(PASSWORD);
  });

  it("a CONFIG that fails otherwise (a renamed command) is asked again at the next hourly look", async () => {
    server = new ScriptedRespServer(({ name }) => {
      if (name === "config") return "-ERR unknown command 'CONFIG'";
      if (name === "info") return `$${Buffer.byteLength(INFO)}\r\n${INFO}`;
      return undefined;
    });
    const port = await server.listen();
    const logs = new CapturedLogs("info");
    probed = createProbedStore(redisSettings.parse({ REDIS_URL: `redis://127.0.0.1:${port}` }), {
      logger: logs.logger,
    });
    let now = Date.UTC(2026, 2, 2, 8, 0, 0);
    const check = new RedisAppendOnlyCheck({
      store: probed.store,
      logger: logs.logger,
      replica: "bot-1",
      clock: () => now,
    });
    await check.check();
    now += HOUR;
    await check.check();
    expect(server.seen.filter((command) => command.name === "config")).toHaveLength(2);
    expect(logs.lines.filter((line) => line.includes('"redis_config_refused"'))).toEqual([]);
  });
});
