import RedisMock from "ioredis-mock";
import { describe, expect, it } from "vitest";

type Scripted = InstanceType<typeof RedisMock> & {
  echoArgs(key: string, arg: string): Promise<string>;
  countUp(key: string): Promise<number>;
  fails(key: string): Promise<unknown>;
};

/** The unit project's set-up reuses ioredis-mock's Lua states (reused-lua-states.ts): scripts must not notice. */
describe("scripts on ioredis-mock with reused Lua states", () => {
  function client(): Scripted {
    const redis = new RedisMock() as Scripted;
    redis.defineCommand("echoArgs", { numberOfKeys: 1, lua: "return KEYS[1] .. '|' .. ARGV[1]" });
    redis.defineCommand("countUp", { numberOfKeys: 1, lua: "return redis.call('INCR', KEYS[1])" });
    redis.defineCommand("fails", {
      numberOfKeys: 1,
      lua: "redis.call('SET', KEYS[1], 'x') error('stopped here')",
    });
    return redis;
  }

  it("each call sees its own keys and arguments", async () => {
    const redis = client();
    expect(await redis.echoArgs("a", "1")).toBe("a|1");
    expect(await redis.echoArgs("b", "2")).toBe("b|2");
    expect([await redis.countUp("reused:n"), await redis.countUp("reused:n")]).toEqual([1, 2]);
  });

  it("a script's error still reaches the caller, and the next call works", async () => {
    const redis = client();
    await expect(redis.fails("reused:s")).rejects.toThrow(/stopped here/);
    expect(await redis.echoArgs("c", "3")).toBe("c|3");
    await expect(redis.fails("reused:s")).rejects.toThrow(/stopped here/);
  });
});
