import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import { createStore } from "../../src/store/create-store.js";
import { createRedisClient, FAIL_FAST_OPTIONS } from "../../src/store/redis-client.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { storeFailureWords } from "../../src/tools/store-failure-words.js";
import { deleteKeysUnder, keysUnder } from "../store/redis-keys-under.js";
import { describeStoreContract } from "../store/store-contract.js";

// Written by scripts/ci/start-services.sh (scripts/redis-socket.sh): a Redis that listens on a socket only.
const SOCKET_URL = process.env.REDIS_TEST_SOCKET_URL;
if (SOCKET_URL === undefined) {
  throw new Error(
    "REDIS_TEST_SOCKET_URL is not set: start a Redis on a socket with `bash scripts/ci/start-services.sh FILE` and `source FILE`, or `export $(bash scripts/redis-socket.sh start)`",
  );
}
const RUN_PREFIX = `sspr-test-socket:${process.pid}-${Date.now()}:`;
const run = promisify(execFile);

/** A client as the bot makes one from REDIS_URL. */
function connect(url: string): Redis {
  return createRedisClient(redisSettings.parse({ REDIS_URL: url })) as Redis;
}

describe("Redis store over a Unix socket (REDIS_URL=unix://...)", () => {
  let opened = 0;
  const janitor = connect(SOCKET_URL);

  afterAll(async () => {
    expect(await keysUnder(janitor, RUN_PREFIX)).toEqual([]);
    await janitor.quit();
  });

  it("talks to Redis through the socket", async () => {
    // CLIENT INFO's flags has U for a client on a Unix socket.
    expect(String(await janitor.call("CLIENT", "INFO"))).toMatch(/ flags=[A-Za-z]*U/);
  });

  describeStoreContract({
    async open() {
      const client = connect(SOCKET_URL);
      const prefix = `${RUN_PREFIX}${++opened}:`;
      const auditMaxEvents = 3_000;
      return { store: createRedisStore(client, { prefix, auditMaxEvents }), client, prefix, auditMaxEvents };
    },
    async close(harness) {
      await deleteKeysUnder(harness.client, harness.prefix);
      await harness.store.close();
    },
  });

  describe("npm run audit", () => {
    const cwd = new URL("../../", import.meta.url);
    const script = ["--import", "tsx", "src/tools/audit-export.ts"];
    const prefix = `${RUN_PREFIX}audit:`;
    afterAll(() => deleteKeysUnder(janitor, prefix));

    it("reads the audit through the socket", async () => {
      const store = createStore(redisSettings.parse({ REDIS_URL: SOCKET_URL, REDIS_PREFIX: prefix }));
      const event = { channel: "telegram", outcome: "ok" as const, event: "reset", actor: "tg:1" };
      await store.appendAudit(
        { ...event, at: Date.now() - 60_000, subject: "S1001" },
        { trail: "protected", chat: "tg:1" },
      );
      await store.close();

      const env = { PATH: process.env.PATH ?? "", REDIS_URL: SOCKET_URL, REDIS_PREFIX: prefix };
      const { stdout } = await run(process.execPath, [...script, "--since", "1d"], { env, cwd });
      expect(stdout.trimEnd().split("\n")[1]).toMatch(/,reset,ok,tg:1,S1001,telegram,$/);
    });

    it("names the socket, never the password, when nothing listens on it", async () => {
      const missing = join(tmpdir(), `sspr-no-redis-${process.pid}.sock`);
      const env = { PATH: process.env.PATH ?? "", REDIS_URL: `unix://:not-shown-1234@${missing}` };
      const failed = await run(process.execPath, [...script, "--since", "1d"], { env, cwd }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed).toMatchObject({ code: 1 });
      const { stderr } = failed as { stderr: string };
      expect(stderr).toContain(`The audit export failed: Redis did not answer (redis socket ${missing})`);
      expect(stderr).not.toContain("not-shown-1234");
    });
  });
});

describe("a unix:// REDIS_URL's password and database", () => {
  let dir: string;
  let server: ChildProcess;
  let socket: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "sspr-redis-socket-pw-"));
    socket = join(dir, "redis.sock");
    server = spawn(
      "redis-server",
      [
        "--port",
        "0",
        "--unixsocket",
        socket,
        "--unixsocketperm",
        "700",
        "--save",
        "",
        "--appendonly",
        "no",
      ].concat(["--dir", dir, "--requirepass", "socket-pw@1", "--databases", "4"]),
      { stdio: "ignore" },
    );
    const probe = new Redis({
      ...FAIL_FAST_OPTIONS,
      path: socket,
      password: "socket-pw@1",
      lazyConnect: true,
    });
    probe.on("error", () => undefined);
    try {
      for (let attempt = 0; ; attempt++) {
        if ((await probe.ping().catch(() => null)) === "PONG") break;
        if (attempt === 100) throw new Error(`redis-server on ${socket} did not start`);
        await sleep(50);
      }
    } finally {
      probe.disconnect();
    }
  });

  afterAll(async () => {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
    await rm(dir, { recursive: true, force: true });
  });

  it("logs in with the password before the path and uses the ?db= database", async () => {
    const store = createStore(
      redisSettings.parse({ REDIS_URL: `unix://:socket-pw%401@${socket}?db=3`, REDIS_PREFIX: "sspr:" }),
    );
    try {
      expect(await store.markUpdateSeen("telegram:1", 60)).toBe(true);
    } finally {
      await store.close();
    }
    const look = connect(`unix://:socket-pw%401@${socket}`);
    try {
      expect(await look.dbsize()).toBe(0);
      await look.select(3);
      expect(await look.dbsize()).toBe(1);
    } finally {
      await look.quit();
    }
  });

  it("a ?db= that Redis does not have stops the store, with why, and nothing goes to database 0", async () => {
    const store = createStore(
      redisSettings.parse({ REDIS_URL: `unix://:socket-pw%401@${socket}?db=9`, REDIS_PREFIX: "sspr:" }),
    );
    try {
      // Sent before the connection is ready, as the bot's first step at start is.
      const first = await store.markUpdateSeen("telegram:1", 60).catch((e: unknown) => e);
      const later = await store.markUpdateSeen("telegram:2", 60).catch((e: unknown) => e);
      for (const failed of [first, later]) {
        expect(failed).toBeInstanceOf(StoreUnavailableError);
        expect(storeFailureWords(failed, `redis socket ${socket}`)).toContain(
          `Redis (redis socket ${socket}) refused database 9: ERR DB index is out of range`,
        );
      }
    } finally {
      await store.close();
    }
    const look = connect(`unix://:socket-pw%401@${socket}`);
    try {
      expect(await look.dbsize()).toBe(0);
    } finally {
      await look.quit();
    }
  });

  it("a wrong password is refused by Redis, not taken for another way in", async () => {
    const client = connect(`unix://:wrong@${socket}`);
    try {
      await expect(client.ping()).rejects.toThrow(/WRONGPASS|invalid password/);
    } finally {
      client.disconnect();
    }
  });
});
