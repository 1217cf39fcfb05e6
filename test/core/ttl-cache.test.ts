import { describe, expect, it } from "vitest";
import { TtlCache } from "../../src/core/ttl-cache.js";

function cache(maxEntries = 3, ttlMs = 1_000) {
  const clock = { now: 0 };
  return { clock, cache: new TtlCache<string | undefined>({ maxEntries, ttlMs, clock: () => clock.now }) };
}

describe("TtlCache", () => {
  it("keeps a value until its time is up, an undefined value too", () => {
    const { clock, cache: c } = cache();
    c.set("U1", "zh-CN");
    c.set("U2", undefined);
    clock.now = 999;
    expect(c.get("U1")).toEqual({ value: "zh-CN" });
    expect(c.get("U2")).toEqual({ value: undefined });
    clock.now = 1_000;
    expect(c.get("U1")).toBeUndefined();
    expect(c.size).toBe(1);
  });

  it("never holds more than its bound: the least recently used goes first", () => {
    const { cache: c } = cache(3);
    for (const user of ["U1", "U2", "U3"]) c.set(user, "ms");
    c.get("U1");
    c.set("U4", "ta");
    expect(c.get("U2")).toBeUndefined();
    expect(c.get("U1")).toEqual({ value: "ms" });
    for (let i = 0; i < 1_000; i++) c.set(`X${i}`, "en");
    expect(c.size).toBe(3);
  });
});
