import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import RedisMock from "ioredis-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp, type App } from "../../../src/app.js";
import { loadConfig } from "../../../src/config/load-config.js";
import { ConfigError, StoreUnavailableError } from "../../../src/core/errors.js";
import { pickDecoyQuestions } from "../../../src/core/questions/decoy-questions.js";
import { START_REDIS_WAIT, StoreNotReadyAtStartError } from "../../../src/start-question-check.js";
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

const ENROLMENT = {
  answerHashes: [0, 1, 2].map((i) => ({ salt: Buffer.alloc(16, i), hash: Buffer.alloc(32, i) })),
  parameterSet: 1,
  pepperTag: "",
  normalisationVersion: 2,
  enrolledAt: Date.UTC(2026, 2, 2),
};

/**
 * One school's Redis across restarts: each start is a new app over a new client of the same ioredis-mock
 * server (mock clients on one host:port share their data), under a prefix of its own per test.
 */
describe("at start, the bot checks its question list against the ids saved enrolments name", () => {
  const redis = new RedisMock();
  const apps: App[] = [];
  let prefix = "";
  beforeEach(() => {
    prefix = `questions-${Math.random().toString(36).slice(2)}:`;
  });
  afterEach(async () => {
    while (apps.length > 0) await apps.pop()!.close();
  });

  /** The app as any tool builds it (leavers, audit export): no question check, nothing written. */
  async function build(file?: string, logs = new CapturedLogs()): Promise<App> {
    const store = createRedisStore(new RedisMock(), { prefix, auditMaxEvents: 10 });
    const env = { ANSWER_PEPPER: TEST_PEPPER, ...(file === undefined ? {} : { QUESTIONS_FILE: file }) };
    const app = await createApp(loadConfig(env), logs.logger, { store, argon2: TEST_ARGON2 });
    apps.push(app);
    return app;
  }

  /** The bot's own start: built, then its question list checked. */
  async function start(file?: string, logs = new CapturedLogs()): Promise<App> {
    const app = await build(file, logs);
    await app.checkQuestionList();
    return app;
  }

  async function enrol(personId: string, questionIds: string[]): Promise<void> {
    const store = createRedisStore(new RedisMock(), { prefix, auditMaxEvents: 10 });
    await store.saveEnrolment(personId, { ...ENROLMENT, questionIds });
    await store.close();
  }

  const questionKeys = () => redis.keys(`${prefix}{questions}*`);

  it("building the app, as the leavers tool or an audit export does, writes nothing and checks nothing", async () => {
    await start(await questionFile(OWN));
    await enrol("s1001", ["pet", "bus", "street"]);
    const before = await questionKeys();
    const app = await build(await questionFile(OWN.slice(2)));
    await app.close();
    await build();
    expect((await questionKeys()).sort()).toEqual(before.sort());
  });

  it("a bot started once by mistake with the default list, before anyone set up, does not block the school's list", async () => {
    await start();
    await start(await questionFile(OWN));
  });

  it("refuses a list that drops an id a saved enrolment names, saying how to go on", async () => {
    await start(await questionFile(OWN));
    await enrol("s1001", ["pet", "bus", "street"]);
    await enrol("s1002", ["pet", "uncle", "drink"]);
    const error = await start(await questionFile(OWN.filter((q) => q.id !== "bus" && q.id !== "pet"))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('"bus"');
    expect(message).toContain('"pet"');
    expect(message).toContain("saved answers");
    expect(message).toContain('"retired": true');
  });

  it('starts again once the dropped questions are back, marked "retired": true', async () => {
    await start(await questionFile(OWN));
    await enrol("s1001", ["pet", "bus", "street"]);
    const file = await questionFile(
      OWN.map((q) => (q.id === "bus" || q.id === "pet" ? { ...q, retired: true } : q)),
    );
    await start(file);
    await start(file);
  });

  it("a question nobody chose may leave the list", async () => {
    await start(await questionFile(OWN));
    await enrol("s1001", ["pet", "bus", "street"]);
    await start(await questionFile(OWN.filter((q) => q.id !== "game")));
  });

  it("an existing school (enrolments from before the record): the first start fills it from them, logged", async () => {
    await enrol("s1001", ["animal", "colour", "food"]);
    await enrol("s1002", ["toy", "colour", "book"]);
    // Saved by a version that kept no record; an old record of offered ids means nothing now.
    await redis.del(`${prefix}{questions}:named`);
    await redis.sadd(`${prefix}{questions}:offered`, "hero", "sport", "movie");
    const error = await start(await questionFile(OWN)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const id of ["animal", "book", "colour", "food", "toy"]) expect(message).toContain(`"${id}"`);
    expect(message).not.toContain('"hero"');
    const logs = new CapturedLogs();
    await start(undefined, logs);
    expect(logs.text).not.toContain("enrolments read");
    expect((await redis.smembers(`${prefix}{questions}:named`)).sort()).toEqual([
      "animal",
      "book",
      "colour",
      "food",
      "toy",
    ]);
  });

  it("the fill is logged with how many enrolments it read", async () => {
    await enrol("s1001", ["animal", "colour", "food"]);
    await redis.del(`${prefix}{questions}:named`);
    const logs = new CapturedLogs();
    await start(undefined, logs);
    expect(logs.text).toContain("recorded which questions the saved answers use (enrolments read: 1)");
    // Said of any store: this one is in memory.
    expect(logs.text).not.toContain("in Redis");
  });

  /** An app whose Redis does not answer the first `downFor` reads (Infinity: never), and a clock the waits move. */
  async function startWhileRedisDown(
    file: string,
    downFor: number,
    failure = new StoreUnavailableError(),
    env: Record<string, string> = {},
  ) {
    const store = createRedisStore(new RedisMock(), { prefix, auditMaxEvents: 10 });
    let reads = 0;
    const flaky = new Proxy(store, {
      get: (target, name, receiver) =>
        name === "namedQuestionIds" && reads++ < downFor
          ? () => Promise.reject(failure)
          : Reflect.get(target, name, receiver),
    });
    const logs = new CapturedLogs();
    const config = loadConfig({ ANSWER_PEPPER: TEST_PEPPER, QUESTIONS_FILE: file, ...env });
    const app = await createApp(config, logs.logger, { store: flaky, argon2: TEST_ARGON2 });
    apps.push(app);
    let now = 0;
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      now += ms;
    };
    const wait = { clock: () => now, sleep };
    return { app, logs, waits, check: () => app.checkQuestionList(wait), reads: () => reads };
  }

  it("waits for Redis at start, saying so, and then still refuses a list that drops a saved question", async () => {
    await enrol("s1001", ["pet", "bus", "street"]);
    const { logs, waits, check } = await startWhileRedisDown(await questionFile(OWN.slice(2)), 3);
    await expect(check()).rejects.toThrow(ConfigError);
    expect(waits).toHaveLength(3);
    // Backing off: each wait at least as long as the one before.
    expect(waits[1]).toBeGreaterThan(waits[0]!);
    expect(logs.text).toContain("waiting for Redis");
  });

  it("gives up after a bounded time with a clear error (not a configuration one), so the supervisor restarts it", async () => {
    await enrol("s1001", ["pet", "bus", "street"]);
    const { waits, check, reads } = await startWhileRedisDown(await questionFile(OWN), Infinity);
    const error = await check().then(
      () => new Error("started"),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(StoreNotReadyAtStartError);
    expect(error.message).toContain("Redis did not answer");
    expect(error.message).toContain("question list");
    const waited = waits.reduce((a, b) => a + b, 0);
    expect(waited).toBeLessThanOrEqual(START_REDIS_WAIT.maxWaitMs);
    expect(waited).toBeGreaterThan(START_REDIS_WAIT.maxWaitMs / 2);
    expect(reads()).toBe(waits.length + 1);
  });

  /** The start's error when Redis kept failing with `cause`, and the log, over a Redis on a socket. */
  async function startFailingOverSocket(cause: Error) {
    const failure = new StoreUnavailableError(undefined, { cause });
    const env = { REDIS_URL: "unix://:hunter2-secret@/run/redis/redis-server.sock" };
    const { check, logs } = await startWhileRedisDown(await questionFile(OWN), Infinity, failure, env);
    const error = await check().then(
      () => new Error("started"),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(StoreNotReadyAtStartError);
    expect(error.message).toContain("question list");
    expect(`${error.message}\n${logs.text}`).not.toContain("hunter2-secret");
    return { message: error.message, logs: logs.text };
  }

  it("a password Redis refuses stops the start at once, as a setting to fix, never naming the password", async () => {
    const wrong = Object.assign(new Error("WRONGPASS invalid username-password pair or user is disabled."), {
      name: "ReplyError",
    });
    const failure = new StoreUnavailableError(undefined, { cause: wrong });
    const env = { REDIS_URL: "unix://:hunter2-secret@/run/redis/redis-server.sock" };
    const { waits, check, logs } = await startWhileRedisDown(await questionFile(OWN), Infinity, failure, env);
    const error = await check().then(
      () => new Error("started"),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(
      "Redis (redis socket /run/redis/redis-server.sock) refused the password in REDIS_URL (WRONGPASS): check the user name and password in it.",
    );
    expect(waits).toEqual([]);
    expect(`${error.message}\n${logs.text}`).not.toContain("hunter2-secret");
  });

  it("when a Redis on a socket does not answer, the start asks whether it listens there and this user may open it", async () => {
    const { message } = await startFailingOverSocket(new Error("no answer within 5000 ms"));
    expect(message).toContain("did not answer (redis socket /run/redis/redis-server.sock)");
    expect(message).toContain("unixsocket");
    expect(message).toContain("Redis's group");
  });

  it("a database Redis refuses stops the start at once, as a setting to fix", async () => {
    const refused = Object.assign(new Error("database 20: ERR DB index is out of range"), {
      name: "RedisDatabaseRefusedError",
    });
    const failure = new StoreUnavailableError(undefined, { cause: refused });
    const { waits, check } = await startWhileRedisDown(await questionFile(OWN), Infinity, failure);
    const error = await check().then(
      () => new Error("started"),
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain("refused database 20");
    expect(waits).toEqual([]);
  });

  it("a retired question no saved answers name is asked of nobody, so it is no decoy either", async () => {
    const file = await questionFile([...OWN, { ...OWN[0]!, id: "hobby", retired: true }]);
    await enrol("s1001", ["pet", "bus", "street"]);
    const decoysOf = (app: App) =>
      new Set(
        Array.from({ length: 200 }, (_, i) =>
          pickDecoyQuestions(Buffer.from([i, i * 7, i * 13]), app.deps.questions),
        ).flat(),
      );
    // Nobody chose "hobby" before it was retired: a made-up id showing it would be a sure tell.
    expect(decoysOf(await start(file)).has("hobby")).toBe(false);
    // Once a saved enrolment names it, real ids show it, and so must made-up ones.
    await enrol("s1002", ["hobby", "bus", "street"]);
    expect(decoysOf(await start(file)).has("hobby")).toBe(true);
  });
});
