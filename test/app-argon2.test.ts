import RedisMock from "ioredis-mock";
import { afterEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config/load-config.js";
import { createRedisStore } from "../src/store/redis-store.js";
import { CapturedLogs } from "./helpers/captured-logs.js";
import { TEST_PEPPER } from "./helpers/test-world.js";

describe("the running product hashes answers with OWASP's argon2id row", () => {
  let app: App | undefined;
  afterEach(async () => app?.close());

  it("createApp without overrides makes argon2id hashes with m=19456, t=2, p=1", async () => {
    const logs = new CapturedLogs();
    const store = createRedisStore(new RedisMock(), { prefix: "app-argon2:", auditMaxEvents: 10 });
    app = await createApp(loadConfig({ ANSWER_PEPPER: TEST_PEPPER }), logs.logger, { store });
    const hash = await app.deps.hasher.hash("tiger");
    const [, algorithm, , params] = hash.split("$");
    expect(algorithm).toBe("argon2id");
    expect(Object.fromEntries(params!.split(",").map((kv) => kv.split("=")))).toEqual({
      m: "19456",
      t: "2",
      p: "1",
    });
  });
});
