import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { createRedisClient } from "../../src/store/redis-client.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { deleteKeysUnder } from "../store/redis-keys-under.js";
import { describeStoreContract } from "../store/store-contract.js";
import { PrivateRedis } from "./private-redis.js";
import { plainLines, runToEnd } from "./run-to-end.js";

const PREFIX = "acl-test:";
const BOT = { name: "sspr-bot", password: "Acl-Bot-Pass-5454" };
/** A user for another app's keys: the bot's prefix is not in its ACL. */
const OTHER = { name: "other-app", password: "Acl-Other-Pass-6565" };

/** redis-server's --user: the name, then the ACL rules, each an argument of its own. */
function userArgs(user: { name: string; password: string }, rules: string): string[] {
  return ["--user", user.name, "on", `>${user.password}`, ...rules.split(" ")];
}

const urlOf = (user: { name: string; password: string }, port: number) =>
  `redis://${user.name}:${user.password}@127.0.0.1:${port}`;

/*
 * The ACL docs/configuration.md gives the bot's Redis user (keys under REDIS_PREFIX, every command but the
 * dangerous ones, INFO besides) is enough for the whole store, and a user without it is named.
 */
describe("a Redis ACL user with the ACL docs/configuration.md gives it", () => {
  let redis: PrivateRedis;
  beforeAll(async () => {
    redis = await PrivateRedis.start({
      args: [
        ...userArgs(BOT, `~${PREFIX}* resetchannels +@all -@dangerous +info`),
        ...userArgs(OTHER, "~other:* resetchannels +@all -@dangerous +info"),
      ],
    });
  });
  afterAll(() => redis?.remove());

  describe("the store's every operation", () => {
    let opened = 0;
    describeStoreContract({
      async open() {
        const client = createRedisClient(redisSettings.parse({ REDIS_URL: urlOf(BOT, redis.port) }));
        const prefix = `${PREFIX}${++opened}:`;
        const auditMaxEvents = 3_000;
        return {
          store: createRedisStore(client, { prefix, auditMaxEvents }),
          client,
          prefix,
          auditMaxEvents,
        };
      },
      async close(harness) {
        await deleteKeysUnder(harness.client, harness.prefix);
        await harness.store.close();
      },
    });
  });

  it("npm run audit and npm run leavers work as that user", async () => {
    const env = { REDIS_URL: urlOf(BOT, redis.port), REDIS_PREFIX: PREFIX };
    const audit = await runToEnd(["src/tools/audit-export.ts", "--since", "1d"], env);
    expect(plainLines(audit.stderr).join("\n")).not.toContain("NOPERM");
    expect(audit.code).toBe(0);
    const leavers = await runToEnd(["src/tools/leavers.ts", "--dry-run"], {
      ...env,
      DIRECTORY_FILE: "data/demo-school.json",
    });
    expect(plainLines(leavers.stderr).join("\n")).not.toContain("NOPERM");
    expect(leavers.code).toBe(0);
  });

  it("a user whose ACL leaves out REDIS_PREFIX: a setting to fix (exit code 2), naming the user and the ACL it needs", async () => {
    const audit = await runToEnd(["src/tools/audit-export.ts", "--since", "1d"], {
      REDIS_URL: urlOf(OTHER, redis.port),
      REDIS_PREFIX: PREFIX,
    });
    expect(audit.code).toBe(2);
    const said = plainLines(audit.stderr).join("\n");
    expect(said).toContain(`Redis (redis 127.0.0.1:${redis.port}) refused the bot's commands (NOPERM`);
    expect(said).toContain(`the ACL user "${OTHER.name}" (the user in REDIS_URL)`);
    expect(said).toContain(`~${PREFIX}* +@all -@dangerous +info`);
    expect(audit.stderr).not.toContain(OTHER.password);
  });
});
