import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import RedisMock from "ioredis-mock";
import { afterEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/load-config.js";
import { ConfigError, StoreUnavailableError } from "../../../src/core/errors.js";
import { createRedisStore } from "../../../src/store/redis-store.js";
import { CapturedLogs } from "../../helpers/captured-logs.js";
import { TEST_ARGON2 } from "../../helpers/test-argon2.js";
import { TEST_PEPPER } from "../../helpers/test-world.js";

async function questionFile(list: unknown): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), "questions-")), "questions.json");
  await writeFile(file, JSON.stringify(list), "utf8");
  return file;
}

const OWN = [
  { id: "pet", text: "What was the name of your first pet?" },
  { id: "street", text: "Which street is your school on?" },
  { id: "uncle", text: "What is your favourite uncle's name?" },
  { id: "drink", text: "What is your favourite drink?" },
  { id: "bus", text: "What number is your school bus?" },
  { id: "game", text: "What is your favourite game?" },
];

/**
 * One school's Redis across restarts: each start is a new app over a new client of the same ioredis-mock
 * server (mock clients on one host:port share their data), under one prefix.
 */
describe("at start, the bot remembers which questions it has offered", () => {
  const prefix = `questions-${Math.random().toString(36).slice(2)}:`;
  const redis = new RedisMock();
  const apps: App[] = [];
  afterEach(async () => {
    while (apps.length > 0) await apps.pop()!.close();
  });

  async function start(file?: string): Promise<App> {
    const store = createRedisStore(new RedisMock(), { prefix, auditMaxEvents: 10 });
    const env = { ANSWER_PEPPER: TEST_PEPPER, ...(file === undefined ? {} : { QUESTIONS_FILE: file }) };
    const app = await createApp(loadConfig(env), new CapturedLogs().logger, { store, argon2: TEST_ARGON2 });
    apps.push(app);
    return app;
  }

  it("in one small key with no expiry, under the {questions} hash tag", async () => {
    await start(await questionFile(OWN));
    const keys = await redis.keys(`${prefix}*`);
    expect(keys).toEqual([`${prefix}{questions}:offered`]);
    expect(await redis.ttl(keys[0]!)).toBe(-1);
    expect((await redis.smembers(keys[0]!)).sort()).toEqual([
      "bus",
      "drink",
      "game",
      "pet",
      "street",
      "uncle",
    ]);
  });

  it("refuses to start when the file drops a question it offered before, naming it and what to do", async () => {
    const error = await start(await questionFile(OWN.filter((q) => q.id !== "bus" && q.id !== "pet"))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('"bus"');
    expect(message).toContain('"pet"');
    expect(message).toContain('"retired": true');
  });

  it('starts again once the dropped questions are back, marked "retired": true; they are still remembered', async () => {
    const file = await questionFile(
      OWN.map((q) => (q.id === "bus" || q.id === "pet" ? { ...q, retired: true } : q)),
    );
    await start(file);
    await start(file);
    const offered = await redis.smembers(`${prefix}{questions}:offered`);
    expect(offered.sort()).toEqual(["bus", "drink", "game", "pet", "street", "uncle"]);
  });

  it("a switch from the default eight to the school's own list is refused the same way", async () => {
    const other = `questions-${Math.random().toString(36).slice(2)}:`;
    const first = createRedisStore(new RedisMock(), { prefix: other, auditMaxEvents: 10 });
    apps.push(
      await createApp(loadConfig({ ANSWER_PEPPER: TEST_PEPPER }), new CapturedLogs().logger, {
        store: first,
      }),
    );
    const store = createRedisStore(new RedisMock(), { prefix: other, auditMaxEvents: 10 });
    const config = loadConfig({ ANSWER_PEPPER: TEST_PEPPER, QUESTIONS_FILE: await questionFile(OWN) });
    const error = await createApp(config, new CapturedLogs().logger, { store }).catch((e: unknown) => e);
    await store.close();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('"animal"');
  });

  it("starts all the same when Redis does not answer, and says so in the log", async () => {
    const store = createRedisStore(new RedisMock(), { prefix, auditMaxEvents: 10 });
    const down = new Proxy(store, {
      get: (target, name, receiver) =>
        name === "offeredQuestionIds"
          ? () => Promise.reject(new StoreUnavailableError())
          : Reflect.get(target, name, receiver),
    });
    const logs = new CapturedLogs();
    const config = loadConfig({
      ANSWER_PEPPER: TEST_PEPPER,
      QUESTIONS_FILE: await questionFile(OWN.slice(2)),
    });
    apps.push(await createApp(config, logs.logger, { store: down, argon2: TEST_ARGON2 }));
    expect(logs.text).toContain("could not check the question list");
  });
});
