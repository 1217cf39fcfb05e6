import RedisMock from "ioredis-mock";
import { describe, expect, it } from "vitest";
import { luaStatesOpened } from "./reused-lua-states.js";
import { closedAfterEachTest } from "./closed-after-each.js";

const closeAfterTest = closedAfterEachTest();

type Scripted = InstanceType<typeof RedisMock> & {
  echoArgs(key: string, arg: string): Promise<string>;
  countUp(key: string): Promise<number>;
  fails(key: string): Promise<unknown>;
  writesGlobal(key: string): Promise<number>;
  readsGlobal(key: string): Promise<string>;
  byteLength(key: string, arg: string): Promise<number>;
};

/** The unit project's set-up reuses ioredis-mock's Lua states (reused-lua-states.ts): scripts must not notice. */
describe("scripts on ioredis-mock with reused Lua states", () => {
  function client(): Scripted {
    const redis = closeAfterTest(new RedisMock() as Scripted);
    redis.defineCommand("echoArgs", { numberOfKeys: 1, lua: "return KEYS[1] .. '|' .. ARGV[1]" });
    redis.defineCommand("countUp", { numberOfKeys: 1, lua: "return redis.call('INCR', KEYS[1])" });
    redis.defineCommand("fails", {
      numberOfKeys: 1,
      lua: "redis.call('SET', KEYS[1], 'x') error('stopped here')",
    });
    // A missing `local`: real Redis refuses it; the plain mock starts each call afresh.
    redis.defineCommand("writesGlobal", { numberOfKeys: 1, lua: "leaked = (leaked or 0) + 1 return leaked" });
    redis.defineCommand("readsGlobal", { numberOfKeys: 1, lua: "return tostring(leaked)" });
    redis.defineCommand("byteLength", { numberOfKeys: 1, lua: "return string.len(ARGV[1])" });
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

  it("a global one call writes is not there for the next: each call starts as on a fresh mock", async () => {
    const redis = client();
    expect([await redis.writesGlobal("g"), await redis.writesGlobal("g")]).toEqual([1, 1]);
    expect(await redis.readsGlobal("g")).toBe("nil");
  });

  it("a key or argument beyond ASCII reaches the script as its UTF-8 bytes and comes back the same", async () => {
    const redis = client();
    for (const text of ["é", "陈伟玲", "தமிழ்", "👨‍👩‍👧", "\uD800 alone"]) {
      expect(await redis.echoArgs(text, text), text).toBe(`${text}|${text}`);
    }
    expect(await redis.byteLength("k", "é陈👍")).toBe(2 + 3 + 4);
  });

  it("calls reuse a state instead of opening a new one each time (the point of the set-up)", async () => {
    const redis = client();
    await redis.echoArgs("warm", "0");
    const before = luaStatesOpened();
    // Zero would mean the set-up never took hold of ioredis-mock's fengari.
    expect(before).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) await redis.countUp("reused:many");
    expect(luaStatesOpened() - before).toBe(0);
  });
});
