import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PEPPER } from "../helpers/test-world.js";
import { freePort, PrivateRedis } from "./private-redis.js";
import { plainLines, runToEnd } from "./run-to-end.js";

const PASSWORD = "Right-Pass-5150";
const WRONG = "Wrong-Pass-9902";

/*
 * Redis refuses the bot's login: a setting to fix (exit code 2, at once, naming REDIS_URL), not a Redis to
 * wait a minute for (exit code 1, which systemd or Docker answers by starting it again, forever).
 */
describe("a Redis that refuses the password in REDIS_URL", () => {
  let redis: PrivateRedis;
  beforeAll(async () => {
    redis = await PrivateRedis.start({ password: PASSWORD });
  });
  afterAll(() => redis.remove());

  const wrongUrl = () => `redis://:${WRONG}@127.0.0.1:${redis.port}`;
  const noPasswordUrl = () => `redis://127.0.0.1:${redis.port}`;

  it("the bot stops at once with exit code 2, WRONGPASS and what to check, not the password", async () => {
    const port = await freePort();
    const ended = await runToEnd(["src/main.ts"], {
      REDIS_URL: wrongUrl(),
      ANSWER_PEPPER: TEST_PEPPER,
      PORT: String(port),
      HOST: "127.0.0.1",
    });
    expect(ended.code).toBe(2);
    expect(plainLines(ended.stderr)).toEqual([
      `The bot cannot start: Redis (redis 127.0.0.1:${redis.port}) refused the password in REDIS_URL (WRONGPASS): check the user name and password in it.`,
    ]);
    expect(ended.stderr).not.toContain(WRONG);
  });

  it("the bot stops at once with exit code 2 when REDIS_URL gives no password (NOAUTH)", async () => {
    const port = await freePort();
    const ended = await runToEnd(["src/main.ts"], {
      REDIS_URL: noPasswordUrl(),
      ANSWER_PEPPER: TEST_PEPPER,
      PORT: String(port),
      HOST: "127.0.0.1",
    });
    expect(ended.code).toBe(2);
    expect(plainLines(ended.stderr)).toEqual([
      `The bot cannot start: Redis (redis 127.0.0.1:${redis.port}) needs a password (NOAUTH): put it in REDIS_URL, as redis://:PASSWORD@host:6379.`,
    ]);
  });

  it("npm run audit stops with exit code 2 and the same words", async () => {
    const ended = await runToEnd(["src/tools/audit-export.ts", "--since", "1d"], { REDIS_URL: wrongUrl() });
    expect(ended.code).toBe(2);
    expect(plainLines(ended.stderr)).toEqual([
      `The audit export failed: Redis (redis 127.0.0.1:${redis.port}) refused the password in REDIS_URL (WRONGPASS): check the user name and password in it.`,
    ]);
    expect(ended.stderr).not.toContain(WRONG);

    const none = await runToEnd(["src/tools/audit-export.ts", "--since", "1d"], {
      REDIS_URL: noPasswordUrl(),
    });
    expect(none.code).toBe(2);
    expect(plainLines(none.stderr).join("\n")).toContain("needs a password (NOAUTH): put it in REDIS_URL");
  });

  it("npm run leavers stops with exit code 2 and the same words", async () => {
    const env = { REDIS_URL: wrongUrl(), DIRECTORY_FILE: "data/demo-school.json" };
    const ended = await runToEnd(["src/tools/leavers.ts", "--dry-run"], env);
    expect(ended.code).toBe(2);
    expect(plainLines(ended.stderr)).toEqual([
      `The leavers run failed: Redis (redis 127.0.0.1:${redis.port}) refused the password in REDIS_URL (WRONGPASS): check the user name and password in it.`,
    ]);
    expect(ended.stderr).not.toContain(WRONG);

    const none = await runToEnd(["src/tools/leavers.ts", "--dry-run"], {
      ...env,
      REDIS_URL: noPasswordUrl(),
    });
    expect(none.code).toBe(2);
    expect(plainLines(none.stderr).join("\n")).toContain("needs a password (NOAUTH): put it in REDIS_URL");
  });
});
