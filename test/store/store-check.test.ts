import { inspect } from "node:util";
import RedisMock from "ioredis-mock";
import { describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../src/core/errors.js";
import { createRedisStore } from "../../src/store/redis-store.js";

describe("the store's write check", () => {
  it("fails when Redis answers but refuses the write (full under noeviction), with Redis's words only", async () => {
    const client = new RedisMock();
    const refusal = Object.assign(new Error("OOM command not allowed when used memory > 'maxmemory'."), {
      command: { name: "set", args: ["sspr:{health:bot-2}", "TOKEN-VALUE"] },
    });
    client.set = (() => Promise.reject(refusal)) as unknown as typeof client.set;
    const store = createRedisStore(client, { prefix: "check-test:", auditMaxEvents: 10 });
    expect(await client.ping()).toBe("PONG");
    const error = await store.checkWrites("bot-2").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).cause).toMatchObject({ message: expect.stringMatching(/^OOM /) });
    expect(inspect(error, { depth: 10 })).not.toMatch(/TOKEN-VALUE|health:bot-2/);
    await store.close();
  });

  it("fails when Redis does not acknowledge the write", async () => {
    const client = new RedisMock();
    client.set = (() => Promise.resolve(null)) as unknown as typeof client.set;
    const store = createRedisStore(client, { prefix: "check-test2:", auditMaxEvents: 10 });
    await expect(store.checkWrites("bot-2")).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });
});
