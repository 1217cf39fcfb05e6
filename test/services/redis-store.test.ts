import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import { inspect } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { redisSettings } from "../../src/config/redis-settings.js";
import { StoreUnavailableError } from "../../src/core/errors.js";
import type { Store } from "../../src/core/ports/store.js";
import { createStore } from "../../src/store/create-store.js";
import { FAIL_FAST_OPTIONS } from "../../src/store/redis-client.js";
import { createRedisStore } from "../../src/store/redis-store.js";
import { deleteKeysUnder, keysUnder } from "../store/redis-keys-under.js";
import { describeStoreContract } from "../store/store-contract.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const RUN_PREFIX = `sspr-test:${process.pid}-${Date.now()}:`;

const SECRET_HASH = {
  salt: Buffer.from("SECRET-SALT-0123"),
  hash: Buffer.from("SECRET-HASH-0123456789-abcdefghi"),
};

/** A port nothing listens on: bound by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function storeAt(url: string): Store {
  return createStore(redisSettings.parse({ REDIS_URL: url, REDIS_PREFIX: `${RUN_PREFIX}down:` }));
}

async function expectUnavailableWithin(ms: number, operation: () => Promise<unknown>): Promise<unknown> {
  const started = Date.now();
  const error = await operation().then(
    () => new Error("the operation succeeded"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreUnavailableError);
  expect(Date.now() - started).toBeLessThan(ms);
  return error;
}

describe("Redis store on a real redis-server", () => {
  let opened = 0;
  const janitor = new Redis(REDIS_URL, FAIL_FAST_OPTIONS);

  afterAll(async () => {
    expect(await keysUnder(janitor, RUN_PREFIX)).toEqual([]);
    await janitor.quit();
  });

  describeStoreContract({
    async open() {
      const client = new Redis(REDIS_URL, FAIL_FAST_OPTIONS);
      const prefix = `${RUN_PREFIX}${++opened}:`;
      // A day's share (100) above one chat's hourly audit rate (60), which a test fills in one day.
      const auditMaxEvents = 3_000;
      return { store: createRedisStore(client, { prefix, auditMaxEvents }), client, prefix, auditMaxEvents };
    },
    async close(harness) {
      await deleteKeysUnder(harness.client, harness.prefix);
      await harness.store.close();
    },
  });

  describe("when Redis cannot be reached", () => {
    const cleanups: (() => unknown)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0)) await cleanup();
    });

    it("fails fast with StoreUnavailableError when nothing listens", async () => {
      const store = storeAt(`redis://127.0.0.1:${await closedPort()}`);
      cleanups.push(() => store.close());
      await expectUnavailableWithin(3_000, () => store.markUpdateSeen("telegram:1", 60));
      await expectUnavailableWithin(3_000, () => store.loadDialog({ channel: "telegram", chatUserId: "1" }));
    });

    it("gives up on a server that accepts but never answers, and leaks no stored value", async () => {
      const sockets: Socket[] = [];
      const silent: Server = createServer((socket) => sockets.push(socket));
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      const { port } = silent.address() as { port: number };
      const store = storeAt(`redis://127.0.0.1:${port}`);
      cleanups.push(async () => {
        await store.close();
        for (const socket of sockets) socket.destroy();
        await new Promise((resolve) => silent.close(resolve));
      });

      const error = await expectUnavailableWithin(6_000, () =>
        store.saveEnrolment("ann.lee", {
          questionIds: ["animal", "colour", "food"],
          answerHashes: [SECRET_HASH, SECRET_HASH, SECRET_HASH],
          parameterSet: 1,
          pepperTag: "0a1b2c3d",
          normalisationVersion: 1,
          enrolledAt: 1,
        }),
      );
      expect(inspect(error, { depth: 10 })).not.toContain("SECRET-HASH");
      expect(inspect(error, { depth: 10 })).not.toContain("ann.lee");
    });

    it("works again once Redis is back, without a new store", async () => {
      const port = await closedPort();
      let server: ChildProcess | undefined;
      const start = async () => {
        server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", ""], {
          stdio: "ignore",
        });
        const probe = new Redis(port, "127.0.0.1", { ...FAIL_FAST_OPTIONS, retryStrategy: () => 50 });
        probe.on("error", () => undefined);
        try {
          for (let attempt = 0; attempt < 50; attempt++) {
            if ((await probe.ping().catch(() => null)) === "PONG") return;
            await sleep(100);
          }
          throw new Error(`redis-server on port ${port} did not start`);
        } finally {
          probe.disconnect();
        }
      };
      const stop = async () => {
        const running = server;
        if (!running || running.exitCode !== null || running.signalCode !== null) return;
        const exited = new Promise((resolve) => running.once("exit", resolve));
        running.kill("SIGTERM");
        await exited;
      };
      cleanups.push(stop);
      await start();
      const store = storeAt(`redis://127.0.0.1:${port}`);
      cleanups.unshift(() => store.close());

      expect(await store.markUpdateSeen("telegram:1", 60)).toBe(true);
      await stop();
      await expectUnavailableWithin(3_000, () => store.markUpdateSeen("telegram:2", 60));
      await start();
      let answered: boolean | undefined;
      for (let attempt = 0; attempt < 40 && answered === undefined; attempt++) {
        answered = await store.markUpdateSeen("telegram:3", 60).catch(() => undefined);
        if (answered === undefined) await sleep(100);
      }
      expect(answered).toBe(true);
    });
  });
});
