import argon2 from "argon2";
import RedisMock from "ioredis-mock";
import { afterEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config/load-config.js";
import { AnswerHasher } from "../src/core/answers/answer-hasher.js";
import { OWASP_ARGON2, phcString } from "../src/core/answers/argon2-parameters.js";
import { createRedisStore } from "../src/store/redis-store.js";
import { CapturedLogs } from "./helpers/captured-logs.js";
import { TEST_ARGON2 } from "./helpers/test-argon2.js";
import { TEST_PEPPER } from "./helpers/test-world.js";

describe("the running product hashes answers with OWASP's argon2id row", () => {
  let app: App | undefined;
  afterEach(async () => app?.close());

  it("createApp without overrides makes argon2id hashes with m=19456, t=2, p=1", async () => {
    const logs = new CapturedLogs();
    const store = createRedisStore(new RedisMock(), { prefix: "app-argon2:", auditMaxEvents: 10 });
    app = await createApp(loadConfig({ ANSWER_PEPPER: TEST_PEPPER }), logs.logger, { store });
    const { hasher } = app.deps;
    expect(hasher.origin.parameterSet).toBe(OWASP_ARGON2.id);
    expect(OWASP_ARGON2).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    // The raw bytes verify only as argon2id with exactly those numbers (and the pepper).
    const { salt, hash } = await hasher.hash("tiger");
    const secret = Buffer.from(TEST_PEPPER);
    const as = (memoryCost: number, timeCost: number) =>
      phcString({ ...OWASP_ARGON2, memoryCost, timeCost }, salt, hash);
    expect(await argon2.verify(as(19_456, 2), "tiger", { secret })).toBe(true);
    expect(await argon2.verify(as(1_024, 1), "tiger", { secret })).toBe(false);
    expect(await argon2.verify(as(19_456, 3), "tiger", { secret })).toBe(false);
  });

  it("ANSWER_PEPPER_PREVIOUS reaches the hasher: answers of the old pepper still verify", async () => {
    const logs = new CapturedLogs();
    const store = createRedisStore(new RedisMock(), { prefix: "app-argon2:", auditMaxEvents: 10 });
    const newPepper = "a-new-pepper-of-at-least-32-bytes-0123456789";
    const env = { ANSWER_PEPPER: newPepper, ANSWER_PEPPER_PREVIOUS: TEST_PEPPER };
    app = await createApp(loadConfig(env), logs.logger, { store, argon2: TEST_ARGON2 });
    const old = new AnswerHasher(Buffer.from(TEST_PEPPER), { parameters: TEST_ARGON2 });
    const hash = await old.hash("tiger");
    expect(await app.deps.hasher.verify(old.origin, hash, "tiger")).toBe(true);
    expect(app.deps.hasher.isStale(old.origin)).toBe(true);
    expect(logs.text).not.toContain(TEST_PEPPER);
    expect(logs.text).not.toContain(newPepper);
  });
});
