import { describe, expect, it } from "vitest";
import { ConcurrencyLimit } from "../../src/core/answers/concurrency-limit.js";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("a concurrency limit", () => {
  it("starts work in arrival order as places free up, never more than its limit", async () => {
    const limit = new ConcurrencyLimit(2);
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    const runs = gates.map((gate, i) =>
      limit.run(async () => {
        started.push(i);
        await gate.promise;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect([limit.inFlight, limit.queued]).toEqual([2, 3]);
    gates[1]!.resolve();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect([limit.inFlight, limit.queued]).toEqual([0, 0]);
  });

  it("frees the place of work that fails", async () => {
    const limit = new ConcurrencyLimit(1);
    await expect(limit.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limit.run(async () => "next")).toBe("next");
    expect(limit.inFlight).toBe(0);
  });

  it("refuses a limit below one", () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(RangeError);
  });
});
